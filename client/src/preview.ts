/**
 * `InMail: Preview for Recipient`: a webview beside the editor with one recipient's rendered messages. The
 * server renders them (a typed request, so the browser build works the same); the page only draws.
 */
import * as vscode from 'vscode';
import type { RecipientPreview } from '../../server/src/protocol';
import { makeNonce, previewHtml } from './preview-html';
import type { ServerRequests } from './requests';

export type PreviewMove = 'previous' | 'next' | 'first-problem' | 'next-problem';

/** What the page reported it drew: the tests read it, as a writer would read the page. */
export interface PreviewDrawn {
  row: number;
  name?: string;
  subject?: string;
  body?: string;
  problems?: number;
  unavailable?: string;
}

export class RecipientPreviewPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private draft?: vscode.Uri;
  private row = 0;
  private latest?: RecipientPreview;
  private pageReady = false;
  /** A refresh asked for while one is in flight runs once after it, on the newest text. */
  private refreshing?: Promise<void>;
  private again = false;
  private readonly drawnEmitter = new vscode.EventEmitter<PreviewDrawn>();
  readonly onDidDraw = this.drawnEmitter.event;
  lastDrawn?: PreviewDrawn;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly server: Promise<ServerRequests>) {
    this.subscriptions = [
      // It previews the draft being edited: switching to another draft follows it, from its first recipient.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || editor?.document.languageId !== 'inmail' || editor.document.uri.toString() === this.draft?.toString()) return;
        this.draft = editor.document.uri;
        this.row = 0;
        void this.refresh();
      }),
    ];
  }

  /** The latest data shown, for the tests and the command's callers. */
  get preview(): RecipientPreview | undefined {
    return this.latest;
  }

  get visible(): boolean {
    return !!this.panel;
  }

  /** With the preview itself focused there is no text editor: the command then keeps to the draft it shows. */
  async show(uri = vscode.window.activeTextEditor?.document.uri ?? this.draft): Promise<void> {
    const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!uri || doc?.languageId !== 'inmail') {
      void vscode.window.showInformationMessage('Open an .inmail draft with recipients to preview it for each of them.');
      return;
    }
    if (this.draft?.toString() !== uri.toString()) this.row = 0;
    this.draft = uri;
    if (!this.panel) this.open();
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.refresh();
  }

  private open(): void {
    const panel = vscode.window.createWebviewPanel('inmail.recipientPreview', 'Preview for Recipient', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // Nothing from disk: the page is self-contained.
      localResourceRoots: [],
    });
    this.panel = panel;
    this.pageReady = false;
    panel.webview.html = previewHtml(makeNonce(), panel.webview.cspSource);
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((message: { type?: string; to?: PreviewMove } & PreviewDrawn) => {
      if (message?.type === 'ready') {
        this.pageReady = true;
        this.post();
      } else if (message?.type === 'go' && message.to) void this.move(message.to);
      else if (message?.type === 'drawn') {
        const { type: _type, ...drawn } = message;
        this.lastDrawn = drawn;
        this.drawnEmitter.fire(drawn);
      }
    });
  }

  async move(to: PreviewMove): Promise<void> {
    const p = this.latest;
    if (!p || 'unavailable' in p) return;
    const target = to === 'previous' ? p.row - 1 : to === 'next' ? p.row + 1 : to === 'first-problem' ? p.firstProblem : p.nextProblem;
    if (target < 0 || target >= p.total) return;
    this.row = target;
    await this.refresh();
  }

  /** The server re-linted a document (typing, or its CSV changed): the preview follows when it is this draft. */
  documentChanged(uri: string): void {
    if (this.panel && uri === this.draft?.toString()) void this.refresh();
  }

  private async refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        const draft = this.draft;
        if (!draft || !this.panel) return;
        const preview = await (await this.server).recipientPreview(draft.toString(), this.row).catch(() => null);
        if (!preview || draft !== this.draft) continue;
        this.latest = preview;
        if (!('unavailable' in preview)) this.row = preview.row;
        if (this.panel) this.panel.title = 'unavailable' in preview ? 'Preview for Recipient' : `Preview: ${preview.name} (${preview.row + 1}/${preview.total})`;
        this.post();
      } while (this.again);
    })().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private post(): void {
    if (this.panel && this.pageReady && this.latest) void this.panel.webview.postMessage({ type: 'show', preview: this.latest });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.panel?.dispose();
    this.drawnEmitter.dispose();
  }
}
