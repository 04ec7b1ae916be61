/** What the server takes from `initialize` and the editor's settings, read so that no shape of input can throw; what it answers. */
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from './library';
import { FIX_ALL_KIND } from './convert';
import type { PartialConfig } from '../engine/config';

export interface ClientSetup {
  pullDiagnostics: boolean;
  workspaceConfiguration: boolean;
  /** 0: lint on the next turn of the event loop, after the burst the edit came in. */
  debounceMs: number;
  workspaceFolderUris: string[];
  /** Where the rule docs are, when the client knows better than the server (a browser's server has no disk). */
  ruleDocsUri?: string;
}

/** A debounce past this is a typo or an attack, not a preference: it would hide every diagnostic. */
const MAX_DEBOUNCE_MS = 10_000;

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function readInitializeParams(params: unknown): ClientSetup {
  const p = record(params);
  const caps = record(p.capabilities);
  const options = record(p.initializationOptions);
  const debounce = options.debounceMs;
  const folders = Array.isArray(p.workspaceFolders) ? p.workspaceFolders.map((f) => record(f).uri) : typeof p.rootUri === 'string' ? [p.rootUri] : [];
  return {
    pullDiagnostics: !!record(caps.textDocument).diagnostic,
    workspaceConfiguration: !!record(caps.workspace).configuration,
    debounceMs: typeof debounce === 'number' && debounce > 0 ? Math.min(debounce, MAX_DEBOUNCE_MS) : 0,
    workspaceFolderUris: folders.filter((u): u is string => typeof u === 'string'),
    ruleDocsUri: typeof options.ruleDocsUri === 'string' ? options.ruleDocsUri : undefined,
  };
}

export function initializeResult(setup: ClientSetup, version: string): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '{'] },
      diagnosticProvider: setup.pullDiagnostics ? { identifier: 'inmail', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'inmail-language-server', version },
  };
}

/** VS Code settings are user input too: anything of the wrong type is ignored, not trusted. */
export function readSettings(raw: unknown): PartialConfig | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const s = raw as Record<string, unknown>;
  const limits = s.limits && typeof s.limits === 'object' ? Object.fromEntries(Object.entries(s.limits).filter(([, v]) => typeof v === 'number' && v >= 0)) : undefined;
  const rules = s.rules && typeof s.rules === 'object' ? Object.fromEntries(Object.entries(s.rules).filter(([, v]) => ['error', 'warning', 'info', 'hint', 'off'].includes(v as string))) : undefined;
  return { limits, rules, freeAccount: typeof s.freeAccount === 'boolean' ? s.freeAccount : undefined } as PartialConfig;
}
