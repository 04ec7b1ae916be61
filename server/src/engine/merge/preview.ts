/**
 * One recipient's messages as they would be sent: what the preview beside the editor shows. Pure, like the
 * rest of merge/: the server hands it the lint it already has.
 */
import type { ParsedDocument, Span } from '../types';
import { valueOf } from './csv';
import type { MergeFieldUse } from './fields';
import { renderText } from './render';
import type { RecipientRow, RecipientTable } from './types';

export interface RenderedMessage {
  index: number;
  /** Undefined when the message has no subject line (a follow-up, a connection note). */
  subject?: string;
  /** As written between the headers and the next `---`, without the blank lines around it. */
  body: string;
}

/** The draft's messages with this recipient's values in their fields; unknown fields stay as written. */
export function renderMessages(doc: ParsedDocument, uses: readonly MergeFieldUse[], row: RecipientRow): RenderedMessage[] {
  const known = uses.filter((u) => u.column >= 0);
  return doc.messages.map((m) => ({
    index: m.index,
    subject: m.subject ? renderSpan(doc.text, m.subject.valueSpan, known, row).trim() : undefined,
    body: renderSpan(doc.text, m.bodySpan, known, row).replace(/^\s*\n/, '').trimEnd(),
  }));
}

function renderSpan(text: string, span: Span, known: readonly MergeFieldUse[], row: RecipientRow): string {
  const inside = known.filter((u) => u.start >= span.start && u.end <= span.end).map((u) => ({ ...u, start: u.start - span.start, end: u.end - span.start }));
  return renderText(text.slice(span.start, span.end), inside, row).text;
}

/** Each column the draft uses, once, with this recipient's value: the preview lists what filled the fields. */
export function usedValues(table: RecipientTable, uses: readonly MergeFieldUse[], row: RecipientRow): { column: string; value: string }[] {
  const columns = [...new Set(uses.filter((u) => u.column >= 0).map((u) => u.column))];
  return columns.map((c) => ({ column: table.columns[c], value: valueOf(row, c) }));
}
