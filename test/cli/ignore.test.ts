/** What a walk skips: default patterns, .inmailignore (gitignore syntax), --ignore-pattern, --no-ignore; named paths always linted. */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BAD, GOOD, runCli } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

function linted(args: string[], cwd: string): string[] {
  const r = runCli(['--format', 'json', ...args], cwd);
  assert.notEqual(r.code, 2, r.stderr);
  return JSON.parse(r.stdout)
    .map((f: { file: string }) => f.file)
    .sort();
}

describe('inmail-lint ignore rules', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('inmail-ignore-');
    for (const file of ['drafts/a.inmail', 'drafts/old/b.inmail', 'drafts/dist/c.inmail', 'drafts/.archive/d.inmail', 'drafts/wip.draft.inmail', 'out/e.inmail']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), file.includes('old') ? BAD : GOOD);
    }
  });

  it('skips the default folders (dist, out, hidden) in a walk', () => {
    assert.deepEqual(linted(['.'], dir), ['drafts/a.inmail', 'drafts/old/b.inmail', 'drafts/wip.draft.inmail']);
  });

  it('.inmailignore in the current folder skips what it names and re-includes a default folder with !dist/', () => {
    writeFileSync(join(dir, '.inmailignore'), '# drafts kept for the record\ndrafts/old/\n*.draft.inmail\n!dist/\n');
    assert.deepEqual(linted(['.'], dir), ['drafts/a.inmail', 'drafts/dist/c.inmail']);
    const debug = runCli(['--debug', '.'], dir);
    assert.match(debug.stderr, /debug: skipped folder \S+drafts\/old \(ignored by \.inmailignore or --ignore-pattern\)/);
    assert.doesNotMatch(debug.stderr, /note: drafts\/old/, 'a folder the writer ignored on purpose gets no note');
  });

  it('reads .inmailignore only from the current folder: patterns are relative to it', () => {
    writeFileSync(join(dir, 'drafts', '.inmailignore'), 'old/\n');
    assert.ok(linted(['.'], dir).includes('drafts/old/b.inmail'), 'a .inmailignore below the current folder is not read');
    assert.deepEqual(linted(['.'], join(dir, 'drafts')), ['a.inmail', 'wip.draft.inmail']);
  });

  it('--ignore-pattern adds patterns after the file\'s, and may be repeated', () => {
    writeFileSync(join(dir, '.inmailignore'), '!dist/\n');
    assert.deepEqual(linted(['--ignore-pattern', 'old/', '--ignore-pattern', '*.draft.inmail', '.'], dir), ['drafts/a.inmail', 'drafts/dist/c.inmail']);
    assert.deepEqual(linted(['--ignore-pattern', 'dist/', '.'], dir), ['drafts/a.inmail', 'drafts/old/b.inmail', 'drafts/wip.draft.inmail'], 'the command line wins over the file');
  });

  it('--no-ignore lints everything but node_modules and .git', () => {
    writeFileSync(join(dir, '.inmailignore'), 'drafts/\n');
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'x.inmail'), GOOD);
    assert.deepEqual(linted(['--no-ignore', '--ignore-pattern', 'old/', '.'], dir), [
      'drafts/.archive/d.inmail',
      'drafts/a.inmail',
      'drafts/dist/c.inmail',
      'drafts/old/b.inmail',
      'drafts/wip.draft.inmail',
      'out/e.inmail',
    ]);
  });

  it('always lints a path named on the command line, and walks a folder named even when a pattern skips it', () => {
    writeFileSync(join(dir, '.inmailignore'), 'drafts/old/\n*.draft.inmail\n');
    assert.deepEqual(linted(['drafts/old/b.inmail', 'drafts/wip.draft.inmail', 'out/e.inmail'], dir), ['drafts/old/b.inmail', 'drafts/wip.draft.inmail', 'out/e.inmail']);
    assert.deepEqual(linted(['drafts/old'], dir), ['drafts/old/b.inmail']);
    assert.deepEqual(linted(['drafts/.archive', 'out'], dir), ['drafts/.archive/d.inmail', 'out/e.inmail']);
    assert.deepEqual(linted(['out/*.inmail'], dir), ['out/e.inmail'], "a pattern's static part is named too");
  });

  it('applies the default patterns, not the current folder\'s, to a folder outside it', () => {
    const other = tempDir('inmail-elsewhere-');
    mkdirSync(join(other, 'dist'));
    writeFileSync(join(other, 'a.inmail'), GOOD);
    writeFileSync(join(other, 'dist', 'b.inmail'), GOOD);
    writeFileSync(join(dir, '.inmailignore'), 'a.inmail\n');
    assert.deepEqual(linted([other], dir), [join(other, 'a.inmail')]);
  });

  it('reports an .inmailignore that cannot be read (exit 2)', () => {
    mkdirSync(join(dir, '.inmailignore'));
    const r = runCli(['.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read \S+\.inmailignore: is a directory/);
  });
});
