/** The data behind `InMail: Preview for Recipient`: one recipient's rendered messages and what is wrong with them. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InmailConfig } from '../engine/config';
import type { LintResult } from '../engine/lint';
import { countUnits } from '../engine/measure';
import { mergeFieldUses } from '../engine/merge/fields';
import { lintRecipients, type MergeLint } from '../engine/merge/lint-recipients';
import { fileName } from '../engine/merge/names';
import { renderMessages, usedValues } from '../engine/merge/preview';
import { isTable } from '../engine/merge/types';
import type { RecipientPreview } from '../protocol';

// A lint made while typing may leave the per-recipient pass for later; the preview then runs it once per lint.
const merged = new WeakMap<LintResult, MergeLint>();

function mergeOf(result: LintResult, config: InmailConfig): MergeLint | undefined {
  if (result.merge) return result.merge;
  const attached = result.attached;
  if (!attached || !isTable(attached.parsed)) return undefined;
  let merge = merged.get(result);
  if (!merge) {
    merge = lintRecipients(result.doc, attached.parsed, config, mergeFieldUses(result.doc, attached.parsed), result.problems, attached.path);
    merged.set(result, merge);
  }
  return merge;
}

export function recipientPreview(doc: TextDocument, result: LintResult, config: InmailConfig, requestedRow: number): RecipientPreview {
  const base = { uri: doc.uri, version: doc.version };
  const attached = result.attached;
  if (!attached) return { ...base, unavailable: 'This draft has no recipients: name a CSV with a Recipients: header, or put one beside the draft with its name.' };
  const file = fileName(attached.path);
  if (!isTable(attached.parsed)) {
    const { message, line } = attached.parsed.error;
    return { ...base, unavailable: `${file}${line ? `, line ${line}` : ''}: ${message}` };
  }
  const table = attached.parsed;
  if (table.rows.length === 0) return { ...base, unavailable: `${file} has a header row and no recipients under it.` };
  const index = Math.max(0, Math.min(table.rows.length - 1, Number.isInteger(requestedRow) ? requestedRow : 0));
  const row = table.rows[index];
  const uses = mergeFieldUses(result.doc, table);
  const outcomes = mergeOf(result, config)?.recipients;
  const outcome = outcomes?.[index];
  const rendered = renderMessages(result.doc, uses, row);
  const rendersAsTemplate = !uses.some((u) => u.column >= 0);
  const messages = rendered.map((m) => {
    const stats = result.stats.messages[m.index];
    // The lint's counts where it made them; a draft without known fields renders as the template itself.
    const counts = outcome?.counts[m.index] ?? (rendersAsTemplate ? stats : { subjectLength: countUnits(m.subject ?? ''), bodyLength: countUnits(m.body) });
    return { ...m, kind: stats.kind, subjectLength: counts.subjectLength, subjectMax: stats.subjectMax, bodyLength: counts.bodyLength, bodyMax: stats.bodyMax };
  });
  let problemRows = 0;
  let firstProblem = -1;
  let nextProblem = -1;
  for (const o of outcomes ?? []) {
    if (o.problems.length === 0) continue;
    problemRows++;
    if (firstProblem === -1) firstProblem = o.row.index;
    if (nextProblem === -1 && o.row.index > index) nextProblem = o.row.index;
  }
  if (nextProblem === -1) nextProblem = firstProblem;
  return {
    ...base,
    recipients: file,
    total: table.rows.length,
    row: index,
    name: row.name,
    line: row.line,
    fields: usedValues(table, uses, row),
    messages,
    problems: (outcome?.problems ?? []).map((p) => ({ ruleId: p.ruleId, severity: p.severity, message: p.message, line: doc.positionAt(p.start).line })),
    problemRows,
    firstProblem,
    nextProblem,
  };
}
