/** A mail merge in the CLI's JSON: each recipient's own problems, and what the list costs in credits. */
import type { LintResult } from '../engine/lint';
import { recipientCredits } from '../engine/merge/credits';
import { isTable } from '../engine/merge/types';
import { n } from '../engine/measure';
import { toLineColumn } from '../engine/util';
import { displayPath, type JsonDiagnostic } from './lint-files';

/** A recipient's problem, placed on the template as the draft's own are. */
export type JsonRecipientDiagnostic = JsonDiagnostic;

export interface JsonRecipient {
  /** 1-based among the CSV's data rows. */
  row: number;
  /** The CSV line the row starts on. */
  line: number;
  name: string;
  diagnostics: JsonRecipientDiagnostic[];
}

export interface JsonMerge {
  recipients?: JsonRecipient[];
  merge?: { file: string; recipients: number; withProblems: number; credits?: number; error?: string };
}

export function mergeReport(result: LintResult, lineStarts: readonly number[], quiet: boolean): JsonMerge {
  const attached = result.attached;
  if (!attached) return {};
  if (!isTable(attached.parsed)) return { merge: { file: attached.path, recipients: 0, withProblems: 0, error: attached.parsed.error.message } };
  const table = attached.parsed;
  const outcomes = result.merge?.recipients ?? table.rows.map((row) => ({ row, problems: [] }));
  const recipients = outcomes.map(({ row, problems }) => ({
    row: row.index + 1,
    line: row.line,
    name: row.name,
    diagnostics: problems
      .filter((p) => !quiet || p.severity === 'error')
      .map((p) => {
        const start = toLineColumn(lineStarts, p.start);
        const end = toLineColumn(lineStarts, p.end);
        return { rule: p.ruleId, severity: p.severity, message: p.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      }),
  }));
  const withProblems = recipients.filter((r) => r.diagnostics.length > 0).length;
  return { recipients, merge: { file: attached.path, recipients: table.rows.length, withProblems, credits: recipientCredits(result.doc, table).needed } };
}

/** The stylish report's one line per mail merge: "mail merge: leads.csv, 120 recipients, 2 with problems, 97 credits". */
export function mergeSummary(merge: NonNullable<JsonMerge['merge']>, cwd: string): string {
  const file = displayPath(merge.file, cwd);
  if (merge.error) return `mail merge: ${file} not read (${merge.error})`;
  const plural = (count: number, what: string) => `${n(count)} ${what}${count === 1 ? '' : 's'}`;
  const credits = merge.credits === undefined ? '' : `, ${plural(merge.credits, 'credit')}`;
  return `mail merge: ${file}, ${plural(merge.recipients, 'recipient')}, ${n(merge.withProblems)} with problems${credits}`;
}
