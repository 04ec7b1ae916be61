import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from '../engine/fixes';
import type { LintResult } from '../engine/lint';
import { FIX_ALL_KIND, SOURCE, sameRange, toCodeAction, toRange } from './convert';

/** LSP kinds are hierarchical: asking for `source.fixAll` also asks for `source.fixAll.inmail`. */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function fixAllAction(doc: TextDocument, result: LintResult, kind: string): CodeAction | undefined {
  const edits = fixAllEdits(result.problems);
  if (edits.length === 0) return undefined;
  return toCodeAction(doc, { title: 'Fix all auto-fixable InMail problems', edits }, kind, []);
}

export function codeActions(doc: TextDocument, result: LintResult, params: CodeActionParams): CodeAction[] {
  const { only } = params.context;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const requested = params.range;
    for (const problem of result.problems) {
      const range = toRange(doc, problem);
      const touches = !(range.end.line < requested.start.line || range.start.line > requested.end.line ||
        (range.end.line === requested.start.line && range.end.character < requested.start.character) ||
        (range.start.line === requested.end.line && range.start.character > requested.end.character));
      if (!touches) continue;
      const diagnostics: Diagnostic[] = params.context.diagnostics.filter((d) => d.source === SOURCE && d.code === problem.ruleId && sameRange(d.range, range));
      const fixes = problem.suggestions ?? (problem.fix ? [problem.fix] : []);
      fixes.forEach((fix, i) => actions.push(toCodeAction(doc, fix, CodeActionKind.QuickFix, diagnostics, fix === problem.fix || (!problem.fix && i === 0 && fixes.length === 1))));
    }
    if (result.problems.filter((p) => p.fix).length > 1) {
      const all = fixAllAction(doc, result, CodeActionKind.QuickFix);
      if (all) actions.push(all);
    }
  }
  if (only && wanted(only, FIX_ALL_KIND)) {
    const all = fixAllAction(doc, result, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}
