/**
 * Everything the server takes from vscode-languageserver, imported in this one place: the surface the
 * server depends on is one list, and the bundler wraps the CommonJS library once (a copy of its ~700
 * exports per importing file) instead of once per file. The browser build swaps in library.browser.ts,
 * which makes the same names from JSON-RPC alone.
 */
import type { Connection as LibraryConnection } from 'vscode-languageserver/node';

export {
  AbstractMessageReader,
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  Disposable,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  IPCMessageReader,
  IPCMessageWriter,
  MarkupKind,
  ResponseError,
  StreamMessageWriter,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
  TextEdit,
} from 'vscode-languageserver/node';
export type { CodeActionParams, CompletionItem, DataCallback, DocumentSymbol, Hover, InitializeResult, Message, MessageStrategy, Position, Range } from 'vscode-languageserver/node';

/** The part of the library's connection the server uses: exactly what library.browser.ts implements. */
export type Connection = Pick<
  LibraryConnection,
  | 'onInitialize'
  | 'onInitialized'
  | 'onRequest'
  | 'sendRequest'
  | 'sendNotification'
  | 'sendDiagnostics'
  | 'onDidChangeConfiguration'
  | 'onDidChangeWatchedFiles'
  | 'onDidOpenTextDocument'
  | 'onDidChangeTextDocument'
  | 'onDidCloseTextDocument'
  | 'onWillSaveTextDocument'
  | 'onWillSaveTextDocumentWaitUntil'
  | 'onDidSaveTextDocument'
  | 'onCodeAction'
  | 'onHover'
  | 'onDocumentSymbol'
  | 'onCompletion'
  | 'listen'
> & {
  client: Pick<LibraryConnection['client'], 'register'>;
  workspace: Pick<LibraryConnection['workspace'], 'getConfiguration'>;
  languages: { diagnostics: Pick<LibraryConnection['languages']['diagnostics'], 'on' | 'refresh'> };
  console: Pick<LibraryConnection['console'], 'error'>;
};
