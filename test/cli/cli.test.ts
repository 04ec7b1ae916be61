import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD, draftsFolder, runCli as run } from './run-cli';

describe('inmail-lint CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = draftsFolder('inmail-cli-');
    writeFileSync(join(dir, 'drafts', 'notes.txt'), 'not a draft');
  });

  it('exits 0 on a clean draft and says so', () => {
    const r = run(['drafts/good.inmail'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 draft checked, no problems/);
  });

  it('lints folders recursively, prints stylish output and exits 1 on errors', () => {
    const r = run(['drafts'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /drafts\/q4\/bad\.inmail/);
    assert.match(r.stdout, /1:10 +warning +"Exciting opportunity!" .* generic-subject/);
    assert.match(r.stdout, /error +\[Company\] is a template gap/);
    assert.doesNotMatch(r.stdout, /good\.inmail/, 'clean files are not listed');
    assert.match(r.stdout, /✖ \d+ problems \(1 error, \d+ warnings?, \d+ info\)/);
  });

  it('prints the documented JSON shape with 1-based positions', () => {
    const r = run(['--format', 'json', 'drafts/q4/bad.inmail', 'drafts/good.inmail'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 2);
    assert.equal(out[0].file, 'drafts/q4/bad.inmail');
    const generic = out[0].diagnostics.find((d: { rule: string }) => d.rule === 'generic-subject');
    assert.deepEqual(
      { line: generic.line, column: generic.column, endLine: generic.endLine, endColumn: generic.endColumn, severity: generic.severity },
      { line: 1, column: 10, endLine: 1, endColumn: 31, severity: 'warning' },
    );
    assert.equal(typeof generic.message, 'string');
    assert.equal(out[0].stats.subjectLength, 'Exciting opportunity!'.length);
    assert.equal(out[1].diagnostics.length, 0);
    assert.equal(out[1].stats.bodyLength, GOOD.slice(GOOD.indexOf('Hi Dana')).trim().length);
  });

  it('expands globs', () => {
    const r = run(['--format', 'json', 'drafts/**/*.inmail'], dir);
    assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file).sort(), ['drafts/good.inmail', 'drafts/q4/bad.inmail']);
  });

  it('exits 2 on a missing path, names it, and still lints the rest', () => {
    const r = run(['--format', 'json', 'missing.inmail', 'drafts/good.inmail'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.inmail: no such file or directory/);
    const out = JSON.parse(r.stdout);
    assert.ok(out.some((f: { file: string; diagnostics: unknown[] }) => f.file === 'drafts/good.inmail' && f.diagnostics.length === 0));
    assert.ok(out.some((f: { file: string; error?: string }) => f.file === 'missing.inmail' && /no such file/.test(f.error!)));
  });

  it('exits 2 on bad usage with the usage text', () => {
    const none = run([], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no paths given[\s\S]*Usage: inmail-lint/);
    const badFormat = run(['--format', 'xml', 'drafts'], dir);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format takes "stylish", "json", "sarif" or "github", not "xml"/);
    assert.equal(run(['--bogus', 'drafts'], dir).code, 2);
  });

  it('reports folders without drafts, binary files and symlink loops, and goes on', () => {
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'drafts', 'image.inmail'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    symlinkSync(join(dir, 'drafts'), join(dir, 'drafts', 'q4', 'loop'));
    const r = run(['--format', 'json', 'drafts', 'empty'], dir);
    assert.equal(r.code, 2);
    const out = JSON.parse(r.stdout);
    assert.match(out.find((f: { file: string }) => f.file === 'drafts/image.inmail').error, /binary/);
    assert.match(out.find((f: { file: string }) => f.file === 'empty').error, /no \.inmail drafts/);
    assert.ok(out.some((f: { file: string }) => f.file === 'drafts/good.inmail'));
  });

  it('reports unreadable files', function () {
    if (process.getuid?.() === 0) {
      // root reads any file, so make one unreadable by making it a directory named like a draft instead.
      mkdirSync(join(dir, 'dir.inmail'));
      const r = run(['dir.inmail/'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /no \.inmail drafts in this folder/);
      return;
    }
    const file = join(dir, 'locked.inmail');
    writeFileSync(file, GOOD);
    chmodSync(file, 0o000);
    const r = run(['locked.inmail'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /permission denied/);
  });

  it('uses the nearest .inmailrc.json and reports a broken one with path, line and key', () => {
    writeFileSync(join(dir, 'drafts', '.inmailrc.json'), '{ "rules": { "generic-subject": "off", "unfilled-placeholder": "warning" } }');
    const relaxed = run(['--format', 'json', 'drafts/q4/bad.inmail'], dir);
    assert.equal(relaxed.code, 0, 'the only error was downgraded to a warning');
    const rules = JSON.parse(relaxed.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(!rules.includes('generic-subject'));

    writeFileSync(join(dir, 'drafts', '.inmailrc.json'), '{\n  "limits": {\n    "bodyMax": "lots"\n  }\n}');
    const broken = run(['drafts/q4/bad.inmail'], dir);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /drafts\/\.inmailrc\.json\n +3:16 +error +limits\.bodyMax: limits\.bodyMax must be a whole number/);
    assert.match(broken.stdout, /generic-subject/, 'defaults stay in force');
  });

  it('--fix applies only the safe fixes and leaves everything else byte for byte', () => {
    const file = join(dir, 'typo.inmail');
    const text = 'Subjet: Your KubeCon talk on eBPF\r\nKind: conection\r\n\r\nHi [First Name], loved your KubeCon talk. Chat about [topic]?\r\n';
    writeFileSync(file, text);
    const r = run(['--fix', '--format', 'json', 'typo.inmail'], dir);
    assert.equal(JSON.parse(r.stdout)[0].fixed, true);
    assert.equal(readFileSync(file, 'utf8'), 'Subject: Your KubeCon talk on eBPF\r\nKind: connection\r\n\r\nHi {{first_name}}, loved your KubeCon talk. Chat about [topic]?\r\n');
    assert.equal(r.code, 1, '[topic] is still a gap for the writer to fill');
  });

  it('never writes without --fix', () => {
    const file = join(dir, 'typo.inmail');
    writeFileSync(file, 'Subjet: Hello\n\nHi [First Name]');
    run(['typo.inmail'], dir);
    assert.equal(readFileSync(file, 'utf8'), 'Subjet: Hello\n\nHi [First Name]');
  });
});
