/**
 * The language client. vscode-languageclient is most of the extension's code, so this is a bundle of its
 * own, loaded only after activation has returned (see extension.ts): the editor is never kept waiting on it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import SERVER_NODE_FLAGS from '../../server/launcher/node-flags.json';
import { ConnectionNoteEditRequest, CreditEstimateNotification, DocumentStatsNotification, GetCreditBreakdownRequest, type CreditEstimateParams, type DocumentStatsParams } from '../../server/src/protocol';
import type { ServerRequests } from './requests';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

/**
 * A crashed server is restarted, and the writer is told once. If it keeps crashing, it stays down with
 * one message saying so, rather than flashing a notification on every retry.
 */
function restartOnCrash(): ErrorHandler {
  let crashes: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
      if (crashes.length > MAX_RESTARTS) {
        return { action: CloseAction.DoNotRestart, message: `The InMail language server stopped ${crashes.length} times in ${RESTART_WINDOW_MS / 60_000} minutes and will not be restarted. Reload the window to try again; the Output panel (InMail) has its log.` };
      }
      if (!told) {
        told = true;
        return { action: CloseAction.Restart, message: 'The InMail language server stopped unexpectedly and was restarted.' };
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

/** Where the server's notifications go. */
export interface ClientListeners {
  onStats(params: DocumentStatsParams): void;
  onCredits(params: CreditEstimateParams): void;
}

export interface StartedClient {
  client: LanguageClient;
  requests: ServerRequests;
  /** Settles once the server is up (or could not start, which the writer has then been told). */
  ready: Promise<void>;
}

export function startLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): StartedClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The same V8 flags the server's shebang carries (see scripts/build.mjs): they keep its memory flat and low.
  const execArgv = [...SERVER_NODE_FLAGS];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'inmail' }],
    // Settings are pulled (workspace/configuration) per draft; the server registers for their changes itself.
    synchronize: {
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.inmailrc.json'), vscode.workspace.createFileSystemWatcher('**/*.inmail')],
    },
    errorHandler: restartOnCrash(),
  };
  const client = new LanguageClient('inmail', 'InMail', serverOptions, clientOptions);
  context.subscriptions.push(
    client,
    client.onNotification(DocumentStatsNotification, (params) => listeners.onStats(params)),
    client.onNotification(CreditEstimateNotification, (params) => listeners.onCredits(params)),
  );
  const requests: ServerRequests = {
    creditBreakdown: () => client.sendRequest(GetCreditBreakdownRequest),
    connectionNoteEdit: async (uri) => {
      const edits = await client.sendRequest(ConnectionNoteEditRequest, { uri });
      return edits.map((e) => ({ range: client.protocol2CodeConverter.asRange(e.range), newText: e.newText }));
    },
  };
  const ready = client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The InMail language server could not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { client, requests, ready };
}
