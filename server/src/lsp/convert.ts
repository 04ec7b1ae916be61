import { CodeActionKind, DiagnosticSeverity, TextEdit, type CodeAction, type Diagnostic, type DiagnosticRelatedInformation, type Range } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, Problem, RelatedInformation, Severity, Span } from '../engine/types';
import { jsonOnce } from './json-once';

export const SOURCE = 'inmail';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.inmail`;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where the rule docs are: the server's entry knows (beside the bundle on disk, or the extension's URI in a browser). */
let ruleDocsUri = '';

export function setRuleDocsUri(uri: string): void {
  ruleDocsUri = uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

export function ruleDocUri(ruleId: string): string {
  return `${ruleDocsUri}/${ruleId}.md`;
}

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toDiagnostic(doc: TextDocument, problem: Problem): Diagnostic {
  return {
    range: toRange(doc, problem),
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    codeDescription: { href: ruleDocUri(problem.ruleId) },
    source: SOURCE,
    message: problem.message,
    // A mail merge's recipients: their rows in the CSV, whose path the server resolved as a URI.
    ...(problem.related?.length ? { relatedInformation: relatedInformation(problem.related) } : {}),
  };
}

// A mail merge's rows stay the same list from keystroke to keystroke (the recipients' pass's until the next
// pass, the CSV rules' per table): converted and encoded once per list, not on every publish.
const relatedByList = new WeakMap<readonly RelatedInformation[], DiagnosticRelatedInformation[]>();

function relatedInformation(related: readonly RelatedInformation[]): DiagnosticRelatedInformation[] {
  let converted = relatedByList.get(related);
  if (!converted) relatedByList.set(related, (converted = jsonOnce(related.map((r) => ({ location: { uri: r.path, range: lineRange(r.line) }, message: r.message })))));
  return converted;
}

/** The start of a 1-based line of another file: its text is not at hand to find the line's end. */
function lineRange(line: number): Range {
  const at = { line: Math.max(0, line - 1), character: 0 };
  return { start: at, end: at };
}

export function toCodeAction(doc: TextDocument, fix: Fix, kind: string, diagnostics: Diagnostic[], preferred = false): CodeAction {
  return {
    title: fix.title,
    kind,
    diagnostics,
    isPreferred: preferred || undefined,
    edit: { changes: { [doc.uri]: fix.edits.map((e) => TextEdit.replace(toRange(doc, e), e.newText)) } },
  };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
