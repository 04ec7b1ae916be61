/**
 * library.ts for the browser build (scripts/build.mjs swaps it in): the same names, the connection made on
 * json-rpc.browser.ts, the worker's own small JSON-RPC (vscode-jsonrpc is 57 KB of a 300 KB budget).
 */
import { lspConnection } from './connection';
import { createWorkerRpc, type MessageStrategy, type WorkerPort } from './json-rpc.browser';
import type { Connection } from './library';

export type { CodeAction, CodeActionParams, CompletionItem, DataCallback, Diagnostic, DiagnosticRelatedInformation, DocumentSymbol, Hover, InitializeResult, Message, MessageStrategy, Position, Range } from './library';
export type { Connection };
export { Disposable, ErrorCodes, ResponseError } from './json-rpc.browser';
export {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  MarkupKind,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
} from './connection';

/** A connection over a web worker's messages. A worker has no process to end or parent to watch: exit closes it. */
export function createWorkerConnection(port: WorkerPort, strategy: MessageStrategy, log: (line: string) => void): Connection {
  const rpc = createWorkerRpc(port, strategy, log);
  return lspConnection(rpc, { initialize: () => undefined, exit: () => rpc.dispose() });
}
