/** The InMail commands. Each one edits only when the writer runs it, and only through the editor. */
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { ServerRequests } from './requests';

interface Snippet {
  prefix: string;
  description?: string;
  body: string | string[];
}

/** The templates are the contributed snippets themselves, so the command and the snippets never drift apart. */
export async function loadTemplates(extensionUri: vscode.Uri): Promise<Snippet[]> {
  // Through workspace.fs, not the disk: in a browser the extension is served, not installed on disk.
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'inmail.code-snippets')));
  return Object.values(parse(text) as Record<string, Snippet>);
}

export async function newDraftFromTemplate(extensionUri: vscode.Uri): Promise<void> {
  const templates = await loadTemplates(extensionUri);
  const picked = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.prefix.replace(/^inmail-/, ''), description: t.description, template: t })),
    { title: 'New InMail draft from template', placeHolder: 'Pick a template: Tab moves between the blanks' },
  );
  if (!picked) return;
  const doc = await vscode.workspace.openTextDocument({ language: 'inmail', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  const body = Array.isArray(picked.template.body) ? picked.template.body.join('\n') : picked.template.body;
  await editor.insertSnippet(new vscode.SnippetString(body));
}

export async function convertToConnectionRequest(server: Promise<ServerRequests>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'inmail') {
    void vscode.window.showInformationMessage('Open an .inmail draft to convert it to a connection request.');
    return;
  }
  const uri = editor.document.uri.toString();
  const edits = await (await server).connectionNoteEdit(uri);
  if (edits.length === 0) {
    void vscode.window.showInformationMessage('This draft is already a connection request.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(editor.document.uri, e.range, e.newText);
  await vscode.workspace.applyEdit(edit);
}
