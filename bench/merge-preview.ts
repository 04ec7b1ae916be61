/**
 * The editor's side of a mail merge in the language server, with 10,000 recipients: keystrokes while
 * Preview for Recipient is open (it asks for its recipient after each keystroke's stats, as the extension
 * does), how long that answer takes, and completion and hover on a field, which read the whole column.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RecipientPreview } from '../server/src/protocol';
import { TestLspClient } from '../test/helpers/lsp-client';
import { editableLine, keystrokes } from './keystrokes';
import { mergeRecipients, mergeTemplate } from './merge-corpus';
import type { Row } from './report';
import { clockedServerEnv, serverLatencies } from './server-clock';
import { now, summarize } from './timing';

const RECIPIENTS = 10_000;

export async function benchMergePreview(serverPath: string, quick: boolean): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'inmail-bench-preview-'));
  writeFileSync(join(dir, 'leads.csv'), mergeRecipients(RECIPIENTS));
  const template = mergeTemplate();
  const uri = pathToFileURL(join(dir, 'q4.inmail')).toString();
  const clock = join(dir, 'clock.json');
  const client = new TestLspClient(['--stdio'], serverPath, true, clockedServerEnv(clock));
  try {
    await client.initialize({}, { debounceMs: 0 });
    await client.open(uri, template);
    await client.waitFor(() => client.stats.get(uri)?.recipientsPending === false, 'every recipient linted');
    const preview = (row: number) => client.connection.sendRequest<RecipientPreview | null>('inmail/recipientPreview', { uri, row });
    const timed = async <T>(samples: number[], run: () => Promise<T>): Promise<T> => {
      const start = now();
      const answer = await run();
      samples.push(now() - start);
      return answer;
    };

    // After a pause: the recipient comes from the lint of every recipient the server already has.
    const paused: number[] = [];
    for (let i = 0; i < (quick ? 50 : 200); i++) await timed(paused, () => preview((i * 37) % RECIPIENTS));

    const lines = template.split('\n');
    const typist = keystrokes(client, uri, editableLine(template));
    const keys: number[] = [];
    const typing: number[] = [];
    for (let i = 0; i < (quick ? 300 : 1_500); i++) {
      await timed(keys, typist.edit);
      // Typing is slower than this answer: the preview's request is answered before the next key.
      const answer = await timed(typing, () => preview(i % RECIPIENTS));
      if (!answer || 'unavailable' in answer) throw new Error(`no preview while typing: ${JSON.stringify(answer)}`);
    }

    const field = lines.findIndex((l) => l.includes('{{company}}'));
    const character = lines[field].indexOf('{{company}}') + 3;
    const hovers: number[] = [];
    const completions: number[] = [];
    for (let i = 0; i < (quick ? 20 : 100); i++) {
      await timed(hovers, () => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: field, character } }));
      await timed(completions, () => client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: field, character: character - 1 } }));
    }
    // The clock's readings are written as the server exits. It is the server's own (see merge.ts): the round trip
    // adds the client and the machine's scheduling.
    await client.shutdown();
    const key = summarize(serverLatencies(clock, uri).slice(50, keys.length));
    const roundTrip = summarize(keys.slice(50));
    const whileTyping = summarize(typing.slice(50));
    const afterPause = summarize(paused.slice(10));
    const hover = summarize(hovers.slice(5));
    const completion = summarize(completions.slice(5));
    const n = RECIPIENTS.toLocaleString('en-US');
    return [
      {
        section: 'mail merge',
        what: `server: keystroke, didChange read to publishDiagnostics written, ${n} recipients, preview open`,
        ...key,
        value: `round trip p50 ${roundTrip.p50.toFixed(2)} ms, p99 ${roundTrip.p99.toFixed(2)} ms`,
        budget: 'p99 < 5 ms',
        pass: key.p99 < 5,
      },
      { section: 'mail merge', what: 'server: preview of one recipient, while typing (linted alone)', ...whileTyping, budget: 'p99 < 16 ms', pass: whileTyping.p99 < 16 },
      { section: 'mail merge', what: 'server: preview of one recipient, after a pause', ...afterPause, budget: 'p99 < 16 ms', pass: afterPause.p99 < 16 },
      { section: 'mail merge', what: `server: hover on a merge field (its column over ${n} rows)`, ...hover, budget: 'p99 < 50 ms', pass: hover.p99 < 50 },
      { section: 'mail merge', what: `server: completion of {{ (every column over ${n} rows)`, ...completion, budget: 'p99 < 100 ms', pass: completion.p99 < 100 },
    ];
  } finally {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}
