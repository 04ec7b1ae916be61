/**
 * The drafts that froze the CLI and the server (issue 11): each is linted in well under a second now. Timed,
 * with generous bounds (a quadratic lint misses them by seconds); the bench holds the tight figures.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEURISTIC_SIZE_LIMIT, lint } from '../../server/src/engine';
import { repoRoot } from '../helpers/repo';
import { cpuMs } from './cpu-time';
import { tempDir } from '../helpers/temp-dir';

const CLI = join(repoRoot(), 'dist', 'cli.js');
const HEAD = 'Subject: Quick question\nTo: Dana Reyes\nCompany: Acme\n\nHi Dana,\n\n';

/** Runs the CLI on a file holding `text`; a CLI still busy after `limitMs` is killed and the test fails. */
function cliFinishes(text: string, limitMs: number): void {
  const dir = tempDir('inmail-pathological-');
  try {
    const file = join(dir, 'draft.inmail');
    writeFileSync(file, text);
    const run = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8', timeout: limitMs });
    assert.equal(run.signal, null, `inmail-lint was still busy after ${limitMs} ms and was killed`);
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Lints the draft at growing sizes up to `size`, failing at the first that takes over `boundMs` of CPU: a
 * super-linear lint fails in seconds instead of running for minutes at the full size.
 */
function lintsWithin(build: (size: number) => string, size: number, boundMs: number): void {
  for (let at = Math.min(size, 10_000); ; at = Math.min(size, at * 2)) {
    const text = build(at);
    lint(text);
    const ms = cpuMs(() => lint(text));
    assert.ok(ms < boundMs, `${at.toLocaleString('en-US')} characters took ${ms.toFixed(0)} ms`);
    if (at === size) return;
  }
}

describe('drafts that once froze a lint', function () {
  this.timeout(60_000);

  it('"{{" followed by 5,000 spaces and a letter (38 s in the CLI before)', () => {
    cliFinishes(`${HEAD}{{${' '.repeat(5_000)}x`, 10_000);
    lintsWithin((size) => `${HEAD}{{${' '.repeat(size)}x`, 100_000, 1_000);
  });

  it('150,000 dots followed by a letter (over 100 s in the CLI before)', () => {
    cliFinishes(`${'.'.repeat(150_000)}x`, 10_000);
    lintsWithin((size) => `${HEAD}${'.'.repeat(size)}x`, 150_000, 1_000);
  });

  it('100 KB of "on " with no question mark: the ask-topic search behind subject suggestions (4 s before)', () => {
    const build = (size: number) => (HEAD.replace('Quick question', '') + 'on '.repeat(size / 3)).slice(0, size - 1) + 'x';
    // Under the size limit, the empty subject is reported with suggestions worked out from the body.
    assert.ok(build(100_000).length <= HEURISTIC_SIZE_LIMIT);
    assert.ok(lint(build(100_000)).problems.some((p) => p.ruleId === 'subject-required'));
    lintsWithin(build, 100_000, 1_000);
  });
});

describe('suggestions rest with the heuristics past the size limit', () => {
  const draft = (size: number) => {
    const text = 'Subject:\nTo: Dana Reyes\nCompany: Acme\n\nHi Dana,\n\nCongrats on the Series B. Could I ask you about how you hire engineers?\n';
    return text + 'x'.repeat(Math.max(0, size - text.length));
  };
  const suggestionsFor = (text: string) => lint(text).problems.find((p) => p.ruleId === 'subject-required')?.suggestions;

  it('a draft at the limit gets subject suggestions for its empty subject', () => {
    assert.ok((suggestionsFor(draft(HEURISTIC_SIZE_LIMIT)) ?? []).length > 0);
  });

  it('past the limit the missing subject is still reported, with no suggestions worked out', () => {
    const suggestions = suggestionsFor(draft(HEURISTIC_SIZE_LIMIT + 1));
    assert.ok(suggestions, 'subject-required is a hard limit and still reports');
    assert.deepEqual(suggestions, []);
  });
});
