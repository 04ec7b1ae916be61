/**
 * The suite's plain-line reporter, for both extension hosts: Node's (index.ts) and the web worker's
 * (web/index.ts), each with its own Mocha and its own way to get lines to the harness.
 */
import type Mocha from 'mocha';

export function lineReporter(Base: typeof Mocha.reporters.Base, out: (line: string) => void): typeof Mocha.reporters.Base {
  return class LineReporter extends Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let passed = 0;
      let failed = 0;
      runner.on('pass', (test) => {
        passed++;
        out(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
      });
      runner.on('pending', (test) => out(`  - ${test.fullTitle()} (skipped)`));
      runner.on('fail', (test, error) => {
        failed++;
        out(`  ✖ ${test.fullTitle()}\n      ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n      ')}`);
      });
      runner.once('end', () => out(`vscode: ${passed} passed, ${failed} failed`));
    }
  };
}
