/**
 * Entry point for the extension-host suite in Node's extension host, with the `run()` contract
 * @vscode/test-electron uses: resolve when every test passed, reject otherwise. Loaded inside VS Code,
 * desktop or code-server. The web worker's host has its own entry (web/index.ts).
 */
import { appendFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { lineReporter } from './reporter';

/**
 * Plain lines, written to the file the harness names (the extension host's console reaches the
 * terminal only through the workbench log, which loses printf formatting) and to the console.
 */
const LineReporter = lineReporter(Mocha.reporters.Base, (line) => {
  if (process.env.INMAIL_TEST_RESULTS) appendFileSync(process.env.INMAIL_TEST_RESULTS, `${line}\n`);
  console.log(line);
});

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: LineReporter });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  mocha.addFile(path.join(__dirname, 'node-host.test.js'));
  mocha.addFile(path.join(__dirname, 'merge-preview.test.js'));
  // Last: it restarts the server and adds a task's problems.
  mocha.addFile(path.join(__dirname, 'package.test.js'));
  if (process.env.INMAIL_VSCODE_GREP) mocha.grep(process.env.INMAIL_VSCODE_GREP);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
