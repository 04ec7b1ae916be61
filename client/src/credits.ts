/** The credit estimate in the status bar, and the readable breakdown it opens. */
import * as vscode from 'vscode';
import type { CreditEstimateParams } from '../../server/src/protocol';
import { creditLevel, creditMarkdown, creditText } from './format';
import type { ServerRequests } from './requests';

export const CREDIT_VIEW_SCHEME = 'inmail-credits';
const VIEW_URI = vscode.Uri.parse(`${CREDIT_VIEW_SCHEME}:InMail%20credit%20estimate.md`);

export class CreditStatus implements vscode.Disposable, vscode.TextDocumentContentProvider {
  readonly item = vscode.window.createStatusBarItem('inmail.credits', vscode.StatusBarAlignment.Right, 99);
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private latest?: CreditEstimateParams;
  private viewText = '';

  constructor(private readonly server: Promise<ServerRequests>) {
    this.item.name = 'InMail credit estimate';
    this.item.command = 'inmail.showCreditEstimate';
  }

  get estimate(): CreditEstimateParams | undefined {
    return this.latest;
  }

  update(params: CreditEstimateParams): void {
    this.latest = params;
    this.item.text = `$(mail) ${creditText(params)}`;
    this.item.backgroundColor = creditLevel(params) === 'warning' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = new vscode.MarkdownString(`${creditMarkdown(params)}\n\n_Click for the drafts behind it._`);
    this.item.show();
    if (this.viewText) void this.refreshView();
  }

  provideTextDocumentContent(): string {
    return this.viewText;
  }

  private async refreshView(): Promise<void> {
    const breakdown = await (await this.server).creditBreakdown();
    this.viewText = creditMarkdown(breakdown, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    this.changed.fire(VIEW_URI);
  }

  async show(): Promise<void> {
    await this.refreshView();
    const doc = await vscode.workspace.openTextDocument(VIEW_URI);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    // The rendered preview reads best; plain Markdown is the fallback where no preview is installed.
    try {
      await vscode.commands.executeCommand('markdown.showPreview', VIEW_URI);
    } catch {
      await vscode.window.showTextDocument(doc, { preview: true });
    }
  }

  dispose(): void {
    this.item.dispose();
    this.changed.dispose();
  }
}
