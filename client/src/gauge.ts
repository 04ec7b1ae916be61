/** The live character gauge and the overflow highlighting, both fed by the server's `inmail/documentStats`. */
import * as vscode from 'vscode';
import type { DocumentStatsParams } from '../../server/src/protocol';
import { gaugeLevel, gaugeText, gaugeTooltip, keepWorstWhilePending, messageAtLine } from './format';

const LEVEL_COLORS = {
  ok: undefined,
  warning: new vscode.ThemeColor('statusBarItem.warningBackground'),
  error: new vscode.ThemeColor('statusBarItem.errorBackground'),
};

export class Gauge implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('inmail.gauge', vscode.StatusBarAlignment.Right, 100);
  private readonly stats = new Map<string, DocumentStatsParams>();
  // What LinkedIn would refuse: unmistakable. Past the sweet spot: a hint, not an alarm.
  private readonly hard = vscode.window.createTextEditorDecorationType({
    backgroundColor: 'rgba(255, 40, 40, 0.28)',
    overviewRulerColor: 'rgba(255, 40, 40, 0.8)',
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly soft = vscode.window.createTextEditorDecorationType({
    backgroundColor: 'rgba(255, 190, 0, 0.12)',
    overviewRulerColor: 'rgba(255, 190, 0, 0.5)',
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'InMail character gauge';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.render()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
      vscode.workspace.onDidCloseTextDocument((d) => this.stats.delete(d.uri.toString())),
    ];
  }

  /** Latest stats for a document, if the server has sent any. */
  statsFor(uri: vscode.Uri): DocumentStatsParams | undefined {
    return this.stats.get(uri.toString());
  }

  update(params: DocumentStatsParams): void {
    params = keepWorstWhilePending(this.stats.get(params.uri), params);
    this.stats.set(params.uri, params);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === params.uri) this.decorate(editor);
    if (vscode.window.activeTextEditor?.document.uri.toString() === params.uri) this.render();
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const stats = this.stats.get(editor.document.uri.toString());
    // Ranges from an older version would land on the wrong characters; the next notification is moments away.
    if (!stats || stats.version !== editor.document.version) return;
    const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    editor.setDecorations(this.hard, stats.messages.flatMap((m) => (m.overflow.hard ? [toRange(m.overflow.hard)] : [])));
    editor.setDecorations(this.soft, stats.messages.flatMap((m) => (m.overflow.soft ? [toRange(m.overflow.soft)] : [])));
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const stats = editor && editor.document.languageId === 'inmail' ? this.stats.get(editor.document.uri.toString()) : undefined;
    if (!editor || !stats) {
      this.item.hide();
      return;
    }
    const message = messageAtLine(stats, editor.selection.active.line);
    const level = gaugeLevel(message);
    this.item.text = `${level === 'error' ? '$(error)' : level === 'warning' ? '$(warning)' : '$(pencil)'} ${gaugeText(message)}`;
    this.item.backgroundColor = LEVEL_COLORS[level];
    const tooltip = new vscode.MarkdownString(gaugeTooltip(message));
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `InMail ${gaugeText(message).replace(/\//g, ' of ')}` };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
    this.hard.dispose();
    this.soft.dispose();
  }
}
