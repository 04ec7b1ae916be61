/** Starts the bundled InMail language server and shows what it reports. All analysis lives in the server. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
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

export function activate(context: vscode.ExtensionContext): InmailApi {
  const started = performance.now();
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'inmail' }],
    synchronize: {
      configurationSection: 'inmail',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.inmailrc.json'), vscode.workspace.createFileSystemWatcher('**/*.inmail')],
    },
  };
  client = new LanguageClient('inmail', 'InMail', serverOptions, clientOptions);
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
    client.onDidChangeState((e) => {
      // The client restarts a crashed server on its own; say so once, not on every retry.
      if (e.oldState === State.Running && e.newState === State.Stopped) void vscode.window.showWarningMessage('The InMail language server stopped; VS Code is restarting it.');
    }),
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
