/**
 * The InMail language server: wires LSP to the engine and holds no rules of its own.
 * Runs over stdio (`inmail-language-server --stdio`) for any editor, or IPC inside VS Code.
 */
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  FileChangeType,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type Diagnostic,
  type InitializeResult,
} from './lsp/library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, mergeConfig, type InmailConfig, type PartialConfig } from './engine/config';
import { lint, type LintResult } from './engine/lint';
import { bodyLimit } from './engine/stats';
import { ConfigFileCache, CONFIG_FILE_NAME, findConfigFile } from './node/config-files';
import { FIX_ALL_KIND, toDiagnostic, toRange } from './lsp/convert';
import { TolerantStreamReader } from './lsp/tolerant-reader';
import { codeActions } from './lsp/code-actions';
import { completions, documentSymbols, hover } from './lsp/features';
import { ConnectionNoteEditRequest, DocumentStatsNotification, GetCreditBreakdownRequest, GetDocumentStatsRequest, type DocumentStatsParams } from './protocol';
import { CreditTracker, readCreditSettings } from './lsp/credits';
import type { Span } from './engine/types';
import { connectionNoteEdit } from './engine/convert';

const stdio = process.argv.includes('--stdio');
if (stdio) {
  // stdout carries the protocol: anything printed must go to stderr instead.
  for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = console.error;
}
const connection = stdio
  ? createConnection(new TolerantStreamReader(process.stdin), new StreamMessageWriter(process.stdout))
  : createConnection();
if (stdio) {
  // The editor closing our stdin means it has gone; there is nobody left to serve.
  process.stdin.on('end', () => process.exit(0));
}
const documents = new TextDocuments(TextDocument);
const configFiles = new ConfigFileCache();
const credits = new CreditTracker(connection);
let workspaceFolderUris: string[] = [];

let pullDiagnostics = false;
let workspaceConfiguration = false;
let settingsByUri = new Map<string, Promise<PartialConfig | undefined>>();
const results = new Map<string, { version: number; text: string; result: LintResult; config: InmailConfig }>();
const pending = new Map<string, NodeJS.Immediate | NodeJS.Timeout>();
/** Config files whose problems are shown, so fixing one clears its diagnostics. */
const configFilesWithProblems = new Set<string>();
let debounceMs = 0;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  workspaceConfiguration = !!caps.workspace?.configuration;
  const options = params.initializationOptions as { debounceMs?: number } | undefined;
  if (typeof options?.debounceMs === 'number') debounceMs = options.debounceMs;
  workspaceFolderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ' '] },
      diagnosticProvider: pullDiagnostics ? { identifier: 'inmail', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'inmail-language-server', version: INMAIL_VERSION },
  };
});

connection.onInitialized(() => {
  if (workspaceConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'inmail' });
  void credits.start(workspaceFolderUris);
  void refreshCreditSettings();
});

async function refreshCreditSettings(): Promise<void> {
  if (!workspaceConfiguration) return;
  const raw = await connection.workspace.getConfiguration('inmail').then(undefined, () => undefined);
  credits.setSettings(readCreditSettings(raw));
}

declare const INMAIL_VERSION: string;

function settingsFor(uri: string): Promise<PartialConfig | undefined> {
  if (!workspaceConfiguration) return Promise.resolve(undefined);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'inmail' }).then(readSettings, () => undefined);
    settingsByUri.set(uri, settings);
  }
  return settings;
}

/** VS Code settings are user input too: anything of the wrong type is ignored, not trusted. */
function readSettings(raw: unknown): PartialConfig | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const s = raw as Record<string, unknown>;
  const limits = s.limits && typeof s.limits === 'object' ? Object.fromEntries(Object.entries(s.limits).filter(([, v]) => typeof v === 'number' && v >= 0)) : undefined;
  const rules = s.rules && typeof s.rules === 'object' ? Object.fromEntries(Object.entries(s.rules).filter(([, v]) => ['error', 'warning', 'info', 'hint', 'off'].includes(v as string))) : undefined;
  return { limits, rules, freeAccount: typeof s.freeAccount === 'boolean' ? s.freeAccount : undefined } as PartialConfig;
}

function configFileFor(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  return findConfigFile(dirname(fileURLToPath(uri)));
}

/** Settings from the editor, overridden by the nearest .inmailrc.json, whose problems are published on it. */
async function configFor(uri: string): Promise<InmailConfig> {
  const settings = await settingsFor(uri);
  const path = configFileFor(uri);
  const file = path ? configFiles.load(path) : undefined;
  if (path && file) publishConfigProblems(path, file.problems);
  return mergeConfig(defaultConfig(), settings, file?.config);
}

