/**
 * The InMail language server in a browser's web worker (vscode.dev, github.dev, code-server's web
 * extension host): the same work as under Node (lsp/serve.ts), over the worker's messages, reading
 * files through the editor (lsp/client-files.ts) since a worker has no disk.
 */
import { ClientFiles } from './lsp/client-files';
import { createWorkerConnection } from './lsp/library.browser';
import { MessageGate } from './lsp/message-gate';
import { RequestedCoachingData } from './lsp/requested-coaching-data';
import { serve } from './lsp/serve';

/** The worker's global scope, as far as this file uses it (the project builds without the DOM's types). */
declare const self: {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
};

const log = (line: string) => console.error(line);

const gate = new MessageGate(log);
const connection = createWorkerConnection(self, gate, (line) => log(`inmail: ${line}`));
self.addEventListener('unhandledrejection', (event) => log(`inmail: unhandled rejection: ${event.reason instanceof Error ? event.reason.stack : String(event.reason)}`));
serve(connection, gate, new ClientFiles(connection), log, new RequestedCoachingData(connection));
