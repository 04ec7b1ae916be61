import { parseDocument } from '../parse';
import type { ParsedDocument, Span } from '../types';
import { valueOf } from './csv';
import { mergeFieldUses, type MergeFieldUse } from './fields';
import type { RecipientRow, RecipientTable } from './types';

/** A filled field: where its `{{...}}` is in the template, where its value is in the rendered text. */
interface Filled {
  template: Span;
  rendered: Span;
}

export interface RenderedText {
  text: string;
  /** Filled fields in order; unknown fields stay as written, so they map as template text. */
  filled: Filled[];
}

/** The template with each known field replaced by the recipient's value. */
export function renderText(template: string, uses: readonly MergeFieldUse[], row: RecipientRow): RenderedText {
  const parts: string[] = [];
  const filled: Filled[] = [];
  let from = 0;
  let length = 0;
  for (const use of uses) {
    if (use.column < 0) continue;
    const value = valueOf(row, use.column);
    parts.push(template.slice(from, use.start), value);
    length += use.start - from;
    filled.push({ template: { start: use.start, end: use.end }, rendered: { start: length, end: length + value.length } });
    length += value.length;
    from = use.end;
  }
  parts.push(template.slice(from));
  return { text: parts.join(''), filled };
}

/** The last filled field whose value starts at or before `offset`, by binary search. */
function fieldBefore(filled: readonly Filled[], offset: number): number {
  let lo = 0;
  let hi = filled.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (filled[mid].rendered.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A span of the rendered text as a span of the template. A span that starts or ends inside a value
 * widens to the whole `{{field}}` that put it there, so a problem caused by a value lands on its field;
 * template text maps one to one. The result always lies inside the template.
 */
export function toTemplateSpan(rendered: RenderedText, span: Span, templateLength: number): Span {
  const { filled } = rendered;
  const map = (offset: number, side: 'start' | 'end'): number => {
    const i = fieldBefore(filled, side === 'end' ? offset - 1 : offset);
    if (i === -1) return offset;
    const f = filled[i];
    const inside = side === 'start' ? offset < f.rendered.end : offset <= f.rendered.end && offset > f.rendered.start;
    if (inside) return side === 'start' ? f.template.start : f.template.end;
    return f.template.end + (offset - f.rendered.end);
  };
  const start = Math.max(0, Math.min(templateLength, map(span.start, 'start')));
  const end = Math.max(start, Math.min(templateLength, span.end <= span.start ? start : map(span.end, 'end')));
  return { start, end };
}

/**
 * One recipient's draft as they will get it, parsed (each message's rendered subject and body), with the map
 * back to the template: what a preview shows.
 */
export function renderRecipient(doc: ParsedDocument, table: RecipientTable, row: RecipientRow): RenderedText & { doc: ParsedDocument } {
  const rendered = renderText(doc.text, mergeFieldUses(doc, table), row);
  return { ...rendered, doc: parseDocument(rendered.text) };
}