function publishConfigProblems(path: string, problems: ReturnType<ConfigFileCache['load']>['problems']): void {
  if (problems.length === 0 && !configFilesWithProblems.has(path)) return;
  if (problems.length) configFilesWithProblems.add(path);
  else configFilesWithProblems.delete(path);
  const diagnostics: Diagnostic[] = problems.map((p) => ({
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + Math.max(1, p.end - p.start) } },
    severity: DiagnosticSeverity.Error,
    source: 'inmail',
    code: 'config',
    message: `${p.key ? `${p.key}: ` : ''}${p.message}`,
  }));
  void connection.sendDiagnostics({ uri: pathToFileURL(path).toString(), diagnostics });
}

async function lintEntry(doc: TextDocument) {
  const cached = results.get(doc.uri);
  const text = doc.getText();
  // Clients may reuse a version number; the text itself decides whether the cached lint still fits.
  if (cached && cached.version === doc.version && cached.text === text) return cached;
  const config = await configFor(doc.uri);
  const entry = { version: doc.version, text, result: lint(text, config), config };
  results.set(doc.uri, entry);
  return entry;
}

async function lintDocument(doc: TextDocument): Promise<LintResult> {
  return (await lintEntry(doc)).result;
}

function statsParams(doc: TextDocument, result: LintResult, config: InmailConfig): DocumentStatsParams {
  const range = (span?: Span) => span && toRange(doc, span);
  const first = result.stats.messages[0];
  const noteLimit = bodyLimit('connection', config);
  return {
    uri: doc.uri,
    version: doc.version,
    messages: result.stats.messages.map((m, i) => {
      const message = result.doc.messages[i];
      return {
        ...m,
        range: toRange(doc, { start: message.separatorSpan?.start ?? message.span.start, end: message.span.end }),
        overflow: { hard: range(m.overflow.hard), soft: range(m.overflow.soft) },
      };
    }),
    errors: result.problems.filter((p) => p.severity === 'error').length,
    fitsConnectionNote: first.kind === 'inmail' && first.bodyLength > 0 && first.bodyLength <= noteLimit,
  };
}

async function validate(doc: TextDocument): Promise<void> {
  const { result, config } = await lintEntry(doc);
  // A newer edit may have landed while the config was read; its own validation will report.
  if (documents.get(doc.uri)?.version !== doc.version) return;
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result.problems.map((p) => toDiagnostic(doc, p)) });
  // The credit estimate follows what is being typed, from the document the lint already parsed.
  credits.documentChanged(doc.uri, result.doc);
  void connection.sendNotification(DocumentStatsNotification, statsParams(doc, result, config));
}

/** Per-document throttle: a burst of keystrokes is linted once, on the latest text. */
function schedule(doc: TextDocument): void {
  const previous = pending.get(doc.uri);
  if (previous) debounceMs > 0 ? clearTimeout(previous as NodeJS.Timeout) : clearImmediate(previous as NodeJS.Immediate);
  const run = () => {
    pending.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (current) validate(current).catch((error) => connection.console.error(`inmail: validation failed: ${error}`));
  };
  pending.set(doc.uri, debounceMs > 0 ? setTimeout(run, debounceMs) : setImmediate(run));
}

function revalidateAll(): void {
  results.clear();
  for (const doc of documents.all()) schedule(doc);
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
}

documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  results.delete(e.document.uri);
  // The saved file, not the closed buffer, is what will be sent.
  credits.fileChanged(e.document.uri, false);
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
  for (const change of params.changes) {
    // An open document's own edits already reach the estimate; the disk copy may be stale.
    if (!documents.get(change.uri)) credits.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    if (!change.uri.endsWith(CONFIG_FILE_NAME)) continue;
    const path = fileURLToPath(change.uri);
    configFiles.forget(path);
    if (change.type === FileChangeType.Deleted) publishConfigProblems(path, []);
    changed = true;
  }
  if (changed) revalidateAll();
});

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

connection.onRequest(ConnectionNoteEditRequest, async ({ uri }) => {
  const doc = documents.get(uri);
  if (!doc) return [];
  const edit = connectionNoteEdit((await lintDocument(doc)).doc);
  return edit ? [{ range: toRange(doc, edit), newText: edit.newText }] : [];
});

documents.listen(connection);
connection.listen();
