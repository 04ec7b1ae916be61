/**
 * The language client in a browser (vscode.dev, github.dev, code-server's web extension host): the same
 * server, built for a web worker (dist/web/server.js), answering its file requests with workspace.fs.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient, type ClientListeners, type StartedClient } from './client-setup';
import { serveExtensionData } from './extension-data';
import { serveWorkspaceFiles } from './workspace-files';

/** The web worker's global constructors, as far as this file uses them (the project builds without the DOM's types). */
interface WebWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * VS Code's extension host starts a worker from an http(s) URL itself, but refuses a vscode-remote one
 * (code-server, Codespaces): the script is read through the file system and started from a blob URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<WebWorker> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (script.scheme === 'http' || script.scheme === 'https') return new Worker(script.toString(true), { name: 'InMail language server' });
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })), { name: 'InMail language server' });
}

export async function startLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): Promise<StartedClient> {
  const worker = await serverWorker(context);
  const options = clientOptions({
    // The rule docs ship in the extension; the worker's server cannot know where the extension is served from.
    initializationOptions: { ruleDocsUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
  });
  const client = new LanguageClient('inmail', 'InMail', worker as ConstructorParameters<typeof LanguageClient>[2], options);
  context.subscriptions.push(...serveWorkspaceFiles(client), serveExtensionData(client, context.extensionUri));
  const started = startClient(client, context, listeners);
  // The client stops its server but leaves the worker to whoever made it: ended after the client (deactivate stops it first).
  context.subscriptions.push({ dispose: () => worker.terminate() });
  return started;
}
