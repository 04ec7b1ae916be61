/**
 * library.ts for the browser build (scripts/build.mjs swaps it in): the same names, made from a small
 * JSON-RPC (json-rpc.browser.ts) and a few protocol constants instead of vscode-languageserver, whose
 * every feature, request type and helper (about 180 KB with vscode-jsonrpc, of the web server's 300 KB
 * budget) would load with the first one. The connection does what the server asks of one (library.ts's
 * Connection) and no more: the Node server, which other editors start too, keeps the full library.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createWorkerRpc, Disposable, ErrorCodes, ResponseError, type MessageStrategy, type WorkerPort } from './json-rpc.browser';
import type { Connection } from './library';

export type { CodeActionParams, CompletionItem, DataCallback, DocumentSymbol, Hover, InitializeResult, Message, MessageStrategy, Position, Range } from './library';
export type { Connection };
export { Disposable, ErrorCodes, ResponseError };

// The protocol's values, as LSP 3.17 fixes them (vscode-languageserver-protocol defines the same).
export const CodeActionKind = { QuickFix: 'quickfix', SourceFixAll: 'source.fixAll' } as const;
export const CompletionItemKind = { Property: 10, EnumMember: 20 } as const;
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export const DocumentDiagnosticReportKind = { Full: 'full', Unchanged: 'unchanged' } as const;
export const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 } as const;
export const MarkupKind = { PlainText: 'plaintext', Markdown: 'markdown' } as const;
export const SymbolKind = { Module: 2, String: 15 } as const;
export const TextDocumentSyncKind = { None: 0, Full: 1, Incremental: 2 } as const;
export const TextEdit = { replace: (range: unknown, newText: string) => ({ range, newText }) };
export const DidChangeConfigurationNotification = { type: { method: 'workspace/didChangeConfiguration' } };

type Handler = (...args: never[]) => unknown;
const LOG_ERROR = 1;

/** A connection over a web worker's messages, with the LSP methods the server uses. */
export function createWorkerConnection(port: WorkerPort, strategy: MessageStrategy, log: (line: string) => void): Connection {
  const rpc = createWorkerRpc(port, strategy, log);
  const request = (method: string) => (handler: Handler) => rpc.onRequest(method, handler as never);
  const notification = (method: string) => (handler: Handler) => rpc.onNotification(method, handler as never);
  let registrations = 0;
  // A client sends shutdown, then exit; a worker has no process to end, so the connection just closes.
  rpc.onRequest('shutdown', () => null);
  rpc.onNotification('exit', () => rpc.dispose());
  const connection = {
    onInitialize: request('initialize'),
    onInitialized: notification('initialized'),
    onRequest: (type: string | { method: string }, handler: Handler) => rpc.onRequest(typeof type === 'string' ? type : type.method, handler as never),
    sendRequest: (type: string | { method: string }, params?: unknown) => rpc.sendRequest(typeof type === 'string' ? type : type.method, params),
    sendNotification: (type: string | { method: string }, params?: unknown) => rpc.sendNotification(typeof type === 'string' ? type : type.method, params),
    sendDiagnostics: (params: unknown) => rpc.sendNotification('textDocument/publishDiagnostics', params),
    onDidChangeConfiguration: notification('workspace/didChangeConfiguration'),
    onDidChangeWatchedFiles: notification('workspace/didChangeWatchedFiles'),
    onDidOpenTextDocument: notification('textDocument/didOpen'),
    onDidChangeTextDocument: notification('textDocument/didChange'),
    onDidCloseTextDocument: notification('textDocument/didClose'),
    // TextDocuments' type asks for these; the server registers for no save events, so none arrive.
    onWillSaveTextDocument: notification('textDocument/willSave'),
    onWillSaveTextDocumentWaitUntil: request('textDocument/willSaveWaitUntil'),
    onDidSaveTextDocument: notification('textDocument/didSave'),
    onCodeAction: request('textDocument/codeAction'),
    onHover: request('textDocument/hover'),
    onDocumentSymbol: request('textDocument/documentSymbol'),
    onCompletion: request('textDocument/completion'),
    listen: () => rpc.listen(),
    client: {
      register: (type: { method: string }, registerOptions?: unknown) =>
        rpc.sendRequest('client/registerCapability', { registrations: [{ id: `inmail-${++registrations}`, method: type.method, registerOptions }] }).then(() => Disposable.create(() => {})),
    },
    workspace: {
      getConfiguration: (item: string | { scopeUri?: string; section?: string }) =>
        rpc.sendRequest('workspace/configuration', { items: [typeof item === 'string' ? { section: item } : item] }).then((values) => (values as unknown[])[0]),
    },
    languages: {
      diagnostics: {
        on: request('textDocument/diagnostic'),
        refresh: () => rpc.sendRequest('workspace/diagnostic/refresh'),
      },
    },
    console: { error: (message: string) => void rpc.sendNotification('window/logMessage', { type: LOG_ERROR, message }) },
  } satisfies Record<keyof Connection, unknown>;
  return connection as unknown as Connection;
}

type DocumentEvent = { document: TextDocument };
type Listener = (event: DocumentEvent) => void;

/** The documents the client has open, kept in step with its edits (vscode-languageserver's TextDocuments, as far as the server uses it). */
export class TextDocuments {
  private readonly documents = new Map<string, TextDocument>();
  private readonly changed: Listener[] = [];
  private readonly closed: Listener[] = [];

  constructor(private readonly kind: { create(uri: string, languageId: string, version: number, text: string): TextDocument; update(doc: TextDocument, changes: unknown[], version: number): TextDocument }) {}

  onDidChangeContent(listener: Listener): Disposable {
    this.changed.push(listener);
    return Disposable.create(() => this.changed.splice(this.changed.indexOf(listener), 1));
  }

  onDidClose(listener: Listener): Disposable {
    this.closed.push(listener);
    return Disposable.create(() => this.closed.splice(this.closed.indexOf(listener), 1));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  listen(connection: Connection): Disposable {
    const fire = (listeners: Listener[], document: TextDocument) => {
      const event = Object.freeze({ document });
      for (const listener of [...listeners]) listener(event);
    };
    type Doc = { uri: string; languageId: string; version: number; text: string };
    const subscriptions = [
      connection.onDidOpenTextDocument(({ textDocument: td }: { textDocument: Doc }) => {
        const document = this.kind.create(td.uri, td.languageId, td.version, td.text);
        this.documents.set(td.uri, document);
        fire(this.changed, document);
      }),
      connection.onDidChangeTextDocument(({ textDocument: td, contentChanges }: { textDocument: { uri: string; version: number }; contentChanges: unknown[] }) => {
        if (contentChanges.length === 0) return;
        if (td.version === null || td.version === undefined) throw new Error(`Received document change event for ${td.uri} without valid version identifier`);
        const synced = this.documents.get(td.uri);
        if (synced === undefined) return;
        const document = this.kind.update(synced, contentChanges, td.version);
        this.documents.set(td.uri, document);
        fire(this.changed, document);
      }),
      connection.onDidCloseTextDocument(({ textDocument }: { textDocument: { uri: string } }) => {
        const synced = this.documents.get(textDocument.uri);
        if (synced === undefined) return;
        this.documents.delete(textDocument.uri);
        fire(this.closed, synced);
      }),
    ];
    return Disposable.create(() => subscriptions.forEach((s) => s.dispose()));
  }
}
