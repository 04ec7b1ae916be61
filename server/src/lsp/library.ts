/**
 * Everything the server takes from its LSP libraries, imported in this one place: the surface the server
 * depends on is one list. JSON-RPC and the Node transports are vscode-jsonrpc's; the connection on top is
 * the server's own (connection.ts), which the browser build shares (library.browser.ts). Under Node it does
 * what vscode-languageserver's did for a server process: exit on `exit` (0 after shutdown, else 1), and
 * when the editor's process, named in initialize or by --clientProcessId, is gone.
 */
import type { Connection as LibraryConnection } from 'vscode-languageserver/node';
import {
  createMessageConnection,
  createServerPipeTransport,
  createServerSocketTransport,
  ResponseError,
  type ConnectionOptions,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-jsonrpc/node';
import { lspConnection, type Rpc } from './connection';

export { AbstractMessageReader, AbstractMessageWriter, Disposable, ErrorCodes, IPCMessageReader, IPCMessageWriter, ResponseError } from 'vscode-jsonrpc/node';
export type { DataCallback, Message, MessageStrategy, MessageWriter } from 'vscode-jsonrpc/node';
export type { CodeAction, CodeActionParams, CompletionItem, Diagnostic, DiagnosticRelatedInformation, DocumentSymbol, Hover, InitializeResult, Position, Range } from 'vscode-languageserver-protocol';
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

/** The part of vscode-languageserver's connection the server uses: what connection.ts implements. */
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

/** A ResponseError of another JSON-RPC (json-rpc.browser.ts's): a code, a message and toJson(). */
function isResponseErrorShape(error: unknown): error is { code: number; message: string; data?: unknown } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number' && typeof (error as { toJson?: unknown }).toJson === 'function';
}

const WATCH_MS = 3000;
let watching = false;

/** Exits once process `pid` (the editor) is gone: a server nobody can reach must not live on. */
function watchParent(pid: number, shutdownReceived: () => boolean): void {
  if (watching) return;
  watching = true;
  setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch {
      process.exit(shutdownReceived() ? 0 : 1);
    }
  }, WATCH_MS);
}

/** The value of `--name value` or `--name=value` on the command line. */
function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return undefined;
}

/** Over `reader` and `writer`, or else the socket or pipe the command line names (--socket, --pipe). */
export function createConnection(reader: MessageReader | undefined, writer: MessageWriter | undefined, options: ConnectionOptions): Connection {
  if (!reader || !writer) {
    const port = Number.parseInt(argument('--socket') ?? '', 10);
    const pipe = argument('--pipe');
    if (port) [reader, writer] = createServerSocketTransport(port);
    else if (pipe) [reader, writer] = createServerPipeTransport(pipe);
    else throw new Error("Connection input stream is not set. Use arguments of createConnection or set command line parameters: '--node-ipc', '--stdio' or '--socket={number}'");
  }
  const rpc = createMessageConnection(reader, writer, undefined, options);
  // The server's work runs in the web bundle (scripts/core-for-node.mjs), whose errors are json-rpc.browser.ts's
  // ResponseError: vscode-jsonrpc answers only its own with their code, any other error as an internal one.
  const onRequest = rpc.onRequest.bind(rpc) as unknown as Rpc['onRequest'];
  const asOwnError = (error: unknown) => (isResponseErrorShape(error) && !(error instanceof ResponseError) ? new ResponseError(error.code, error.message, error.data) : error);
  const answering = Object.assign(Object.create(rpc) as MessageConnection, {
    onRequest: (method: string, handler: (...params: never[]) => unknown) =>
      onRequest(method, (...params: never[]) => {
        try {
          const result = handler(...params);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(asOwnError(error))) : result;
        } catch (error) {
          throw asOwnError(error);
        }
      }),
  });
  let shutdown = () => false;
  const clientProcessId = Number.parseInt(argument('--clientProcessId') ?? '', 10);
  if (!Number.isNaN(clientProcessId)) watchParent(clientProcessId, () => shutdown());
  // Its overloads take a method's name as one of their forms, which is the form connection.ts uses.
  return lspConnection(answering as unknown as Rpc, {
    initialize: ({ processId }, shutdownReceived) => {
      shutdown = shutdownReceived;
      if (typeof processId === 'number') watchParent(processId, shutdownReceived);
    },
    exit: (shutdownReceived) => {
      rpc.dispose();
      process.exit(shutdownReceived ? 0 : 1);
    },
  });
}
