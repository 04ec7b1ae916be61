/** The data behind `InMail: Preview for Recipient`: one recipient's rendered messages and what is wrong with them. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InmailConfig } from '../engine/config';
import { lint, type LintResult } from '../engine/lint';
import { lintRecipients } from '../engine/merge/lint-recipients';
import { mergeFieldUses } from '../engine/merge/fields';
import { fileName } from '../engine/merge/names';
import type { RecipientOutcome } from '../engine/merge/outcome';
import { renderMessages, usedValues } from '../engine/merge/preview';
import { isTable, type RecipientTable } from '../engine/merge/types';
import type { RecipientPreview } from '../protocol';

export class RecipientPreviews {
  /**
   * Per draft, the rows with a problem as of the last lint of every recipient. While the writer types, that
   * lint waits for a pause (merge.ts); navigation uses the last one meanwhile, the shown recipient is exact.
   */
  private readonly problemRows = new Map<string, number[]>();

  forget(uri: string): void {
    this.problemRows.delete(uri);
  }

  preview(doc: TextDocument, result: LintResult, config: InmailConfig, requestedRow: number): RecipientPreview {
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
    if (result.merge) this.problemRows.set(doc.uri, result.merge.recipients.filter((o) => o.problems.length > 0).map((o) => o.row.index));
    const outcome = result.merge?.recipients[index] ?? this.lintOne(doc, result, config, index);
    const messages = renderMessages(result.doc, uses, row).map((m) => {
      const stats = result.stats.messages[m.index];
      // No counts when no field is known: the message is the template, whose counts the stats have.
      const counts = outcome?.counts[m.index] ?? stats;
      return { ...m, kind: stats.kind, subjectLength: counts.subjectLength, subjectMax: stats.subjectMax, bodyLength: counts.bodyLength, bodyMax: stats.bodyMax, bodySweetSpot: stats.bodySweetSpot };
    });
    const rows = this.problemRows.get(doc.uri) ?? [];
    const firstProblem = rows[0] ?? -1;
    const nextProblem = rows.find((r) => r > index) ?? firstProblem;
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
      problemRows: rows.length,
      firstProblem,
      nextProblem,
    };
  }

  /** One recipient's outcome for this text, as the lint of every recipient would find it. */
  private lintOne(doc: TextDocument, result: LintResult, config: InmailConfig, index: number): RecipientOutcome | undefined {
    // The template's own problems, without the recipients' findings the server keeps published meanwhile.
    const own = lint(doc.getText(), config, { recipients: result.attached, renderRecipients: false }).problems;
    const table = result.attached!.parsed as RecipientTable;
    // A list of one: the same lint every recipient gets, without the cost of the others.
    const single: RecipientTable = { ...table, rows: [{ ...table.rows[index], index: 0 }] };
    return lintRecipients(result.doc, single, config, mergeFieldUses(result.doc, single), own, result.attached!.path).recipients[0];
  }
}
