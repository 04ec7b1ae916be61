/**
 * Which rows' values could change the draft's shape rather than only its words: a line break, a leading
 * combining mark, a value that makes its line a header or a `---` separator, an empty value at the body's
 * edge. Those rows' bodies are read whole (see evidence.ts); the others' paragraphs stay as in the template.
 */
import { trimSpan } from '../parse';
import type { ParsedDocument } from '../types';
import { columnIndex, JOINS_BEFORE } from './columns';
import type { MergeFieldUse } from './fields';
import type { RecipientTable } from './types';

/** Per row, 1 where its values could reshape the draft; undefined when a field sits where any value could (a header, before a joining mark). */
export function irregularRows(doc: ParsedDocument, known: readonly MergeFieldUse[], table: RecipientTable): Uint8Array | undefined {
  if (known.some((u) => u.region === 'header')) return undefined;
  const rowCount = table.rows.length;
  const irregular = new Uint8Array(rowCount);
  for (const message of doc.messages) {
    const inBody = known.filter((u) => u.message === message.index && u.region === 'body');
    // Template text after a field that could join a value's last character.
    if (inBody.some((u) => JOINS_BEFORE.test(doc.text.slice(u.end, u.end + 2)))) return undefined;
    for (const u of known) {
      if (u.message !== message.index) continue;
      const index = columnIndex(table, u.column);
      for (let r = 0; r < rowCount; r++) if (!index.alone[index.ids[r]]) irregular[r] = 1;
    }
    for (const u of inBody) {
      const risky = reshapes(doc, inBody, u, message.headers.length, message.bodySpan.start);
      if (!risky) continue;
      const index = columnIndex(table, u.column);
      const flagged = index.values.map(risky);
      for (let r = 0; r < rowCount; r++) if (flagged[index.ids[r]]) irregular[r] = 1;
    }
    for (const u of edgeFields(doc, inBody, message.bodySpan)) {
      const index = columnIndex(table, u.column);
      for (let r = 0; r < rowCount; r++) if (index.values[index.ids[r]] === '') irregular[r] = 1;
    }
  }
  return irregular;
}

/** Whether the body starts after a header block ended by a blank line, so no line of it can be read as a header. */
function closedHeaderBlock(text: string, headers: number, bodyStart: number): boolean {
  if (headers === 0) return false;
  const lineStart = text.lastIndexOf('\n', bodyStart - 1) + 1;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return lineStart > 0 && text.slice(previousStart, lineStart).trim() === '';
}

/**
 * Which values of a field could change how the draft is read, so the row needs the full lint: a value
 * that turns its line into a `---` separator, and, where no blank line has closed the header block yet, a
 * value that could make its line a header or a blank line.
 */
function reshapes(doc: ParsedDocument, inBody: readonly MergeFieldUse[], u: MergeFieldUse, headers: number, bodyStart: number): ((value: string) => boolean) | undefined {
  const lineStart = doc.text.lastIndexOf('\n', u.start - 1) + 1;
  let lineEnd = doc.text.indexOf('\n', u.end);
  if (lineEnd === -1) lineEnd = doc.text.length;
  let rest = withoutFields(doc, inBody, lineStart, lineEnd);
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  const separator = /^-{0,3}$/.test(rest);
  const opening = !closedHeaderBlock(doc.text, headers, bodyStart) && !/\n[ \t\u00a0\ufeff]*\n/.test(doc.text.slice(bodyStart, u.start));
  if (!separator && !opening) return undefined;
  if (opening && rest.includes(':')) return () => true;
  return (value) => (separator && /^-*$/.test(value)) || (opening && (value === '' || value.includes(':')));
}

/** Fields with only white space (and other fields) between them and an end of the body: empty, they would be trimmed around. */
function edgeFields(doc: ParsedDocument, inBody: readonly MergeFieldUse[], body: { start: number; end: number }): MergeFieldUse[] {
  const blank = (text: string) => {
    const t = trimSpan(text, 0, text.length);
    return t.start === t.end;
  };
  return inBody.filter((u) => blank(withoutFields(doc, inBody, body.start, u.start)) || blank(withoutFields(doc, inBody, u.end, body.end)));
}

/** The template's text from `from` to `to` with the fields inside it left out (they are in the order written). */
function withoutFields(doc: ParsedDocument, inBody: readonly MergeFieldUse[], from: number, to: number): string {
  let text = '';
  let at = from;
  for (const u of inBody) {
    if (u.start < from || u.end > to) continue;
    text += doc.text.slice(at, u.start);
    at = u.end;
  }
  return text + doc.text.slice(at, to);
}
