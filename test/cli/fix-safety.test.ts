/** `--fix` loses nothing: atomic replace, bytes as read, a changed file left alone, one failure not the end. */
import * as assert from 'node:assert/strict';
import { chmodSync, chownSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD, TYPO, runCli, runCliLimited } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

const PRELOAD = join(__dirname, 'race-preload.js');
/** About 20 KB: more than the 8 KiB file-size limit the write tests run under, with a fix on line 1. */
const BIG_TYPO = TYPO.replace('Best,', `${'We kept notes on every onboarding cohort for two years. '.repeat(350)}\n\nBest,`);

describe('inmail-lint --fix writes safely', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('inmail-fix-');
  });

  it('leaves the draft byte for byte and no temporary file when the write fails (file-size limit, EFBIG)', () => {
    const file = join(dir, 'big.inmail');
    writeFileSync(file, BIG_TYPO);
    const r = runCliLimited(['-f 8'], ['--fix', '--format', 'json', 'big.inmail'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(readFileSync(file, 'utf8'), BIG_TYPO, 'the original is intact');
    assert.deepEqual(readdirSync(dir), ['big.inmail'], 'no temporary file is left behind');
    const [result] = JSON.parse(r.stdout);
    assert.match(result.error, /fixes not written: file too large .*; the file is unchanged/);
    assert.equal(result.fixed, undefined);
  });

  it('goes on after one file fails: the others are fixed, the failure reported, exit 2', () => {
    writeFileSync(join(dir, 'a.inmail'), TYPO);
    writeFileSync(join(dir, 'b.inmail'), BIG_TYPO);
    writeFileSync(join(dir, 'c.inmail'), TYPO);
    const r = runCliLimited(['-f 8'], ['--fix', '.'], dir);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.equal(readFileSync(join(dir, 'a.inmail'), 'utf8'), GOOD);
    assert.equal(readFileSync(join(dir, 'b.inmail'), 'utf8'), BIG_TYPO);
    assert.equal(readFileSync(join(dir, 'c.inmail'), 'utf8'), GOOD, 'the file after the failure is fixed too');
    assert.match(r.stdout, /b\.inmail\n +error +fixes not written: file too large/);
    assert.match(r.stdout, /1 path could not be linted or fixed/);
  });

  it('keeps the mode and, run as root, the owner', function () {
    const file = join(dir, 'typo.inmail');
    writeFileSync(file, TYPO);
    chmodSync(file, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 4321, 4322);
    const r = runCli(['--fix', 'typo.inmail'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(file, 'utf8'), GOOD);
    const stat = statSync(file);
    assert.equal(stat.mode & 0o7777, 0o640);
    if (root) assert.deepEqual([stat.uid, stat.gid], [4321, 4322]);
  });

  it('fixes the target of a symlinked draft and keeps the link', () => {
    writeFileSync(join(dir, 'real.inmail'), TYPO);
    symlinkSync('real.inmail', join(dir, 'link.inmail'));
    const r = runCli(['--fix', 'link.inmail'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(lstatSync(join(dir, 'link.inmail')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real.inmail'), 'utf8'), GOOD);
  });

  it('never rewrites a file that is not UTF-8, and says where it stops being UTF-8', () => {
    const file = join(dir, 'latin1.inmail');
    // "Café" in Latin-1 on line 6, and a header typo --fix would otherwise correct.
    const bytes = Buffer.concat([Buffer.from(TYPO.slice(0, TYPO.indexOf('Hi Dana')) + 'Hi Dana, caf'), Buffer.from([0xe9]), Buffer.from(' talk.\n')]);
    writeFileSync(file, bytes);
    const r = runCli(['--fix', '--format', 'json', 'latin1.inmail'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(readFileSync(file).equals(bytes), 'not a byte changed');
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.fixed, undefined);
    assert.equal(result.diagnostics.length, 1, 'one diagnostic, nothing else');
    const [d] = result.diagnostics;
    assert.deepEqual({ rule: d.rule, severity: d.severity, line: d.line, column: d.column }, { rule: 'file-encoding', severity: 'error', line: 5, column: 13 });
    assert.match(d.message, /not UTF-8: byte 0xE9 at line 5, byte 13 .*never rewrites it/);
  });

  it('keeps a byte order mark and CRLF line endings: the fix is the only change', () => {
    const file = join(dir, 'bom.inmail');
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(TYPO))]));
    const r = runCli(['--fix', '--format', 'json', 'bom.inmail'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(JSON.parse(r.stdout)[0].fixed, true);
    assert.ok(readFileSync(file).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(GOOD))])), readFileSync(file, 'latin1'));
  });

  describe('a draft that changed after it was read is not written', () => {
    const race = (action: string, extra: Record<string, string> = {}) => {
      const file = join(dir, 'typo.inmail');
      writeFileSync(file, TYPO);
      const r = runCli(['--fix', 'typo.inmail'], dir, { nodeArgs: ['--require', PRELOAD], env: { INMAIL_RACE_FILE: file, INMAIL_RACE_ACTION: action, ...extra } });
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stdout, /typo\.inmail\n +error +changed since it was read; not fixed/);
      assert.deepEqual(readdirSync(dir).filter((f) => f.includes('tmp')), [], 'no temporary file is left behind');
      return file;
    };

    it('an edit saved meanwhile is kept', () => {
      const file = race('edit', { INMAIL_RACE_TEXT: 'Subjet: my own edit\n' });
      assert.equal(readFileSync(file, 'utf8'), 'Subjet: my own edit\n');
    });

    it('a save of the same bytes (a new modification time) is respected too', () => {
      const file = race('touch');
      assert.equal(readFileSync(file, 'utf8'), TYPO);
    });

    it('a deleted draft does not come back', () => {
      const file = race('delete');
      assert.ok(!existsSync(file));
    });

    it('a renamed draft is not recreated under its old name', () => {
      const file = race('rename');
      assert.ok(!existsSync(file));
      assert.equal(readFileSync(`${file}.renamed`, 'utf8'), TYPO);
    });
  });
});
