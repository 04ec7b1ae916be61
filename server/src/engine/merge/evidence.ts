/**
 * Evidence of looking at the recipient (what missing-personalization reads) is the costly part of linting
 * a message: a scan of the whole body. It is found inside a paragraph, so a body has it when one of its
 * paragraphs does (a property test holds this against reading each recipient's whole body). So each
 * paragraph with a field is read once per distinct rendering of it, with the body's field-free paragraphs
 * around it, instead of once per recipient: a list of thousands costs a few dozen reads.
 */
import type { CoachedLanguage } from '../coach/language';
import { hasSpecificReference } from '../copy';
import { trimSpan } from '../parse';
import type { ParsedDocument, Span } from '../types';
import { columnIndex, type ColumnIndex } from './columns';
import type { MergeFieldUse } from './fields';
import type { RecipientRow, RecipientTable } from './types';

/** Whether a recipient's first message has evidence in its body; undefined when their body must be read whole. */
export type EvidenceOf = (row: RecipientRow, lang: CoachedLanguage) => boolean | undefined;

interface Slot {
  /** The paragraph, in the template. */
  span: Span;
  uses: MergeFieldUse[];
  indexes: ColumnIndex[];
  /** The template's body with the other slots' paragraphs cut out, as pieces around this slot's fields. */
  before: string;
  between: string[];
  after: string;
}

/**
 * Evidence per recipient from their paragraphs, for rows whose values cannot change the draft's shape
 * (those not marked in `irregular`, see shape.ts); undefined when the first message's body holds no field.
 */
export function evidenceByParagraph(doc: ParsedDocument, known: readonly MergeFieldUse[], table: RecipientTable, irregular: Uint8Array): EvidenceOf | undefined {
  const message = doc.messages[0];
  const inBody = known.filter((u) => u.message === 0 && u.region === 'body');
  if (!message || inBody.length === 0) return undefined;
  const paragraphs = paragraphSpans(doc.text, message.bodySpan);
  const slots: Slot[] = [];
  for (const span of paragraphs) {
    const uses = inBody.filter((u) => u.start >= span.start && u.end <= span.end);
    if (uses.length) slots.push({ span, uses, indexes: uses.map((u) => columnIndex(table, u.column)), before: '', between: [], after: '' });
  }
  // A field across paragraphs cannot be: fields hold no line break. Checked all the same, as the split relies on it.
  if (slots.reduce((n, s) => n + s.uses.length, 0) !== inBody.length) return undefined;
  const body = message.bodySpan;
  for (const slot of slots) {
    // Cut each other slot's paragraph with the blank lines after it (before it, for the last paragraph).
    const cuts = slots.filter((s) => s !== slot).map((s) => cutOf(s.span, paragraphs));
    const keep = (from: number, to: number) => {
      let text = '';
      let at = from;
      for (const cut of cuts) {
        if (cut.end <= from || cut.start >= to) continue;
        text += doc.text.slice(at, Math.max(at, cut.start));
        at = Math.max(at, cut.end);
      }
      return at < to ? text + doc.text.slice(at, to) : text;
    };
    slot.before = keep(body.start, slot.uses[0].start);
    slot.between = slot.uses.slice(1).map((u, i) => doc.text.slice(slot.uses[i].end, u.start));
    slot.after = keep(slot.uses[slot.uses.length - 1].end, body.end);
  }
  const company = message.company;
  const memo = new Map<string, boolean>();
  return (row, lang) => {
    if (irregular[row.index]) return undefined;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s];
      let key = `${lang}${s}`;
      for (const index of slot.indexes) key += `,${index.ids[row.index]}`;
      let found = memo.get(key);
      if (found === undefined) {
        let text = slot.before;
        slot.indexes.forEach((index, i) => (text += index.values[index.ids[row.index]] + (i < slot.between.length ? slot.between[i] : '')));
        text += slot.after;
        const t = trimSpan(text, 0, text.length);
        memo.set(key, (found = hasSpecificReference(text.slice(t.start, t.end), lang, company)));
      }
      if (found) return true;
    }
    return false;
  };
}

/** The body's paragraphs: runs of lines with something on them, trimmed. */
function paragraphSpans(text: string, body: Span): Span[] {
  const spans: Span[] = [];
  let open = false;
  for (let lineStart = body.start; lineStart <= body.end; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > body.end) lineEnd = body.end;
    const t = trimSpan(text, lineStart, lineEnd);
    if (t.start === t.end) open = false;
    else if (open) spans[spans.length - 1].end = t.end;
    else {
      spans.push(t);
      open = true;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** What cutting a paragraph removes: it and the blank lines after it, or before it when it is the last. */
function cutOf(span: Span, paragraphs: readonly Span[]): Span {
  const i = paragraphs.findIndex((p) => p.start === span.start);
  if (i < paragraphs.length - 1) return { start: span.start, end: paragraphs[i + 1].start };
  return { start: i > 0 ? paragraphs[i - 1].end : span.start, end: span.end };
}
