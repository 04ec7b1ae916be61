/**
 * The client's side of the server's file requests (server/src/lsp/client-files.ts): the browser build's
 * server has no disk, so it reads through `vscode.workspace.fs`, which also reaches virtual file systems.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindFilesRequest, FindUpRequest, ReadTextFileRequest, type FindUpParams, type ReadTextFileParams, type ReadTextFileResult } from '../../server/src/protocol';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

/** The nearest file named `name` in the document's folder or above, up to the root of its file system. */
export async function findUp({ uri, name }: FindUpParams): Promise<string | null> {
  let dir = vscode.Uri.joinPath(vscode.Uri.parse(uri), '..');
  for (;;) {
    const candidate = vscode.Uri.joinPath(dir, name);
    if (await isFile(candidate)) return candidate.toString();
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.path === dir.path) return null;
    dir = parent;
  }
}

export async function readTextFile({ uri, maxBytes }: ReadTextFileParams): Promise<ReadTextFileResult> {
  try {
    const target = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(target);
    if ((stat.type & vscode.FileType.File) === 0) return { error: 'not a file' };
    if (stat.size > maxBytes) return { error: `larger than ${maxBytes} bytes` };
    // Not strict UTF-8, as the Node server reads drafts for the estimate: a stray byte should not hide one.
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(target)) };
  } catch (error) {
    return { error: errorText(error) };
  }
}

/** Answers the server's file requests for as long as the client runs. */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(FindUpRequest, findUp),
    client.onRequest(ReadTextFileRequest, readTextFile),
    client.onRequest(FindFilesRequest, async ({ folderUri, include, exclude }) => {
      const folder = vscode.Uri.parse(folderUri);
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), new vscode.RelativePattern(folder, exclude));
      return found.map((u) => u.toString());
    }),
  ];
}
