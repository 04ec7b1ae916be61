/**
 * The client's side of the browser server's data requests (server/src/lsp/requested-coaching-data.ts, and
 * its mail-merge code: server/src/lsp/merge-code.ts): a file of the extension, read where the extension is
 * served from. On vscode.dev and github.dev that is an https URL, which fetch reads; in code-server a
 * vscode-remote URI, which workspace.fs reads.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExtensionDataRequest, type ExtensionDataParams, type ReadTextFileResult } from '../../server/src/protocol';

/** The web extension host's fetch, as far as this file uses it (the project builds without the DOM's types). */
declare const fetch: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

// Only the data folder's own files and the web server's merge code: the request names a path, and no path may climb out of them.
const DATA_PATH = /^(data\/[a-z0-9-]+\.(txt|json)|merge\.js)$/;

export async function readExtensionData(extensionUri: vscode.Uri, { path }: ExtensionDataParams): Promise<ReadTextFileResult> {
  if (!DATA_PATH.test(path)) return { error: `not a data file of the extension: ${path}` };
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', ...path.split('/'));
  try {
    if (uri.scheme === 'http' || uri.scheme === 'https') {
      const response = await fetch(uri.toString(true));
      return response.ok ? { text: await response.text() } : { error: `HTTP ${response.status}` };
    }
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function serveExtensionData(client: BaseLanguageClient, extensionUri: vscode.Uri): vscode.Disposable {
  return client.onRequest(ExtensionDataRequest, (params) => readExtensionData(extensionUri, params));
}
