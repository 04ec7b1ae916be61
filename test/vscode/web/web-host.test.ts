/** That the web run really is one: these tests, and so the extension under test, run in a web worker. */
import * as vscode from 'vscode';
import * as assert from '../assert';
import { api, codes, examplesUri, EXTENSION_ID, onTick, waitFor } from '../helpers';

describe('InMail in the web worker extension host', () => {
  it('runs without Node, from the browser entry, with its server in a worker', async () => {
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    assert.equal(node, undefined, 'no Node here: this is the web worker extension host');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive || (await api()), 'the extension activates');
    assert.equal(extension!.packageJSON.browser, './dist/web/extension.js');
    const client = await (await api()).ready;
    assert.ok(client?.isRunning(), 'the language client runs its web worker server');
  });

  it('shows a bad draft with its squiggles, Problems panel and gauge', async () => {
    const { gauge } = await api();
    const draft = examplesUri('bad', 'generic-template.inmail');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(draft).includes('generic-subject'), 'generic-subject');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await waitFor(onTick(), () => /Subj \d+\/200/.test(gauge.item.text), `the gauge, now "${gauge.item.text}"`);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await screenshotTaken();
  });
});

/**
 * Asks the harness for its screenshot (scripts/vscode/run-tests.mjs --screenshot) while the extension is
 * still at work, by a file beside the workspace, and waits for the harness's answer file: taken, or not
 * wanted in this run.
 */
async function screenshotTaken(timeoutMs = 20_000): Promise<void> {
  const beside = (name: string) => vscode.Uri.joinPath(examplesUri(), '..', name);
  await vscode.workspace.fs.writeFile(beside('screenshot-request'), new TextEncoder().encode('please'));
  const answered = () => vscode.workspace.fs.stat(beside('screenshot-taken')).then(() => true, () => false);
  const deadline = Date.now() + timeoutMs;
  while (!(await answered())) {
    if (Date.now() > deadline) throw new Error(`the harness did not answer the screenshot request within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
