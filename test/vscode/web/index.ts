/**
 * Entry point for the extension-host suite in the web worker's extension host (code-server with the
 * extension forced to its web kind: scripts/vscode/run-tests.mjs --web). Same contract as ../index.ts,
 * with Mocha's browser build. A worker has no process.env and no disk: the options come from
 * test-options.json and the result lines go to test-output.txt, both beside the workspace folder and
 * read and written through workspace.fs, where the harness puts and reads them.
 */
import 'mocha/mocha.js';
import type MochaType from 'mocha';
import * as vscode from 'vscode';
import { lineReporter } from '../reporter';

declare const mocha: BrowserMocha;
declare const Mocha: typeof MochaType;
interface BrowserMocha {
  setup(options: MochaType.MochaOptions): void;
  grep(pattern: string): void;
  run(done: (failures: number) => void): void;
}

/** A file the harness keeps beside the workspace folder (scripts/vscode/run-tests.mjs). */
function besideWorkspace(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, '..', name);
}

async function harnessOptions(): Promise<{ grep?: string | null }> {
  const file = besideWorkspace('test-options.json');
  try {
    return file ? JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) : {};
  } catch {
    return {};
  }
}

function resultsWriter(): { out: (line: string) => void; flushed: () => Promise<void> } {
  const file = besideWorkspace('test-output.txt');
  let text = '';
  let writing: Promise<void> = Promise.resolve();
  const out = (line: string) => {
    console.log(line);
    text += `${line}\n`;
    const snapshot = text;
    // Each write carries every line so far: a later one never lands under an earlier one.
    if (file) writing = writing.then(() => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(snapshot))).catch((error) => console.error(`test-output.txt: ${error}`));
  };
  return { out, flushed: () => writing };
}

export async function run(): Promise<void> {
  const results = resultsWriter();
  mocha.setup({ ui: 'bdd', timeout: 60_000, color: false, reporter: lineReporter(Mocha.reporters.Base, results.out) });
  const { grep } = await harnessOptions();
  if (grep) mocha.grep(grep);
  // After setup: the suites' describe() calls need Mocha's globals.
  require('../extension.test');
  require('../merge-preview.test');
  require('./web-host.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      void results.flushed().then(() => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
    });
  });
}
