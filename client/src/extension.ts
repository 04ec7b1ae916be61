/** Starts the bundled InMail language server and shows what it reports. All analysis lives in the server. */
import * as path from 'node:path';
import SERVER_NODE_FLAGS from '../../server/launcher/node-flags.json';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CreditEstimateNotification, DocumentStatsNotification } from '../../server/src/protocol';
import { convertToConnectionRequest, newDraftFromTemplate } from './commands';
import { CreditStatus, CREDIT_VIEW_SCHEME } from './credits';
import { Gauge } from './gauge';

let client: LanguageClient | undefined;

/** What the extension exposes to its own tests (and to other extensions): read-only views of its state. */
export interface InmailApi {
  gauge: Gauge;
  credits: CreditStatus;
  client: LanguageClient;
  /** Resolves once the language server is up. */
  ready: Promise<void>;
  /** How long activate() took, in milliseconds (the server starts after it returns). */
  activationMs: number;
}

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

export function activate(context: vscode.ExtensionContext): InmailApi {
  const started = performance.now();
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The same V8 flags the server's shebang carries (see scripts/build.mjs): they keep its memory flat and low.
  const execArgv = [...SERVER_NODE_FLAGS];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'inmail' }],
    synchronize: {
      configurationSection: 'inmail',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.inmailrc.json'), vscode.workspace.createFileSystemWatcher('**/*.inmail')],
    },
  };
  client = new LanguageClient('inmail', 'InMail', serverOptions, { ...clientOptions, errorHandler: restartOnCrash() });
  const gauge = new Gauge();
  const credits = new CreditStatus(client);
  const updateConvertContext = () => {
    const editor = vscode.window.activeTextEditor;
    const stats = editor && gauge.statsFor(editor.document.uri);
    void vscode.commands.executeCommand('setContext', 'inmail.fitsConnectionNote', !!stats?.fitsConnectionNote);
  };
  context.subscriptions.push(
    client,
    gauge,
    credits,
    vscode.workspace.registerTextDocumentContentProvider(CREDIT_VIEW_SCHEME, credits),
    client.onNotification(DocumentStatsNotification, (params) => {
      gauge.update(params);
      updateConvertContext();
    }),
    client.onNotification(CreditEstimateNotification, (params) => credits.update(params)),
    vscode.window.onDidChangeActiveTextEditor(updateConvertContext),
    vscode.commands.registerCommand('inmail.newDraft', () => newDraftFromTemplate(context.extensionPath)),
    vscode.commands.registerCommand('inmail.convertToConnectionRequest', () => convertToConnectionRequest(client!)),
    vscode.commands.registerCommand('inmail.showCreditEstimate', () => credits.show()),
  );
  // Activation returns at once; the server starts behind it, so opening a draft never waits on a process spawn.
  const ready = client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(`The InMail language server could not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { gauge, credits, client, ready, activationMs: performance.now() - started };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
