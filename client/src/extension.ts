/** Starts the bundled InMail language server and shows what it reports. All analysis lives in the server. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { convertToConnectionRequest, newDraftFromTemplate } from './commands';
import { CreditStatus, CREDIT_VIEW_SCHEME } from './credits';
import { Gauge } from './gauge';
import { RecipientPreviewPanel } from './preview';
import type { StartedClient } from './client-setup';
import { loadLanguageClient } from './load-client';
import type { ServerRequests } from './requests';

let started: StartedClient | undefined;

/** What the extension exposes to its own tests (and to other extensions): read-only views of its state. */
export interface InmailApi {
  gauge: Gauge;
  credits: CreditStatus;
  preview: RecipientPreviewPanel;
  /** Resolves once the language server is up, with the client that talks to it. */
  ready: Promise<BaseLanguageClient | undefined>;
  /** How long activate() took, in milliseconds (the language client loads and the server starts after it returns). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): InmailApi {
  const activating = performance.now();
  let connected!: (requests: ServerRequests) => void;
  const server = new Promise<ServerRequests>((resolve) => (connected = resolve));
  const gauge = new Gauge();
  const credits = new CreditStatus(server);
  const preview = new RecipientPreviewPanel(server);
  const updateConvertContext = () => {
    const editor = vscode.window.activeTextEditor;
    const stats = editor && gauge.statsFor(editor.document.uri);
    void vscode.commands.executeCommand('setContext', 'inmail.fitsConnectionNote', !!stats?.fitsConnectionNote);
  };
  context.subscriptions.push(
    gauge,
    credits,
    preview,
    vscode.workspace.registerTextDocumentContentProvider(CREDIT_VIEW_SCHEME, credits),
    vscode.window.onDidChangeActiveTextEditor(updateConvertContext),
    vscode.commands.registerCommand('inmail.newDraft', () => newDraftFromTemplate(context.extensionUri)),
    vscode.commands.registerCommand('inmail.convertToConnectionRequest', () => convertToConnectionRequest(server)),
    vscode.commands.registerCommand('inmail.showCreditEstimate', () => credits.show()),
    vscode.commands.registerCommand('inmail.previewRecipient', () => preview.show()),
    // stop and start, not restart(): the browser's client (BaseLanguageClient) has no restart().
    vscode.commands.registerCommand('inmail.restartServer', () => withClient(async (client) => {
      await client.stop();
      await client.start();
    })),
    vscode.commands.registerCommand('inmail.showOutput', () => withClient((client) => client.outputChannel.show(true))),
  );
  // Activation returns at once: the language client (most of this extension's code) loads on the next turn
  // of the event loop and the server starts behind it, so opening a draft never waits on either.
  const ready = loadLanguageClient(context, {
    onStats: (params) => {
      gauge.update(params);
      updateConvertContext();
      preview.documentChanged(params.uri);
    },
    onCredits: (params) => credits.update(params),
  }).then(
    async (client) => {
      started = client;
      connected(client.requests);
      await client.ready;
      return client.client;
    },
    (error: unknown) => {
      void vscode.window.showErrorMessage(`The InMail language client could not load: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    },
  );
  /** Runs `action` once the client is up; a command run while it loads waits for it rather than doing nothing. */
  const withClient = async (action: (client: BaseLanguageClient) => unknown): Promise<void> => {
    const client = await ready;
    if (!client) {
      void vscode.window.showErrorMessage('The InMail language client did not load; reload the window to try again.');
      return;
    }
    await action(client);
  };
  return { gauge, credits, preview, ready, activationMs: performance.now() - activating };
}

export async function deactivate(): Promise<void> {
  await started?.client.stop();
}
