/**
 * The server's lint of every recipient after a pause (lsp/merge.ts): in slices that let the event loop run
 * between them, so a keystroke is not held behind 10,000 recipients, and dropped when a newer text, config
 * or CSV replaces it.
 */
import * as assert from 'node:assert/strict';
import { mergeRecipients, mergeTemplate } from '../../../bench/merge-corpus';
import { defaultConfig, isTable, parseRecipients, type AttachedRecipients } from '../../../server/src/engine';
import type { WorkspaceFiles } from '../../../server/src/lsp/files';
import { MergeLints } from '../../../server/src/lsp/merge';

const URI = 'file:///drafts/q4.inmail';

function setUp() {
  const parsed = parseRecipients(mergeRecipients(2_000));
  assert.ok(isTable(parsed));
  const recipients: AttachedRecipients = { path: '/drafts/leads.csv', named: true, parsed };
  const merged: string[] = [];
  let wake = () => {};
  const lints = new MergeLints({} as WorkspaceFiles, (_text, work) => work(), (uri) => {
    merged.push(uri);
    wake();
  });
  const mergedOnce = () => new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no recipients\' lint within 20 s')), 20_000);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { lints, recipients, merged, mergedOnce };
}

describe('the server\'s lint of every recipient', () => {
  it('runs in slices, the event loop turning between them', async () => {
    const { lints, recipients, merged, mergedOnce } = setUp();
    // A ticker that counts turns of the event loop; each check of the pass notes the count it sees.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    tick();
    const seen: number[] = [];
    const text = mergeTemplate();
    const done = mergedOnce();
    lints.schedule(URI, text, defaultConfig(), recipients, () => (seen.push(turns), true));
    await done;
    ticking = false;
    assert.deepEqual(merged, [URI]);
    assert.ok(lints.result(URI, text)?.merge, 'the lint of every recipient is kept for the text');
    // The timer checks, then each slice, on a later turn than the one before; the last check is the result's.
    assert.ok(seen.length > 3, `${seen.length} checks: the pass ran in one go`);
    for (let i = 2; i < seen.length - 1; i++) assert.ok(seen[i] > seen[i - 1], `slices ${i - 1} and ${i} ran on the same turn (${seen.join(',')})`);
  });

  it('drops a pass that a newer text replaces while it runs, and lints the newer one', async () => {
    const { lints, recipients, merged, mergedOnce } = setUp();
    const first = mergeTemplate();
    const second = first.replace('Best,\nSam', 'Best,\nSam Lee');
    let checks = 0;
    const done = mergedOnce();
    lints.schedule(URI, first, defaultConfig(), recipients, () => {
      // Mid-pass, the editor's next lint of a newer text schedules its own.
      if (++checks === 3) lints.schedule(URI, second, defaultConfig(), recipients, () => true);
      return true;
    });
    await done;
    assert.ok(checks >= 3, 'the first pass was under way when the second text came');
    assert.deepEqual(merged, [URI], 'one pass landed');
    assert.equal(lints.result(URI, first), undefined, 'not the first text\'s');
    assert.ok(lints.result(URI, second)?.merge, 'the second text\'s');
  });
});
