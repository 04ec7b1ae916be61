/**
 * Globs as bash expands them (globstar and extglob on, dotglob off): a table of patterns and the drafts
 * each names, checked against the CLI and, where bash is installed, against bash itself.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GOOD, runCli } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

const FILES = ['a.inmail', 'b.inmail', 'c.inmail', 'ab.inmail', 'abab.inmail', 'x1.inmail', '.hidden.inmail', 'sub/d.inmail', 'sub/deep/e.inmail', 'sub2/f.inmail'];

const TABLE: [pattern: string, matches: string[]][] = [
  ['*.inmail', ['a.inmail', 'ab.inmail', 'abab.inmail', 'b.inmail', 'c.inmail', 'x1.inmail']],
  ['?.inmail', ['a.inmail', 'b.inmail', 'c.inmail']],
  ['[!b].inmail', ['a.inmail', 'c.inmail']],
  ['[^b].inmail', ['a.inmail', 'c.inmail']],
  ['[a-b].inmail', ['a.inmail', 'b.inmail']],
  ['x[[:digit:]].inmail', ['x1.inmail']],
  ['{a,{b,c}}.inmail', ['a.inmail', 'b.inmail', 'c.inmail']],
  ['{a,b{,ab}}.inmail', ['a.inmail', 'b.inmail']],
  ['+(ab).inmail', ['ab.inmail', 'abab.inmail']],
  ['@(a|b).inmail', ['a.inmail', 'b.inmail']],
  ['!(a|b).inmail', ['ab.inmail', 'abab.inmail', 'c.inmail', 'x1.inmail']],
  ['.*.inmail', ['.hidden.inmail']],
  ['*/*.inmail', ['sub/d.inmail', 'sub2/f.inmail']],
  ['sub?/*.inmail', ['sub2/f.inmail']],
  ['**/*.inmail', ['a.inmail', 'ab.inmail', 'abab.inmail', 'b.inmail', 'c.inmail', 'sub/d.inmail', 'sub/deep/e.inmail', 'sub2/f.inmail', 'x1.inmail']],
  ['sub/**/*.inmail', ['sub/d.inmail', 'sub/deep/e.inmail']],
  ['sub/**/e.inmail', ['sub/deep/e.inmail']],
];

function makeTree(root: string): void {
  for (const file of FILES) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), GOOD);
  }
}

function lintedBy(pattern: string, cwd: string): string[] {
  const r = runCli(['--format', 'json', pattern], cwd);
  assert.notEqual(r.code, 2, `${pattern}: ${r.stderr}`);
  return JSON.parse(r.stdout)
    .map((f: { file: string }) => f.file)
    .sort();
}

/** What bash itself expands the pattern to, or undefined where bash is not installed. */
function bashExpands(pattern: string, cwd: string): string[] | undefined {
  const r = spawnSync('bash', ['-O', 'globstar', '-O', 'extglob', '-c', `for f in ${pattern}; do [ -f "$f" ] && printf '%s\\n' "$f"; done`], { cwd, encoding: 'utf8' });
  if (r.error) return undefined;
  return [...new Set(r.stdout.split('\n').filter(Boolean))].sort();
}

describe('inmail-lint globs (bash semantics, through minimatch)', () => {
  let dir: string;
  before(() => {
    dir = tempDir('inmail-globs-');
    makeTree(dir);
  });

  for (const [pattern, expected] of TABLE) {
    it(`${pattern} names ${expected.length} drafts`, () => {
      const bash = bashExpands(pattern, dir);
      if (bash) assert.deepEqual(bash, [...expected].sort(), 'the table says what bash says');
      assert.deepEqual(lintedBy(pattern, dir), [...expected].sort());
    });
  }

  it('works in a current folder whose path holds [, {, *, ? and spaces', () => {
    const weird = join(tempDir('inmail-globs-'), 'we[ir]d {a,b} *? dir');
    mkdirSync(weird);
    makeTree(weird);
    assert.deepEqual(lintedBy('**/*.inmail', weird), TABLE.find(([p]) => p === '**/*.inmail')![1]);
    assert.deepEqual(lintedBy('sub/**/*.inmail', weird), ['sub/d.inmail', 'sub/deep/e.inmail']);
    assert.deepEqual(lintedBy('[!b].inmail', weird), ['a.inmail', 'c.inmail']);
    // A path that exists is a path, whatever characters it holds.
    assert.deepEqual(lintedBy('we[ir]d {a,b} *? dir/sub2', dirname(weird)), ['we[ir]d {a,b} *? dir/sub2/f.inmail']);
  });

  it('says when a pattern matches nothing, and lints a file whose name looks like a pattern', () => {
    const r = runCli(['--format', 'json', 'nothing-*.inmail'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nothing-\*\.inmail: no drafts match this pattern/);
    const literal = tempDir('inmail-globs-');
    writeFileSync(join(literal, '[draft].inmail'), GOOD);
    assert.deepEqual(lintedBy('[draft].inmail', literal), ['[draft].inmail']);
  });
});
