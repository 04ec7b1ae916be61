/**
 * What only Node's extension host can check, so the web run (web/index.ts) leaves it out: how long an
 * uncached load of the bundle takes (it needs Node's require and its cache), and a server process killed
 * from outside (in a browser the server is a worker: no process to find in /proc or to kill).
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vscode from 'vscode';
import { api, codes, examplesUri, EXTENSION_ID, onTick, waitFor } from './helpers';
import { serverPids } from './server-process';

describe('InMail in VS Code (Node extension host)', () => {
  it('activates, and records how long activation takes', async () => {
    const { activationMs } = await api();
    // Loading the bundle is part of activation as VS Code counts it: time a second, uncached load.
    const bundle = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'extension.js').fsPath;
    const load = createRequire(bundle);
    delete load.cache[bundle];
    const start = performance.now();
    load(bundle);
    const loadMs = performance.now() - start;
    assert.ok(Number.isFinite(activationMs) && activationMs >= 0 && loadMs > 0);
    const figures = { loadMs, activateMs: activationMs, totalMs: loadMs + activationMs };
    console.log(`activation: ${JSON.stringify(figures)}`);
    if (process.env.INMAIL_ACTIVATION_FILE) writeFileSync(process.env.INMAIL_ACTIVATION_FILE, JSON.stringify(figures));
  });
});

describe('InMail when its server dies', () => {
  it('restarts the server and keeps linting', async function () {
    if (process.platform !== 'linux') this.skip();
    const client = await (await api()).ready;
    assert.ok(client, 'the language client started');
    const draft = examplesUri('bad', 'weekend-send.inmail');
    for (let round = 1; round <= 2; round++) {
      const [pid] = serverPids();
      assert.ok(pid, 'the server runs as a child of the extension host');
      process.kill(pid, 'SIGKILL');
      await waitFor(onTick(100), () => serverPids().some((p) => p !== pid) && client.isRunning(), `a new server after kill ${round}`);
      const doc = await vscode.workspace.openTextDocument(draft);
      const editor = await vscode.window.showTextDocument(doc);
      // A header typo typed now can only be reported, and then cleared, by a server that is really serving.
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Statsu: draft\n'));
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(draft).includes('unknown-header'), `unknown-header from the restarted server (${round})`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => !codes(draft).includes('unknown-header'), `unknown-header cleared after revert (${round})`);
    }
  });
});
