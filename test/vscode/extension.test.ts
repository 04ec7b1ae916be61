/**
 * Runs inside a real VS Code with the extension loaded and examples/ open as the workspace: in Node's
 * extension host and again in the web worker's (scripts/vscode/run-tests.mjs --web), so it imports no
 * Node built-in. What only Node's host can check is in node-host.test.ts.
 */
import * as vscode from 'vscode';
import * as assert from './assert';
import { api, codes, examplesUri, EXTENSION_ID, onTick, waitFor } from './helpers';

describe('InMail in VS Code', () => {
  const generic = examplesUri('bad', 'generic-template.inmail');
  // A generic subject over a body with material for a subject: the quick fixes write one from it.
  const genericWithHook = examplesUri('bad', 'generic-subject.inmail');

  it('gives .inmail files the inmail language and its grammar', async () => {
    const doc = await vscode.workspace.openTextDocument(generic);
    assert.equal(doc.languageId, 'inmail');
    const contributes = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes;
    assert.deepEqual(contributes.grammars.map((g: { scopeName: string }) => g.scopeName), ['text.inmail']);
    const grammar = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, contributes.grammars[0].path));
    assert.equal(JSON.parse(new TextDecoder().decode(grammar)).scopeName, 'text.inmail');
  });

  it('shows the expected diagnostics on a bad draft, linked to the rule docs', async () => {
    const doc = await vscode.workspace.openTextDocument(generic);
    await vscode.window.showTextDocument(doc);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(generic).includes('generic-subject'), 'generic-subject on generic-template.inmail');
    assert.ok(codes(generic).includes('missing-personalization'), `codes: ${codes(generic)}`);
    const d = vscode.languages.getDiagnostics(generic).find((x) => typeof x.code === 'object' && x.code.value === 'generic-subject')!;
    assert.equal(d.source, 'inmail');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(d.range), 'Exciting opportunity!');
    assert.match((d.code as { target: vscode.Uri }).target.path, /docs\/rules\/generic-subject\.md$/);
  });

  it('reads the nearest .inmailrc.json through the workspace file system and follows its changes', async () => {
    // Written and deleted through workspace.fs, as a writer's edits on a virtual file system would be.
    const config = examplesUri('.inmailrc.json');
    const write = (json: unknown) => vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify(json)));
    const genericSubject = () => vscode.languages.getDiagnostics(generic).find((d) => typeof d.code === 'object' && d.code.value === 'generic-subject');
    const doc = await vscode.workspace.openTextDocument(generic);
    await vscode.window.showTextDocument(doc);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => genericSubject()?.severity === vscode.DiagnosticSeverity.Warning, 'generic-subject as a warning');
    try {
      await write({ rules: { 'generic-subject': 'loud' } });
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(config).includes('config'), 'the config file\'s problem, shown on it');
      await write({ rules: { 'generic-subject': 'error' } });
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => genericSubject()?.severity === vscode.DiagnosticSeverity.Error, 'generic-subject as an error, as the config says');
      assert.deepEqual(codes(config), [], 'the fixed config has no problems left');
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => genericSubject()?.severity === vscode.DiagnosticSeverity.Warning, 'a warning again once the config is gone');
  });

  it('offers subject quick fixes; applying one clears the warning and changes nothing else', async () => {
    const doc = await vscode.workspace.openTextDocument(genericWithHook);
    await vscode.window.showTextDocument(doc);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(genericWithHook).includes('generic-subject'), 'generic-subject');
    const d = vscode.languages.getDiagnostics(genericWithHook).find((x) => typeof x.code === 'object' && x.code.value === 'generic-subject')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', genericWithHook, d.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.kind?.value === 'quickfix' && /^Replace subject with/.test(a.title));
    assert.ok(fixes.length >= 2 && fixes.length <= 4, `2-4 subject suggestions, got ${JSON.stringify(actions.map((a) => a.title))}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    const after = doc.getText();
    assert.equal(after.slice(after.indexOf('\n')), before.slice(before.indexOf('\n')), 'only the subject line changed');
    assert.notEqual(after.split('\n')[0], before.split('\n')[0]);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => !codes(genericWithHook).includes('generic-subject'), 'generic-subject to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers no subject where the body has nothing to build one from, and says what to add instead', async () => {
    const doc = await vscode.workspace.openTextDocument(generic);
    await vscode.window.showTextDocument(doc);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(generic).includes('generic-subject'), 'generic-subject');
    const d = vscode.languages.getDiagnostics(generic).find((x) => typeof x.code === 'object' && x.code.value === 'generic-subject')!;
    assert.match(d.message, /add one to the body first/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', generic, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.filter((a) => /^Replace subject with/.test(a.title)).map((a) => a.title), [], 'no subject promising what the body lacks');
  });

  it('shows the character gauge and updates it after an edit', async () => {
    const { gauge } = await api();
    const doc = await vscode.workspace.openTextDocument(generic);
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor(onTick(), () => /Subj 21\/200 · Body \d+\/400 \(max 1,900\)/.test(gauge.item.text), `gauge text, now "${gauge.item.text}"`);
    const bodyBefore = Number(/Body (\d+)/.exec(gauge.item.text)![1]);
    // Seven characters typed inside the body's first sentence: the body grows by exactly seven.
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text.startsWith('I hope'))!;
    await editor.edit((e) => e.insert(new vscode.Position(line, 1), ' truly,'));
    await waitFor(onTick(), () => gauge.item.text.includes(`Body ${bodyBefore + 7}/400`), `gauge to read ${bodyBefore + 7}, now "${gauge.item.text}"`);
    assert.match(String((gauge.item.tooltip as vscode.MarkdownString).value), /RABT check/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows the credit estimate and updates it when a draft stops costing a credit', async () => {
    const { credits } = await api();
    await waitFor(onTick(), () => credits.estimate !== undefined, 'a credit estimate');
    const before = credits.estimate!.estimate.needed;
    assert.match(credits.item.text, new RegExp(`${before} InMails? · \\d+/mo`));
    const doc = await vscode.workspace.openTextDocument(generic);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Status: sent\n'));
    await waitFor(onTick(), () => credits.estimate!.estimate.needed === before - 1, `needed to drop to ${before - 1}`);
    assert.match(credits.item.text, new RegExp(`${before - 1} InMails? · `));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(onTick(), () => credits.estimate!.estimate.needed === before, 'estimate back after revert');
  });

  it('converts a short InMail into a connection request, changing only its Kind', async () => {
    const { gauge } = await api();
    const short = examplesUri('bad', 'could-be-a-free-connection-note.inmail');
    const doc = await vscode.workspace.openTextDocument(short);
    await vscode.window.showTextDocument(doc);
    await waitFor(onTick(), () => gauge.statsFor(short)?.fitsConnectionNote === true, 'stats saying the body fits a note');
    const before = doc.getText();
    await vscode.commands.executeCommand('inmail.convertToConnectionRequest');
    await waitFor(vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== before, 'the conversion edit');
    assert.match(doc.getText(), /^Kind: connection$/m);
    assert.equal(doc.getText().replace(/^Kind: connection\r?\n/m, ''), before, 'nothing else changed');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('starts a new draft from a template', async () => {
    let done = false;
    const picked = Promise.resolve(vscode.commands.executeCommand('inmail.newDraft')).then(() => (done = true));
    // The template picker is a quick pick with no event for "shown": accept its first entry (what Enter
    // does) on each tick until the command completes. Accepting with no picker open does nothing.
    await waitFor(onTick(100), () => {
      if (!done) void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    }, 'the template picker to take the first template');
    await picked;
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.languageId, 'inmail');
    assert.ok(editor.document.isUntitled);
    assert.match(editor.document.getText(), /^Subject: \S/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('contributes snippets that expand into a draft', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'inmail', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    const snippets = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.snippets;
    assert.equal(snippets[0].language, 'inmail');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'inmail', name: Object.keys(await readSnippets())[0] });
    await waitFor(vscode.workspace.onDidChangeTextDocument, () => editor.document.getText().length > 0, 'the snippet to expand');
    assert.match(editor.document.getText(), /^Subject: \S/m);
    assert.doesNotMatch(editor.document.getText(), /\$\{?\d/, 'tab stops were expanded, not inserted literally');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

async function readSnippets(): Promise<Record<string, unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'snippets', 'inmail.code-snippets'));
  return JSON.parse(new TextDecoder().decode(bytes));
}
