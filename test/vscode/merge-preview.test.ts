/**
 * A mail merge in a real VS Code (Node's and the web worker's extension hosts): the CSV's and the recipients'
 * diagnostics (the server loads its merge code for them), the gauge's worst case and InMail: Preview for
 * Recipient, which the page itself reports drawing (PreviewDrawn).
 */
import * as vscode from 'vscode';
import type { PreviewDrawn } from '../../client/src/preview';
import * as assert from './assert';
import { api, codes, examplesUri, onTick, waitFor } from './helpers';

describe('mail merge in VS Code', () => {
  const draft = examplesUri('bad', 'mail-merge.inmail');

  it('reports a misspelt field from the recipients CSV, and what every recipient\'s message adds', async () => {
    const typo = examplesUri('bad', 'merge-field-typo.inmail');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(typo));
    // unknown-merge-field needs the CSV parsed; generic-subject for Bo (empty recent_post) needs every recipient linted.
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => codes(typo).includes('unknown-merge-field') && codes(typo).includes('generic-subject'), `the merge's diagnostics, now ${codes(typo)}`);
    const unknown = vscode.languages.getDiagnostics(typo).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'unknown-merge-field');
    assert.match(unknown!.message, /Did you mean \{\{first_name\}\}\?/);
  });

  it('shows the longest recipient\'s body in the gauge', async () => {
    const { gauge } = await api();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await waitFor(onTick(), () => /Body [\d,]+\/400 · max [\d,]+ \(Dana W\.\)/.test(gauge.item.text), `the worst case in the gauge, now "${gauge.item.text}"`);
    assert.match(String((gauge.item.tooltip as vscode.MarkdownString).value), /Longest for a recipient: body \*\*[\d,]+\*\*\/1,900 \(Dana Whitfield\)/);
  });

  it('previews each recipient beside the editor, steps through them and jumps to the ones with problems', async () => {
    const { preview } = await api();
    const drawn = (check: (d: PreviewDrawn) => boolean, what: string) => waitFor(preview.onDidDraw, () => !!preview.lastDrawn && check(preview.lastDrawn), `${what}; last drawn ${JSON.stringify(preview.lastDrawn)}`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await vscode.commands.executeCommand('inmail.previewRecipient');
    await drawn((d) => d.row === 0, 'the first recipient');
    assert.equal(preview.lastDrawn!.name, 'Dana Whitfield');
    assert.equal(preview.lastDrawn!.subject, 'Your post on remote onboarding for dispatch teams across three continents and two acquisitions');
    assert.match(preview.lastDrawn!.body!, /^Hi Dana,\n\nI read your post on remote onboarding .* With Northwind Logistics International Holdings, Research and Development Division hiring/s);
    assert.ok(preview.lastDrawn!.problems! >= 2, 'her subject has too many words and her body is long');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('inmail.recipientPreview'));
    assert.ok(tab, 'a webview tab is open');
    assert.notEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'beside the editor, which keeps the focus');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), draft.toString());

    await preview.move('next');
    await drawn((d) => d.row === 1, 'the second recipient');
    assert.equal(preview.lastDrawn!.name, 'Bo Chen');
    assert.equal(preview.lastDrawn!.subject, 'Your post on', 'his empty recent_post leaves the subject hanging');
    await preview.move('next-problem');
    await drawn((d) => d.row === 0, 'round to the first recipient with a problem');
    await preview.move('previous');
    assert.equal(preview.lastDrawn!.row, 0, 'nothing before the first');
    await preview.move('next-problem');
    await drawn((d) => d.row === 1, 'the next with a problem');
    await preview.move('first-problem');
    await drawn((d) => d.row === 0, 'the first with a problem');
  });

  it('follows typing in the draft and changes to its CSV', async () => {
    const { preview } = await api();
    const drawn = (check: (d: PreviewDrawn) => boolean, what: string) => waitFor(preview.onDidDraw, () => !!preview.lastDrawn && check(preview.lastDrawn), `${what}; last drawn ${JSON.stringify(preview.lastDrawn)}`);
    const file = examplesUri('merge-preview-test.inmail');
    const csv = examplesUri('merge-preview-test.csv');
    const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write(csv, 'name,company\nAnn Lee,Acme\n');
    await write(file, 'Subject: Hello {{company}}\n\nHi {{name}}, would a short call next week help?\n');
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      const editor = await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('inmail.previewRecipient');
      await drawn((d) => d.name === 'Ann Lee' && d.subject === 'Hello Acme', 'the CSV beside the draft, rendered');
      await editor.edit((e) => e.replace(new vscode.Range(0, 9, 0, 14), 'Greetings'));
      await drawn((d) => d.subject === 'Greetings Acme', 'the typed subject');
      await write(csv, 'name,company\nZed Quinn,Initech\n');
      await drawn((d) => d.name === 'Zed Quinn' && d.subject === 'Greetings Initech', 'the changed CSV');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(file);
      await vscode.workspace.fs.delete(csv);
    }
  });
});
