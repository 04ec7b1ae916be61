/** The package's contributions beyond linting: server commands, the walkthrough, the problem matcher for terminal runs. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, codes, EXTENSION_ID, examplesUri, onTick, waitFor } from './helpers';
import { serverPids } from './server-process';

const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;

describe('InMail commands', () => {
  it('InMail: Restart Language Server starts a new server that lints', async function () {
    if (process.platform !== 'linux') this.skip();
    const client = await (await api()).ready;
    assert.ok(client, 'the language client started');
    const [before] = serverPids();
    assert.ok(before, 'a server runs before the restart');
    await vscode.commands.executeCommand('inmail.restartServer');
    await waitFor(onTick(100), () => client.isRunning() && serverPids().length === 1 && serverPids()[0] !== before, 'one new server process after the restart');
    const draft = examplesUri('bad', 'weekend-send.inmail');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Statsu: draft\n'));
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(draft).includes('unknown-header'), 'unknown-header from the restarted server');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('InMail: Show Output shows the server log', async () => {
    await api();
    const isOurs = (e: vscode.TextEditor) => e.document.uri.scheme === 'output' && /InMail/i.test(decodeURIComponent(e.document.uri.toString()));
    assert.ok(!vscode.window.visibleTextEditors.some(isOurs), 'the log is not shown before the command');
    await vscode.commands.executeCommand('inmail.showOutput');
    await waitFor(vscode.window.onDidChangeVisibleTextEditors, () => vscode.window.visibleTextEditors.some(isOurs), 'the InMail output channel to show');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});

describe('InMail walkthrough', () => {
  const walkthrough = () => extension().packageJSON.contributes.walkthroughs[0] as { id: string; title: string; steps: { id: string; description: string; media: { image: string } }[] };

  it('has four steps whose pictures ship with the extension and whose buttons run commands that exist', async () => {
    const { steps } = walkthrough();
    assert.deepEqual(steps.map((s) => s.id), ['newDraft', 'gauge', 'quickFix', 'plan']);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of steps) {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, step.media.image)); // throws if missing
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(commands.has(command), `${step.id}: ${command} is a command`);
    }
    assert.match(steps[0].description, /command:inmail\.newDraft/);
    assert.match(steps[3].description, /inmail\.plan/);
  });

  it('opens in the editor area', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough().id}`, false);
    const label = () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => /Welcome|Walkthrough|InMail/.test(label()), `the walkthrough tab (active tab: "${label()}")`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('inmail-lint in a task', () => {
  it('fills the Problems panel through the $inmail-lint problem matcher', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const cli = vscode.Uri.joinPath(extension().extensionUri, 'dist', 'cli.js').fsPath;
    const draft = 'bad/generic-template.inmail';
    // In desktop VS Code process.execPath is Electron, which runs as Node with this variable set.
    const env = { ELECTRON_RUN_AS_NODE: '1' };
    const printed = spawnSync(process.execPath, [cli, draft], { cwd: folder.uri.fsPath, encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    // $eslint-stylish reads a file line only when it starts with ./ or / (the CLI prints absolute paths).
    assert.match(printed, /^\//, `the CLI's stylish output starts with an absolute path: ${printed.slice(0, 200)}`);
    // The CLI prints absolute paths from its working folder, which the system gives with symlinks resolved
    // (as ESLint's do): the problems land on the real path.
    const uri = vscode.Uri.file(realpathSync(examplesUri(...draft.split('/')).fsPath));
    const fromTask = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'inmail-lint');
    const task = new vscode.Task({ type: 'process' }, folder, 'inmail-lint', 'inmail-lint', new vscode.ProcessExecution(process.execPath, [cli, draft], { cwd: folder.uri.fsPath, env }), '$inmail-lint');
    await vscode.tasks.executeTask(task);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => fromTask().some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'generic-subject'), 'generic-subject from the task');
    const d = fromTask().find((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'generic-subject')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.range.start.line, 0);
  });
});
