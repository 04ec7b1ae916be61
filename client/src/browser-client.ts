/**
 * The language client, in both extension hosts: in a browser (vscode.dev, github.dev, code-server's web
 * extension host) its server is the web build in a worker (dist/web/server.js), answered its file requests
 * with workspace.fs; under Node (desktop) it is dist/server.js in a child process made to look like a worker
 * (server-process.ts), which reads the disk itself. One client for both: vscode-languageclient is most of the
 * extension's code, and the package carries it once (dist/web/extension.js).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { clientOptions, startClient, type ClientListeners, type StartedClient } from './client-setup';
import { serveExtensionData } from './extension-data';
import { serveWorkspaceFiles } from './workspace-files';

/** What the client needs of its server: a web worker, or a Node server process in a worker's shape (server-process.ts). */
export interface ServerWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
  /** Called when the server ends without being asked (a crash), so the client restarts it; a worker never does. */
  onUnexpectedExit?(listener: () => void): void;
  /** Where the server's log (a process's stderr) goes: the client's output channel. A worker logs to the console. */
  logTo?(append: (text: string) => void): void;
}

/** The web worker's global constructors, as far as this file uses them (the project builds without the DOM's types). */
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * VS Code's extension host starts a worker from an http(s) URL itself, but refuses a vscode-remote one
 * (code-server, Codespaces): the script is read through the file system and started from a blob URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (script.scheme === 'http' || script.scheme === 'https') return new Worker(script.toString(true), { name: 'InMail language server' });
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })), { name: 'InMail language server' });
}

/** The browser's LanguageClient on any ServerWorker: a server that ends on its own closes the connection, as a crashed process does. */
class WorkerClient extends LanguageClient {
  constructor(
    private readonly worker: ServerWorker,
    options: ReturnType<typeof clientOptions>,
  ) {
    super('inmail', 'InMail', worker as never, options);
  }

  protected override createMessageTransports(): Promise<MessageTransports> {
    const reader = new BrowserMessageReader(this.worker as never);
    const writer = new BrowserMessageWriter(this.worker as never);
    // fireClose is the reader's own way to say the other end has gone; the client then restarts the server.
    this.worker.onUnexpectedExit?.(() => (reader as unknown as { fireClose(): void }).fireClose());
    return Promise.resolve({ reader, writer });
  }
}

/** In a browser: the web server in a worker. */
export async function startLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): Promise<StartedClient> {
  return startWorkerClient(context, listeners, await serverWorker(context), {
    // The rule docs ship in the extension; the worker's server cannot know where the extension is served from.
    ruleDocsUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
  });
}

/** The client on `worker`; the Node host (load-client.ts) calls this with its server process. */
export function startWorkerClient(context: vscode.ExtensionContext, listeners: ClientListeners, worker: ServerWorker, initializationOptions?: object): StartedClient {
  const client = new WorkerClient(worker, clientOptions({ initializationOptions }));
  worker.logTo?.((text) => client.outputChannel.append(text));
  context.subscriptions.push(...serveWorkspaceFiles(client), serveExtensionData(client, context.extensionUri));
  const started = startClient(client, context, listeners);
  // The client stops its server but leaves the worker to whoever made it: ended after the client (deactivate stops it first).
  context.subscriptions.push({ dispose: () => worker.terminate() });
  return started;
}
