/**
 * Extension activation, measured where it happens: the extension-host suite's activation test, run alone in
 * a real VS Code (code-server), on dist/ as `npm run package` built it. Needs the VS Code that `npm test`
 * installs into .cache/vscode; without it the row says so instead of guessing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './report';

interface ActivationFigures {
  loadMs: number;
  activateMs: number;
  totalMs: number;
}

export function benchActivation(root: string, quick: boolean): Row[] {
  const what = 'extension activation (bundle load + activate, in VS Code)';
  if (quick) return [{ section: 'size', what, note: 'not measured in --quick (it starts VS Code)' }];
  const figuresFile = join(root, 'out', 'bench', 'activation.json');
  rmSync(figuresFile, { force: true });
  const tests = join(root, 'out', 'bench', 'vscode-tests', 'index.js');
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'vscode', 'run-tests.mjs'), '--tests', tests, '--grep', 'activates', '--env', `INMAIL_ACTIVATION_FILE=${figuresFile}`, '--timeout', '180'],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0 || !existsSync(figuresFile)) {
    const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-2).join(' ');
    return [{ section: 'size', what, note: `not measured (exit ${run.status}): ${said || run.error?.message}` }];
  }
  const figures = JSON.parse(readFileSync(figuresFile, 'utf8')) as ActivationFigures;
  return [
    {
      section: 'size',
      what,
      value: `${figures.totalMs.toFixed(1)} ms (load ${figures.loadMs.toFixed(1)} + activate ${figures.activateMs.toFixed(1)})`,
      budget: '< 50 ms',
      pass: figures.totalMs < 50,
    },
  ];
}
