/** The command line itself: stdin, --config, --max-warnings, --output-file, colors, --fix's report, usage errors, --help. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPTIONS } from '../../server/src/node/cli-args';
import { repoRoot } from '../helpers/repo';
import { BAD, GOOD, TYPO, runCli as run } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

/** Warnings and no error (how many is read off its JSON below, so a rule's change does not break the test). */
const WARNINGS_ONLY = `Subject: Quick question

Hi Dana,

Would you be open to a 15-minute call next Tuesday to compare notes on onboarding?

Best,
Sam
`;

function warningsIn(stdout: string): number {
  return JSON.parse(stdout)[0].diagnostics.filter((d: { severity: string }) => d.severity === 'warning').length;
}

describe('inmail-lint options', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('inmail-options-');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'good.inmail'), GOOD);
    writeFileSync(join(dir, 'drafts', 'bad.inmail'), BAD);
  });

  it('rejects an unknown option or a missing value with exit 2 and a plain message', () => {
    const unknown = run(['--bogus', 'drafts'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^inmail-lint: unknown option --bogus\n\nUsage: inmail-lint/);
    const short = run(['-x', 'drafts'], dir);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /unknown option -x/);
    const missing = run(['drafts', '--max-warnings'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--max-warnings <value>' argument missing/);
    const notNumber = run(['--max-warnings', 'lots', 'drafts'], dir);
    assert.equal(notNumber.code, 2);
    assert.match(notNumber.stderr, /--max-warnings takes a whole number of warnings, not "lots"/);
    assert.match(run(['--stdin-filename', 'a.inmail', 'drafts'], dir).stderr, /--stdin-filename names the draft read from stdin/);
    assert.equal(run(['-', 'drafts'], dir).code, 2, 'stdin and paths together');
  });

  it('reads a draft from stdin with "-" or --stdin, named <stdin>, and exits by its problems', () => {
    const dash = run(['--format', 'json', '-'], dir, { input: BAD });
    assert.equal(dash.code, 1, dash.stderr);
    const [result] = JSON.parse(dash.stdout);
    assert.equal(result.file, '<stdin>');
    assert.ok(result.diagnostics.some((d: { rule: string }) => d.rule === 'unfilled-placeholder'));
    const flag = run(['--stdin'], dir, { input: GOOD });
    assert.equal(flag.code, 0, flag.stdout + flag.stderr);
    assert.match(flag.stdout, /1 draft checked, no problems/);
  });

  it('--stdin-filename names the draft in messages and finds its .inmailrc.json', () => {
    mkdirSync(join(dir, 'drafts', 'relaxed'));
    writeFileSync(join(dir, 'drafts', 'relaxed', '.inmailrc.json'), '{ "rules": { "unfilled-placeholder": "warning" } }');
    const r = run(['--stdin', '--stdin-filename', 'drafts/relaxed/new.inmail', '--format', 'json'], dir, { input: BAD });
    assert.equal(r.code, 0, 'the config next to the named path turned the only error into a warning');
    assert.equal(JSON.parse(r.stdout)[0].file, 'drafts/relaxed/new.inmail');
    const stylish = run(['-', '--stdin-filename', 'drafts/relaxed/new.inmail'], dir, { input: BAD });
    assert.ok(stylish.stdout.startsWith(`${join(dir, 'drafts', 'relaxed', 'new.inmail')}\n`), stylish.stdout);
  });

  it('--fix with stdin prints the fixed text to stdout and the report to stderr, writing no file', () => {
    const r = run(['--fix', '--stdin', '--stdin-filename', 'drafts/typo.inmail'], dir, { input: TYPO });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, GOOD);
    assert.match(r.stderr, /inmail-lint: fixed 1 problem in drafts\/typo\.inmail/);
    assert.match(r.stderr, /1 draft checked, no problems/);
    assert.equal(existsSync(join(dir, 'drafts', 'typo.inmail')), false);
    const latin1 = Buffer.concat([Buffer.from(TYPO), Buffer.from([0xe9, 0x0a])]);
    const raw = run(['--fix', '-'], dir, { input: latin1 });
    assert.equal(raw.code, 1);
    assert.equal(raw.stdout, latin1.toString('utf8'), 'a draft that is not UTF-8 goes back out unchanged');
  });

  it('--config uses the file given instead of the nearest .inmailrc.json, and reports a broken one with path and line', () => {
    writeFileSync(join(dir, 'drafts', '.inmailrc.json'), '{ "rules": { "unfilled-placeholder": "off" } }');
    writeFileSync(join(dir, 'strict.json'), '{ "rules": { "unfilled-placeholder": "error", "generic-subject": "off" } }');
    const nearest = run(['--format', 'json', 'drafts/bad.inmail'], dir);
    assert.ok(!JSON.parse(nearest.stdout)[0].diagnostics.some((d: { rule: string }) => d.rule === 'unfilled-placeholder'));
    const given = run(['--format', 'json', '--config', 'strict.json', 'drafts/bad.inmail'], dir);
    assert.equal(given.code, 1);
    const rules = JSON.parse(given.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(rules.includes('unfilled-placeholder') && !rules.includes('generic-subject'), rules.join());
    writeFileSync(join(dir, 'broken.json'), '{\n  "limits": {\n    "bodyMax": "lots"\n  }\n}');
    const broken = run(['-c', 'broken.json', 'drafts/good.inmail'], dir);
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /broken\.json\n +3:16 +error +limits\.bodyMax: limits\.bodyMax must be a whole number/);
    const absent = run(['--config', 'nowhere.json', 'drafts'], dir);
    assert.equal(absent.code, 2);
    assert.match(absent.stderr, /--config nowhere\.json: no such file or directory/);
  });

  it('--max-warnings N exits 1 only when the warnings exceed N, counting them under --quiet too', () => {
    writeFileSync(join(dir, 'drafts', 'warn.inmail'), WARNINGS_ONLY);
    const json = run(['--format', 'json', 'drafts/warn.inmail'], dir);
    assert.equal(json.code, 0, json.stdout);
    const warnings = warningsIn(json.stdout);
    assert.ok(warnings >= 1, 'the draft has warnings to count');
    assert.equal(run(['--max-warnings', String(warnings), 'drafts/warn.inmail'], dir).code, 0);
    const over = run(['--max-warnings', String(warnings - 1), 'drafts/warn.inmail'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, new RegExp(`${warnings} warnings?, more than --max-warnings ${warnings - 1} allows`));
    assert.equal(run(['--quiet', '--max-warnings', String(warnings - 1), 'drafts/warn.inmail'], dir).code, 1);
  });

  it('--output-file writes the report there (creating its folder), prints nothing on stdout and leaves no temporary file', () => {
    const r = run(['--format', 'json', '--output-file', 'reports/lint.json', 'drafts'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const written = JSON.parse(readFileSync(join(dir, 'reports', 'lint.json'), 'utf8'));
    assert.deepEqual(written.map((f: { file: string }) => f.file).sort(), ['drafts/bad.inmail', 'drafts/good.inmail']);
    writeFileSync(join(dir, 'reports', 'lint.json'), 'old report');
    run(['-o', 'reports/lint.json', 'drafts/good.inmail'], dir);
    assert.match(readFileSync(join(dir, 'reports', 'lint.json'), 'utf8'), /^✔ 1 draft checked, no problems\n$/);
    assert.deepEqual(readdirSync(join(dir, 'reports')), ['lint.json']);
    mkdirSync(join(dir, 'taken'));
    const blocked = run(['-o', 'taken', 'drafts/good.inmail'], dir);
    assert.equal(blocked.code, 2);
    assert.match(blocked.stderr, /cannot write the report to taken/);
  });

  it('colors: --color forces them, --no-color and NO_COLOR turn them off, FORCE_COLOR forces them, the last flag wins', () => {
    const esc = /\u001b\[/;
    assert.doesNotMatch(run(['drafts/bad.inmail'], dir).stdout, esc, 'not a terminal, NO_COLOR set');
    assert.match(run(['--color', 'drafts/bad.inmail'], dir).stdout, esc);
    assert.match(run(['drafts/bad.inmail'], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, esc);
    assert.doesNotMatch(run(['drafts/bad.inmail'], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } }).stdout, esc);
    assert.doesNotMatch(run(['--no-color', 'drafts/bad.inmail'], dir, { env: { FORCE_COLOR: '1' } }).stdout, esc);
    assert.match(run(['--no-color', '--color', 'drafts/bad.inmail'], dir).stdout, esc);
    assert.doesNotMatch(run(['--color', '--format', 'json', 'drafts/bad.inmail'], dir).stdout, esc, 'only stylish has colors');
  });

  it('--fix says per file how many problems it fixed, on stderr, keeping json stdout clean', () => {
    writeFileSync(join(dir, 'drafts', 'typo.inmail'), TYPO);
    const twice = 'Subjet: Your KubeCon talk on eBPF\nKind: conection\n\nHi Dana, loved your KubeCon talk on eBPF at the Acme booth. Would you be open to a call next week?\n';
    writeFileSync(join(dir, 'drafts', 'two.inmail'), twice);
    const r = run(['--fix', '--format', 'json', 'drafts'], dir);
    assert.match(r.stderr, /^inmail-lint: fixed 1 problem in drafts\/typo\.inmail$/m);
    assert.match(r.stderr, /^inmail-lint: fixed 2 problems in drafts\/two\.inmail$/m);
    assert.doesNotMatch(r.stderr, /good\.inmail/, 'a file without fixes is not mentioned');
    const out = JSON.parse(r.stdout);
    assert.equal(out.find((f: { file: string }) => f.file === 'drafts/two.inmail').fixedProblems, 2);
  });

  it('--help lists every option and the exit codes', () => {
    const r = run(['--help'], dir);
    assert.equal(r.code, 0);
    for (const option of ['--format', 'stylish', 'json', 'sarif', 'github', '--output-file', '--fix', '--stdin', '--stdin-filename', '--config', '--max-warnings', '--ignore-pattern', '--no-ignore', '.inmailignore', '--quiet', '--color', '--no-color', 'FORCE_COLOR', 'NO_COLOR', '--debug', '--help', '--version', 'Exit codes']) {
      assert.ok(r.stdout.includes(option), `--help mentions ${option}`);
    }
    assert.match(r.stdout, /with --fix, print the\s+fixed text to stdout/);
  });

  it("every option is in --help and in the README's Command line section, with the exit codes, the ignore file, pre-commit and the Action", () => {
    const help = run(['--help'], dir).stdout;
    const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 1));
    const documented = Object.keys(OPTIONS).filter((name) => name !== 'print-config-schema');
    assert.ok(documented.length >= 15);
    for (const name of documented) {
      assert.ok(help.includes(`--${name}`), `--help lists --${name}`);
      assert.ok(section.includes(`--${name}`), `the README documents --${name}`);
    }
    for (const topic of ['Exit codes', '.inmailignore', '.pre-commit-hooks.yaml', 'action.yml', 'FORCE_COLOR']) assert.ok(section.includes(topic), `the README covers ${topic}`);
  });
});
