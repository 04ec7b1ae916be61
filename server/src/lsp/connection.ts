/**
 * The LSP connection the server runs on, in both builds: the protocol's few values it uses, its open
 * documents, and the methods of library.ts's Connection, made on plain JSON-RPC. vscode-languageserver,
 * which this replaces, loads every feature, request type and helper of the protocol with the first one
 * (about 120 KB of code, 2.5 MB of a Node server's memory); the server uses a dozen methods.
 */
import type { DidChangeConfigurationNotification as ProtocolNotification, Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from './library';

interface Disposable {
  dispose(): void;
}

// The protocol's values, as LSP 3.17 fixes them (vscode-languageserver-protocol defines the same).
export const CodeActionKind = { QuickFix: 'quickfix', SourceFixAll: 'source.fixAll' } as const;
export const CompletionItemKind = { Field: 5, Property: 10, EnumMember: 20 } as const;
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];
export const DocumentDiagnosticReportKind = { Full: 'full', Unchanged: 'unchanged' } as const;
export const FileChangeType = { Created: 1, Changed: 2, Deleted: 3 } as const;
export const MarkupKind = { PlainText: 'plaintext', Markdown: 'markdown' } as const;
export const SymbolKind = { Module: 2, String: 15 } as const;
export const TextDocumentSyncKind = { None: 0, Full: 1, Incremental: 2 } as const;
export const TextEdit = { replace: (range: Range, newText: string) => ({ range, newText }) };
// Typed as the protocol's, for Connection.client.register; the method is all the connection reads of it.
export const DidChangeConfigurationNotification = { type: { method: 'workspace/didChangeConfiguration' } as unknown as typeof ProtocolNotification.type };

type Handler = (...args: never[]) => unknown;

declare const crypto: { getRandomValues(bytes: Uint8Array): Uint8Array } | undefined;

/** A version 4 UUID, as registrations are named: getRandomValues is in Node and every worker (randomUUID only in secure contexts). */
function uuid(): string {
  const bytes = new Uint8Array(16);
  if (typeof crypto !== 'undefined') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const LOG_ERROR = 1;

/** The JSON-RPC a connection is made on: vscode-jsonrpc's under Node, json-rpc.browser.ts's in a worker. */
export interface Rpc {
  onRequest(method: string, handler: Handler): Disposable;
  onNotification(method: string, handler: Handler): Disposable;
  sendRequest(method: string, params?: unknown): Promise<unknown>;
  sendNotification(method: string, params?: unknown): Promise<void>;
  listen(): void;
}

/** What the host does at the protocol's turns: a Node server watches its editor's process and exits; a worker just closes. */
export interface Lifecycle {
  /** `shutdownReceived` tells, when asked later, whether shutdown has come. */
  initialize(params: { processId?: unknown }, shutdownReceived: () => boolean): void;
  /** `shutdownReceived`: whether shutdown came first, as an orderly exit does (Node's exit code 0, else 1). */
  exit(shutdownReceived: boolean): void;
}

/** A connection with the LSP methods the server uses (library.ts's Connection), on `rpc`. */
export function lspConnection(rpc: Rpc, lifecycle: Lifecycle): Connection {
  const request = (method: string) => (handler: Handler) => rpc.onRequest(method, handler as never);
  const notification = (method: string) => (handler: Handler) => rpc.onNotification(method, handler as never);
  let shutdownReceived = false;
  rpc.onRequest('shutdown', () => {
    shutdownReceived = true;
    return null;
  });
  rpc.onNotification('exit', () => lifecycle.exit(shutdownReceived));
  const connection = {
    onInitialize: (handler: (params: { processId?: unknown }) => unknown) =>
      rpc.onRequest('initialize', (params: { processId?: unknown }) => {
        lifecycle.initialize(params, () => shutdownReceived);
        return handler(params);
      }),
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
        rpc.sendRequest('client/registerCapability', { registrations: [{ id: uuid(), method: type.method, registerOptions }] }).then(() => ({ dispose() {} })),
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
    return { dispose: () => void this.changed.splice(this.changed.indexOf(listener), 1) };
  }

  onDidClose(listener: Listener): Disposable {
    this.closed.push(listener);
    return { dispose: () => void this.closed.splice(this.closed.indexOf(listener), 1) };
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
    return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
  }
}
