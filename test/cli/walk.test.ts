/** What a folder walk or a named path reads: nothing outside the folder named, nothing endless, nothing silently. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD, GOOD, TYPO, runCli, runCliLimited } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

/** A regression that reads without end must fail the test, not take the machine's memory. */
const MEMORY_LIMIT = '-v 4000000';

describe('inmail-lint folder walks and reads', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = tempDir('inmail-walk-');
    outside = tempDir('inmail-outside-');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'good.inmail'), GOOD);
  });

  it('follows no link out of the folder named: --fix leaves drafts elsewhere alone', () => {
    writeFileSync(join(outside, 'elsewhere.inmail'), TYPO);
    symlinkSync(outside, join(dir, 'drafts', 'linked'));
    symlinkSync(join(outside, 'elsewhere.inmail'), join(dir, 'drafts', 'file-link.inmail'));
    // Links that stay inside the folder are followed.
    mkdirSync(join(dir, 'drafts', 'q4'));
    writeFileSync(join(dir, 'drafts', 'q4', 'inner.inmail'), TYPO);
    symlinkSync(join(dir, 'drafts', 'q4'), join(dir, 'drafts', 'also-q4'));
    const r = runCli(['--fix', '--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(outside, 'elsewhere.inmail'), 'utf8'), TYPO, 'the draft outside is not rewritten');
    // Each real folder is walked once, under the first name met.
    assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file).sort(), ['drafts/also-q4/inner.inmail', 'drafts/good.inmail']);
    assert.equal(readFileSync(join(dir, 'drafts', 'q4', 'inner.inmail'), 'utf8'), GOOD, 'a link inside the folder is followed');
    const debug = runCli(['--debug', 'drafts'], dir);
    assert.match(debug.stderr, /debug: skipped link \S+drafts\/linked: it leads out of \S+ \(to \S+inmail-outside-/);
    assert.match(debug.stderr, /debug: skipped link \S+drafts\/file-link\.inmail: it leads out of/);
  });

  it('does not walk the whole file system through a link to /', () => {
    symlinkSync('/', join(dir, 'drafts', 'root'));
    const r = runCliLimited([MEMORY_LIMIT], ['--format', 'json', 'drafts'], dir, 20_000);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), ['drafts/good.inmail']);
  });

  it('reads no more than maxFileSize of a file that never ends (/proc/self/pagemap), and never opens a device or a FIFO', function () {
    symlinkSync('/proc/self/pagemap', join(dir, 'pagemap.inmail'));
    symlinkSync('/dev/zero', join(dir, 'zero.inmail'));
    execFileSync('mkfifo', [join(dir, 'fifo.inmail')]);
    const r = runCliLimited([MEMORY_LIMIT], ['--format', 'json', 'pagemap.inmail', 'zero.inmail', 'fifo.inmail', 'drafts/good.inmail'], dir, 20_000);
    assert.equal(r.code, 2, r.stderr);
    const out = JSON.parse(r.stdout);
    const error = (name: string) => out.find((f: { file: string }) => f.file === name).error;
    assert.equal(error('pagemap.inmail'), 'larger than maxFileSize (1 MiB); skipped; raise maxFileSize in .inmailrc.json');
    assert.equal(error('zero.inmail'), 'not a regular file; skipped');
    assert.equal(error('fifo.inmail'), 'not a regular file; skipped');
    assert.ok(out.some((f: { file: string; diagnostics: unknown[] }) => f.file === 'drafts/good.inmail' && f.diagnostics.length === 0));
  });

  it('reports a .inmailrc.json that links to a file that never ends, uses the defaults and lints on', () => {
    symlinkSync('/proc/self/pagemap', join(dir, 'drafts', '.inmailrc.json'));
    const r = runCliLimited([MEMORY_LIMIT], ['--format', 'json', 'drafts'], dir, 20_000);
    const out = JSON.parse(r.stdout);
    const config = out.find((f: { file: string }) => f.file === 'drafts/.inmailrc.json');
    assert.match(config.diagnostics[0].message, /cannot read config: larger than 1 MiB, which no config is; defaults are used/);
    assert.ok(out.some((f: { file: string }) => f.file === 'drafts/good.inmail'), r.stdout);
  });

  it('skips a draft over maxFileSize with a message, and reads it once the config raises the cap', () => {
    const big = `${GOOD}\n${'x'.repeat(1024 * 1024)}\n`;
    writeFileSync(join(dir, 'drafts', 'big.inmail'), big);
    const capped = runCli(['drafts'], dir);
    assert.equal(capped.code, 2, capped.stdout + capped.stderr);
    assert.match(capped.stdout, /drafts\/big\.inmail\n +error +larger than maxFileSize \(1 MiB\); skipped; raise maxFileSize in \.inmailrc\.json/);
    writeFileSync(join(dir, 'drafts', '.inmailrc.json'), '{ "maxFileSize": 2097152 }');
    const raised = runCli(['--format', 'json', 'drafts/big.inmail'], dir);
    assert.equal(JSON.parse(raised.stdout)[0].error, undefined, raised.stdout);
  });

  it('passes over dangling links (an Emacs lock file) with a --debug note, but reports one named on the command line', () => {
    symlinkSync('root@host.1234:1700000000', join(dir, 'drafts', '.#good.inmail'));
    symlinkSync(join(dir, 'gone.inmail'), join(dir, 'drafts', 'gone.inmail'));
    assert.equal(runCli(['drafts'], dir).code, 0, 'a dangling link is no error');
    const walked = runCli(['--debug', 'drafts'], dir);
    assert.equal(walked.code, 0, walked.stdout + walked.stderr);
    assert.match(walked.stderr, /debug: skipped dangling link \S+drafts\/gone\.inmail/);
    assert.match(walked.stderr, /debug: read \S+drafts\/good\.inmail \(\d+ bytes\)/);
    const named = runCli(['drafts/gone.inmail'], dir);
    assert.equal(named.code, 2);
    assert.match(named.stdout, /gone\.inmail: no such file or directory/);
  });

  it('skips out, dist and hidden folders in a walk, lists them in --debug, and lints them when named', () => {
    for (const folder of ['out', 'dist', '.archive']) {
      mkdirSync(join(dir, 'drafts', folder));
      writeFileSync(join(dir, 'drafts', folder, 'bad.inmail'), BAD);
    }
    const named = runCli(['--format', 'json', '*/{out,dist}/*.inmail', '**/.archive/*.inmail'], dir);
    assert.deepEqual(JSON.parse(named.stdout).map((f: { file: string }) => f.file).sort(), ['drafts/.archive/bad.inmail', 'drafts/dist/bad.inmail', 'drafts/out/bad.inmail']);
    mkdirSync(join(dir, 'drafts', '.cache'));
    assert.match(runCli(['--debug', '**/.archive/*.inmail'], dir).stderr, /skipped folder \S+drafts\/\.cache \(hidden/, 'naming one hidden folder opens no other');
    assert.equal(runCli(['drafts/out'], dir).code, 1, 'a path naming the folder');
    assert.equal(runCli(['drafts/.archive/*.inmail'], dir).code, 1, 'a pattern whose static part names it');
    const walked = runCli(['--debug', 'drafts/**/*.inmail'], dir);
    assert.equal(walked.code, 0, walked.stdout);
    for (const folder of ['out', 'dist', '.archive']) assert.match(walked.stderr, new RegExp(`debug: skipped folder \\S+drafts/${folder.replace('.', '\\.')} \\(`));
  });

  it('says, without --debug, which skipped folders hold drafts a walk would have linted', () => {
    mkdirSync(join(dir, 'drafts', 'out'));
    writeFileSync(join(dir, 'drafts', 'out', 'bad.inmail'), BAD);
    mkdirSync(join(dir, 'drafts', '.vscode'));
    writeFileSync(join(dir, 'drafts', '.vscode', 'settings.json'), '{}');
    mkdirSync(join(dir, 'drafts', 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'drafts', 'node_modules', 'pkg', 'x.inmail'), BAD);
    const r = runCli(['drafts/**/*.inmail'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stderr, /note: drafts\/out holds drafts that were not linted \(its folder is skipped by default\); name it to lint them/);
    assert.doesNotMatch(r.stderr, /\.vscode|node_modules/, 'folders without drafts, and tooling folders, are not mentioned');
    assert.doesNotMatch(runCli(['drafts/*.inmail'], dir).stderr, /note:/, 'a pattern that could not reach the folder says nothing of it');
  });

  it('reports an invalid pattern by argument and lints the others', () => {
    const r = runCli(['--format', 'json', 'drafts/[z-a].inmail', 'drafts/good.inmail'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /drafts\/\[z-a\]\.inmail: invalid pattern: \[z-a\] is not a valid character class \(range out of order in character class\)/);
    assert.ok(JSON.parse(r.stdout).some((f: { file: string; diagnostics: unknown[] }) => f.file === 'drafts/good.inmail' && f.diagnostics.length === 0));
  });

  it('escapes control characters from drafts and file names in stylish output', () => {
    const name = 'evil\u001b[2J\u202e.inmail';
    writeFileSync(join(dir, name), 'Subject: Hi\nSend: \u001b]0;owned\u0007 now\u009b31m \u202egnp.exe\n\nHello [Company].\n');
    const r = runCli([name], dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'no raw control character reaches the terminal');
    assert.ok(r.stdout.includes('evil\\x1b[2J\\u202e.inmail'), r.stdout);
    assert.ok(r.stdout.includes('"\\x1b]0;owned\\x07 now\\x9b31m \\u202egnp.exe" is not one'), r.stdout);
  });
});
