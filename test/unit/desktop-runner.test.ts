/**
 * `npm run test:desktop` (scripts/vscode/desktop.mjs) through the real @vscode/test-electron. No desktop VS Code
 * is installed where this runs, so a stand-in executable records how it is launched: what is under test is
 * that the runner finds it without downloading anything, hands it our extension and suite, and passes its
 * verdict on. The suite itself runs in a real VS Code in the code-server tier.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../helpers/repo';
import { tempDir } from '../helpers/temp-dir';

const root = repoRoot();
const runner = join(root, 'scripts', 'vscode', 'desktop.mjs');
const run = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, [runner, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INMAIL_VSCODE_EXECUTABLE: '', ...env }, timeout: 60_000 });

describe('npm run test:desktop', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir('inmail-desktop-test-')));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a skip message and exits 0 where no VS Code is installed', function () {
    if (run({}, ['--find']).stdout.trim()) this.skip(); // a machine with VS Code runs the suite instead
    const result = run({});
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /skipped the desktop VS Code tests: no VS Code found .* Set INMAIL_VSCODE_EXECUTABLE/);
  });

  it('fails when INMAIL_VSCODE_EXECUTABLE names a file that is not there', () => {
    const result = run({ INMAIL_VSCODE_EXECUTABLE: join(dir, 'no-code') });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /no such file/);
  });

  for (const verdict of [0, 1]) {
    it(`launches the named VS Code with this extension and its suite, and exits ${verdict === 0 ? '0 when the suite passes' : 'non-zero when it fails'}`, function () {
      if (process.platform === 'win32') this.skip();
      const code = join(dir, 'code');
      const argsFile = join(dir, 'args.txt');
      writeFileSync(code, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nexit ${verdict}\n`);
      chmodSync(code, 0o755);
      const result = run({ INMAIL_VSCODE_EXECUTABLE: code });
      assert.equal(result.status === 0, verdict === 0, result.stdout + result.stderr);
      const args = readFileSync(argsFile, 'utf8').trim().split('\n');
      assert.ok(args.includes(`--extensionDevelopmentPath=${root}`), args.join(' '));
      assert.ok(args.includes(`--extensionTestsPath=${join(root, 'out', 'test', 'vscode', 'index.js')}`), args.join(' '));
      assert.ok(args.includes('--disable-extensions') && args.includes('--user-data-dir'), 'a throwaway profile without the user’s extensions');
      assert.match(args[0], /inmail-desktop-.*workspace$/, 'a copy of examples/ is the workspace');
      // The runner keeps a failed run's folder for whoever debugs it; this test has read what it needed.
      rmSync(dirname(args[0]), { recursive: true, force: true });
    });
  }
});
