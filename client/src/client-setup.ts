/**
 * The client's options, its crash policy, and the wiring of the server's notifications and requests, for
 * the one client both hosts run (browser-client.ts); only how the server is started differs.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { ConnectionNoteEditRequest, CreditEstimateNotification, DocumentStatsNotification, GetCreditBreakdownRequest, RecipientPreviewRequest, type CreditEstimateParams, type DocumentStatsParams } from '../../server/src/protocol';
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

export function clientOptions(extra: Partial<LanguageClientOptions> = {}): LanguageClientOptions {
  return {
    documentSelector: [{ language: 'inmail' }],
    // Settings are pulled (workspace/configuration) per draft; the server registers for their changes itself.
    synchronize: {
      // CSVs: a draft's recipients list; the server re-lints the drafts that read the one that changed.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.inmailrc.json'), vscode.workspace.createFileSystemWatcher('**/*.inmail'), vscode.workspace.createFileSystemWatcher('**/*.{csv,tsv}')],
    },
    errorHandler: restartOnCrash(),
    ...extra,
  };
}

/** Where the server's notifications go. */
export interface ClientListeners {
  onStats(params: DocumentStatsParams): void;
  onCredits(params: CreditEstimateParams): void;
}

export interface StartedClient {
  client: BaseLanguageClient;
  requests: ServerRequests;
  /** Settles once the server is up (or could not start, which the writer has then been told). */
  ready: Promise<void>;
}

/** Connects the listeners, starts the client, and says what went wrong if the server could not start. */
export function startClient(client: BaseLanguageClient, context: vscode.ExtensionContext, listeners: ClientListeners): StartedClient {
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
    recipientPreview: (uri, row) => client.sendRequest(RecipientPreviewRequest, { uri, row }),
  };
  const ready = client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The InMail language server could not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { client, requests, ready };
}
