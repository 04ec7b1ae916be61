/**
 * The InMail language server in a browser's web worker (vscode.dev, github.dev, code-server's web
 * extension host): the same work as under Node (lsp/serve.ts), over the worker's messages, reading
 * files through the editor (lsp/client-files.ts) since a worker has no disk. The Node server loads this
 * bundle too, as its core (server/launcher/load-bundle.cjs): there it serves nothing itself, and hands
 * what its own bundle imports (core-for-node.ts) to the object `inmailCore` it finds.
 */
import { CORE_FOR_NODE } from './core-for-node';
import { ClientFiles } from './lsp/client-files';
import { createWorkerConnection } from './lsp/library.browser';
import { setMergeCodeSource } from './lsp/merge-code';
import { MessageGate } from './lsp/message-gate';
import { RequestedCoachingData } from './lsp/requested-coaching-data';
import { serve } from './lsp/serve';
import { ExtensionDataRequest } from './protocol';

/** The worker's global scope, as far as this file uses it (the project builds without the DOM's types). */
declare const self: {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
};
/** Set (to an empty object) by the Node server before it loads this bundle; a worker has none. */
declare const inmailCore: object | undefined;

const log = (line: string) => console.error(line);
/** In the extension's dist/, which the Node server reads too (scripts/merge-chunk.mjs writes it). */
const MERGE_CHUNK = 'merge.js';

function serveInWorker(): void {
  const gate = new MessageGate(log);
  const connection = createWorkerConnection(self, gate, (line) => log(`inmail: ${line}`));
  self.addEventListener('unhandledrejection', (event) => log(`inmail: unhandled rejection: ${event.reason instanceof Error ? event.reason.stack : String(event.reason)}`));
  // The mail-merge code is a file of the extension like the coaching data, asked of the client the first time a draft has recipients.
  setMergeCodeSource({
    async: () => connection.sendRequest(ExtensionDataRequest, { path: MERGE_CHUNK }).then((read) => {
      if ('error' in read) throw new Error(`cannot read ${MERGE_CHUNK}: ${read.error}`);
      return read.text;
    }),
  });
  serve(connection, gate, new ClientFiles(connection), log, new RequestedCoachingData(connection));
}

if (typeof inmailCore === 'object') Object.assign(inmailCore, CORE_FOR_NODE);
else serveInWorker();
