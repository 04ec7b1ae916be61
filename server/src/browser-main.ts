/**
 * The InMail language server in a browser's web worker (vscode.dev, github.dev, code-server's web
 * extension host): the same work as under Node (lsp/serve.ts), over the worker's messages, reading
 * files through the editor (lsp/client-files.ts) since a worker has no disk.
 */
import { BrowserMessageReader, BrowserMessageWriter, type DataCallback, type Disposable } from 'vscode-jsonrpc/browser';
import { ClientFiles } from './lsp/client-files';
import { createConnection } from './lsp/library';
import { deliverSafely } from './lsp/deliver';
import { MessageGate } from './lsp/message-gate';
import { RequestedCoachingData } from './lsp/requested-coaching-data';
import { serve } from './lsp/serve';

/** The worker's global scope, as far as this file uses it (the project builds without the DOM's types). */
declare const self: { addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void };

const log = (line: string) => console.error(line);

/** Hands each message over inside a try, as the Node transports do (see lsp/transport.ts). */
class GuardedBrowserReader extends BrowserMessageReader {
  listen(callback: DataCallback): Disposable {
    return super.listen((message) => deliverSafely(callback, message, (line) => log(`inmail: ${line}`)));
  }
}

const gate = new MessageGate(log);
const connection = createConnection(new GuardedBrowserReader(self as never), new BrowserMessageWriter(self as never), { messageStrategy: gate });
self.addEventListener('unhandledrejection', (event) => log(`inmail: unhandled rejection: ${event.reason instanceof Error ? event.reason.stack : String(event.reason)}`));
serve(connection, gate, new ClientFiles(connection), log, new RequestedCoachingData(connection));
