/**
 * The InMail language server's work, on whatever connection and files it is given: Node's stdio or IPC and
 * the disk (server.ts), or a browser's web worker and the editor's file system (browser-main.ts). It wires
 * LSP to the engine and holds no rules of its own.
 */
import {
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  type Connection,
  type Diagnostic,
} from './library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, mergeConfig, type ConfigProblem, type InmailConfig, type PartialConfig } from '../engine/config';
import { lint, type LintResult } from '../engine/lint';
import { setRuleDocsUri, toDiagnostic, toRange } from './convert';
import { codeActions } from './code-actions';
import { completions, documentSymbols, hover } from './features';
import { ConnectionNoteEditRequest, DocumentStatsNotification, GetCreditBreakdownRequest, GetDocumentStatsRequest, RecipientPreviewRequest } from '../protocol';
import { RecipientPreviews } from './recipient-preview';
import { CreditTracker, readCreditSettings } from './credits';
import { connectionNoteEdit } from '../engine/convert';
import { REPEATED_INITIALIZE, type MessageGate } from './message-gate';
import { AfterQueue } from './after-queue';
import { initializeResult, readInitializeParams, readSettings } from './initialize';
import { statsParams } from './stats';
import { MergeLints } from './merge';
import { mergeCredits } from '../engine/merge/credits';
import type { WorkspaceFiles } from './files';
import type { CoachingData } from './requested-coaching-data';

declare const INMAIL_VERSION: string;

/**
 * Serves on `connection` until it closes; `log` takes one line at a time, for the editor's server log.
 * `coachingData`, where the coaching data is fetched (the browser build), makes each lint wait for the data it reads.
 */
