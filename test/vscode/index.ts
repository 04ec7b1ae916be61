/**
 * Entry point for the extension-host suite, with the `run()` contract @vscode/test-electron uses:
 * resolve when every test passed, reject otherwise. Loaded inside VS Code, desktop or code-server.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  // A test that wants to fail the suite on purpose (to prove the harness reports failures) sets this.
  if (process.env.INMAIL_VSCODE_GREP) mocha.grep(process.env.INMAIL_VSCODE_GREP);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
