/**
 * Entry point for the extension-host suite, with the `run()` contract @vscode/test-electron uses:
 * resolve when every test passed, reject otherwise. Loaded inside VS Code, desktop or code-server.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Plain lines, written to the file the harness names (the extension host's console reaches the
 * terminal only through the workbench log, which loses printf formatting) and to the console.
 */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner) {
    super(runner);
    const out = (line: string) => {
      if (process.env.INMAIL_TEST_RESULTS) appendFileSync(process.env.INMAIL_TEST_RESULTS, `${line}\n`);
      console.log(line);
    };
    let passed = 0;
    let failed = 0;
    runner.on('pass', (test) => {
      passed++;
      out(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test, error) => {
      failed++;
      out(`  ✖ ${test.fullTitle()}\n      ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n      ')}`);
    });
    // A skipped test says so (and why, in its source): a silent skip would read as a pass.
    runner.on('pending', (test) => out(`  - ${test.fullTitle()} (skipped)`));
    runner.once('end', () => out(`vscode: ${passed} passed, ${failed} failed`));
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: LineReporter });
  // extension.test.js first: the later files restart the server and add a task's problems.
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && f !== 'extension.test.js').sort()) mocha.addFile(path.join(__dirname, file));
  if (process.env.INMAIL_VSCODE_GREP) mocha.grep(process.env.INMAIL_VSCODE_GREP);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
