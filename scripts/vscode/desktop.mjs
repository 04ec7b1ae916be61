// `npm run test:desktop`: the extension-host suite (test/vscode) in an installed desktop VS Code, through
// @vscode/test-electron. Never downloads VS Code: it uses INMAIL_VSCODE_EXECUTABLE or a well-known install
// path, and where there is none it says so and exits 0. CI runs the same suite in code-server instead
// (scripts/vscode/run-tests.mjs); this route is for contributors who have desktop VS Code.
//   node scripts/vscode/desktop.mjs [--find]   (--find prints the VS Code it would use, and exits)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './install.mjs';

const ENV = 'INMAIL_VSCODE_EXECUTABLE';

/** Where VS Code installs itself by default, per platform (stable first, then Insiders). */
function wellKnownPaths() {
  if (process.platform === 'darwin') {
    return ['Visual Studio Code', 'Visual Studio Code - Insiders'].flatMap((app) =>
      ['/Applications', path.join(os.homedir(), 'Applications')].flatMap((dir) => [path.join(dir, `${app}.app`, 'Contents', 'MacOS', 'Code'), path.join(dir, `${app}.app`, 'Contents', 'MacOS', 'Electron')]),
    );
  }
  if (process.platform === 'win32') {
    const roots = [process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, 'Programs'), process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    return roots.flatMap((r) => [path.join(r, 'Microsoft VS Code', 'Code.exe'), path.join(r, 'Microsoft VS Code Insiders', 'Code - Insiders.exe')]);
  }
  return ['/usr/share/code/code', '/usr/share/code-insiders/code-insiders', '/snap/code/current/usr/share/code/code', '/opt/visual-studio-code/code', '/var/lib/flatpak/app/com.visualstudio.code/current/active/files/extra/vscode/code'];
}

/** The VS Code to run: the variable when set (and then it must exist), else the first well-known path present. */
function findVSCode() {
  const explicit = process.env[ENV];
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new Error(`${ENV}=${explicit}, but there is no such file`);
    return explicit;
  }
  return wellKnownPaths().find((p) => fs.existsSync(p));
}

async function main() {
  const executable = findVSCode();
  if (process.argv.includes('--find')) {
    if (executable) console.log(executable);
    return 0;
  }
  if (!executable) {
    console.log(`⚠ skipped the desktop VS Code tests: no VS Code found (looked in ${wellKnownPaths().join(', ')}). Set ${ENV} to its executable to run them.`);
    return 0;
  }
  const tests = path.join(ROOT, 'out', 'test', 'vscode', 'index.js');
  if (!fs.existsSync(tests)) throw new Error(`${tests} is missing: run node scripts/build.mjs --tests first`);
  const { runTests } = await import('@vscode/test-electron');
  // A throwaway profile and a copy of examples/: the suite edits drafts, and must not touch the user's VS Code.
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inmail-desktop-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  console.log(`running the extension-host suite in ${executable}`);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: tests,
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions')],
      extensionTestsEnv: { INMAIL_TEST_RESULTS: path.join(runDir, 'test-output.txt') },
    });
    fs.rmSync(runDir, { recursive: true, force: true });
    return 0;
  } catch (error) {
    console.error(`the desktop suite failed: ${error instanceof Error ? error.message : error} (kept ${runDir})`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[desktop] ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  },
);