export function serve(connection: Connection, gate: MessageGate, files: WorkspaceFiles, log: (line: string) => void, coachingData?: CoachingData): void {
  const failed = (what: string) => (error: unknown) => log(`inmail: ${what} failed: ${error}`);
  const documents = new TextDocuments(TextDocument);
  const credits = new CreditTracker(connection, files.drafts);
  let workspaceFolderUris: string[] = [];

  let pullDiagnostics = false;
  let workspaceConfiguration = false;
  let settingsByUri = new Map<string, Promise<PartialConfig | undefined>>();
  const results = new Map<string, { version: number; text: string; result: LintResult; config: InmailConfig }>();
  /** Config files whose problems are shown, so fixing one clears its diagnostics. */
  const configFilesWithProblems = new Set<string>();
  let debounceMs = 0;

  const previews = new RecipientPreviews();
  const afterQueue = new AfterQueue(() => gate.dispatched, () => debounceMs);
  /** `work` once the coaching data it reads is at hand (the browser fetches it); under Node at once. */
  const withData = <T>(text: string, work: () => T): T | Promise<T> => (coachingData ? coachingData.withDataFor(text, work) : work());
  const merges = new MergeLints(files, withData, (uri) => {
    results.delete(uri);
    const doc = documents.get(uri);
    if (doc) validate(doc).catch(failed('publishing the recipients\' diagnostics'));
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
  });

  connection.onInitialize((params) => {
    const setup = readInitializeParams(params);
    ({ pullDiagnostics, workspaceConfiguration, debounceMs, workspaceFolderUris } = setup);
    if (setup.ruleDocsUri) setRuleDocsUri(setup.ruleDocsUri);
    return initializeResult(setup, INMAIL_VERSION);
  });

  connection.onRequest(REPEATED_INITIALIZE, () => {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize was already received: it is sent once per session');
  });

  let initialized = false;
  connection.onInitialized(() => {
    // A client that repeats the notification must not start a second workspace scan.
    if (initialized) return;
    initialized = true;
    if (workspaceConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: 'inmail' }).catch(failed('registering for configuration changes'));
    credits.start(workspaceFolderUris).catch(failed('the workspace scan'));
    refreshCreditSettings().catch(failed('reading the credit settings'));
  });

  async function refreshCreditSettings(): Promise<void> {
    if (!workspaceConfiguration) return;
    const raw = await connection.workspace.getConfiguration('inmail').then(undefined, () => undefined);
    credits.setSettings(readCreditSettings(raw));
  }

  function settingsFor(uri: string): Promise<PartialConfig | undefined> {
    if (!workspaceConfiguration) return Promise.resolve(undefined);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'inmail' }).then(readSettings, () => undefined);
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** Settings from the editor, overridden by the nearest .inmailrc.json, whose problems are published on it. */
  async function configFor(uri: string): Promise<InmailConfig> {
    const [settings, file] = await Promise.all([settingsFor(uri), files.configFor(uri)]);
    if (file) publishConfigProblems(file.uri, file.result.problems);
    return mergeConfig(defaultConfig(), settings, file?.result.config);
  }

  function publishConfigProblems(uri: string, problems: readonly ConfigProblem[]): void {
    if (problems.length === 0 && !configFilesWithProblems.has(uri)) return;
    if (problems.length) configFilesWithProblems.add(uri);
    else configFilesWithProblems.delete(uri);
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + Math.max(1, p.end - p.start) } },
      severity: DiagnosticSeverity.Error,
      source: 'inmail',
      code: 'config',
      message: `${p.key ? `${p.key}: ` : ''}${p.message}`,
    }));
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  async function lintEntry(doc: TextDocument) {
    const cached = results.get(doc.uri);
    const text = doc.getText();
    // Clients may reuse a version number; the text itself decides whether the cached lint still fits.
    if (cached && cached.version === doc.version && cached.text === text) return cached;
    const [config, recipients] = await Promise.all([configFor(doc.uri), merges.attached(doc.uri, text)]);
    // The CSV's own rules now; every recipient's message once typing pauses (see merge.ts).
    const result = await withData(text, () => lint(text, config, { recipients, renderRecipients: false }));
    result.problems = merges.problems(doc.uri, text, result.problems);
    // The gauge's worst case and the preview read each recipient's outcome, once typing has paused.
    result.merge ??= merges.result(doc.uri, text)?.merge;
    const entry = { version: doc.version, text, result, config };
    results.set(doc.uri, entry);
    merges.schedule(doc.uri, text, config, recipients, () => documents.get(doc.uri)?.version === doc.version);
    return entry;
  }

  async function lintDocument(doc: TextDocument): Promise<LintResult> {
    return (await lintEntry(doc)).result;
  }

  async function validate(doc: TextDocument): Promise<void> {
    const { result, config } = await lintEntry(doc);
    // A newer edit may have landed while the config was read; its own validation will report.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result.problems.map((p) => toDiagnostic(doc, p)) });
    // The credit estimate follows what is being typed, from the document the lint already parsed.
    credits.documentChanged(doc.uri, result.doc, mergeCredits(result.doc, result.attached?.parsed));
    void connection.sendNotification(DocumentStatsNotification, statsParams(doc, result, config));
  }

  /** Per-document throttle: a burst of keystrokes is linted once, on the latest text, after the burst is read. */
  function schedule(doc: TextDocument): void {
    afterQueue.schedule(doc.uri, () => {
      const current = documents.get(doc.uri);
      if (current) validate(current).catch((error) => connection.console.error(`inmail: validation failed: ${error}`));
    });
  }

  function revalidateAll(): void {
    results.clear();
    merges.forget();
    for (const doc of documents.all()) schedule(doc);
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
  }

  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    results.delete(e.document.uri);
    merges.forget(e.document.uri);
    previews.forget(e.document.uri);
    // The saved file, not the closed buffer, is what will be sent.
    credits.fileChanged(e.document.uri, false).catch(failed('re-reading a closed draft'));
    settingsByUri.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsByUri = new Map();
    revalidateAll();
    void refreshCreditSettings();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    // Each change on its own: one the server cannot use (an untitled: URI, a remote one) must not cost the rest.
    for (const change of params.changes) {
      try {
        changed = watchedFileChanged(change) || changed;
      } catch (error) {
        log(`inmail: ignored a watched-file change ${JSON.stringify(change)?.slice(0, 200)}: ${error}`);
      }
    }
    if (changed) revalidateAll();
  });

  /** Follows one file event; true when it touched a config file, so every open draft needs a new lint. */
  function watchedFileChanged(change: { uri?: unknown; type?: unknown }): boolean {
    if (typeof change?.uri !== 'string') return false;
    const deleted = change.type === FileChangeType.Deleted;
    // An open document's own edits already reach the estimate; the disk copy may be stale.
    if (!documents.get(change.uri)) credits.fileChanged(change.uri, deleted).catch(failed('following a file event'));
    if (files.recipientsChanged(change.uri)) return true;
    const configUri = files.configChanged(change.uri);
    if (configUri === undefined) return false;
    if (deleted) publishConfigProblems(configUri, []);
    return true;
  }

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const result = await lintDocument(doc);
    return { kind: DocumentDiagnosticReportKind.Full, items: result.problems.map((p) => toDiagnostic(doc, p)) };
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? codeActions(doc, await lintDocument(doc), params) : [];
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? hover(doc, await lintDocument(doc), params.position) : null;
  });

  connection.onDocumentSymbol(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? documentSymbols(doc, await lintDocument(doc)) : [];
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? completions(doc, await lintDocument(doc), params.position) : [];
  });

  connection.onRequest(GetDocumentStatsRequest, async ({ uri }) => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const { result, config } = await lintEntry(doc);
    return statsParams(doc, result, config);
  });

  connection.onRequest(GetCreditBreakdownRequest, () => credits.breakdown());

  connection.onRequest(RecipientPreviewRequest, async ({ uri, row }) => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const { result, config } = await lintEntry(doc);
    return withData(doc.getText(), () => previews.preview(doc, result, config, row));
  });

  connection.onRequest(ConnectionNoteEditRequest, async ({ uri }) => {
    const doc = documents.get(uri);
    if (!doc) return [];
    const edit = connectionNoteEdit((await lintDocument(doc)).doc);
    return edit ? [{ range: toRange(doc, edit), newText: edit.newText }] : [];
  });

  documents.listen(connection);
  connection.listen();
}
