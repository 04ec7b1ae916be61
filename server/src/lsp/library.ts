/**
 * Everything the server takes from vscode-languageserver, imported in this one place: the surface the
 * server depends on is one list, and the bundler wraps the CommonJS library once (a copy of its ~700
 * exports per importing file) instead of once per file.
 */
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
export type { CodeActionParams, CompletionItem, Connection, DataCallback, DocumentSymbol, Hover, InitializeResult, Message, MessageStrategy, Position, Range } from 'vscode-languageserver/node';
