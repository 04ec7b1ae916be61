/**
 * Recipients' subject and body counts without rendering and measuring the whole draft: a body's count is
 * the template's count without its fields plus each value's own, once no value can join its neighbours
 * (no line break, no leading combining mark, no empty value at the body's edge). Rows where that does not
 * hold are left to the full lint.
 */
import { countUnits } from '../measure';
import { trimSpan } from '../parse';
import { countWords } from '../words';
import type { ParsedDocument } from '../types';
import { columnIndex, EMPTY, JOINS_BEFORE } from './columns';
import type { MergeFieldUse } from './fields';
import type { RecipientTable } from './types';

/** Per message of the draft, per row: the rendered counts. */
export interface ListCounts {
  /** Rows whose counts could not be added up: they are linted in full. */
  irregular: Uint8Array;
  messages: { subjectLength: Int32Array; subjectWords: Int32Array; bodyLength: Int32Array }[];
}

/** The counts of every row, or undefined when a field sits where counting it needs the full lint (Kind, Degree...). */
export function listCounts(doc: ParsedDocument, known: readonly MergeFieldUse[], table: RecipientTable): ListCounts | undefined {
  if (known.some((u) => u.region === 'header')) return undefined;
  const rowCount = table.rows.length;
  const irregular = new Uint8Array(rowCount);
  const messages: ListCounts['messages'] = [];
  for (const message of doc.messages) {
    const inBody = known.filter((u) => u.message === message.index && u.region === 'body');
    const inSubject = known.filter((u) => u.message === message.index && u.region === 'subject');
    // Template text after a field that could join a value's last character: leave it to the full lint.
    if (inBody.some((u) => JOINS_BEFORE.test(doc.text.slice(u.end, u.end + 2)))) return undefined;
    let base = countUnits(message.body);
    for (const u of inBody) base -= countUnits(doc.text.slice(u.start, u.end));
    const bodyLength = new Int32Array(rowCount).fill(base);
    for (const u of inBody) {
      const index = columnIndex(table, u.column);
      for (let r = 0; r < rowCount; r++) {
        const id = index.ids[r];
        bodyLength[r] += index.units[id];
        if (!index.alone[id]) irregular[r] = 1;
      }
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
      for (let r = 0; r < rowCount; r++) if (index.kind[index.ids[r]] === EMPTY) irregular[r] = 1;
    }
    const subjectLength = new Int32Array(rowCount);
    const subjectWords = new Int32Array(rowCount);
    if (message.subject) subjectCounts(doc, message.subject.valueSpan, inSubject, table, subjectLength, subjectWords, irregular);
    messages.push({ subjectLength, subjectWords, bodyLength });
  }
  return { irregular, messages };
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
  let rest = '';
  let at = lineStart;
  for (const other of inBody) {
    if (other.start < lineStart || other.end > lineEnd) continue;
    rest += doc.text.slice(at, other.start);
    at = other.end;
  }
  rest += doc.text.slice(at, lineEnd);
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  const separator = /^-{0,3}$/.test(rest);
  const opening = !closedHeaderBlock(doc.text, headers, bodyStart) && !/\n[ \t\u00a0\ufeff]*\n/.test(doc.text.slice(bodyStart, u.start));
  if (!separator && !opening) return undefined;
  if (opening && rest.includes(':')) return () => true;
  return (value) => (separator && /^-*$/.test(value)) || (opening && (value === '' || value.includes(':')));
}

/** Fields with only white space (and other fields) between them and an end of the body: empty, they would be trimmed around. */
function edgeFields(doc: ParsedDocument, inBody: readonly MergeFieldUse[], body: { start: number; end: number }): MergeFieldUse[] {
  const withoutFields = (from: number, to: number) => {
    let text = '';
    let at = from;
    for (const u of inBody) {
      if (u.start < from || u.end > to) continue;
      text += doc.text.slice(at, u.start);
      at = u.end;
    }
    return text + doc.text.slice(at, to);
  };
  const blank = (text: string) => {
    const t = trimSpan(text, 0, text.length);
    return t.start === t.end;
  };
  return inBody.filter((u) => blank(withoutFields(body.start, u.start)) || blank(withoutFields(u.end, body.end)));
}

/** A subject is short: each distinct rendering is counted once, as the rules count it (trimmed). */
function subjectCounts(doc: ParsedDocument, span: { start: number; end: number }, inSubject: readonly MergeFieldUse[], table: RecipientTable, lengths: Int32Array, words: Int32Array, irregular: Uint8Array): void {
  const parts: string[] = [];
  let from = span.start;
  for (const u of inSubject) {
    parts.push(doc.text.slice(from, u.start));
    from = u.end;
  }
  parts.push(doc.text.slice(from, span.end));
  const indexes = inSubject.map((u) => columnIndex(table, u.column));
  const memo = new Map<number | string, number>();
  const count = (r: number): number => {
    let text = parts[0];
    indexes.forEach((index, i) => (text += index.values[index.ids[r]] + parts[i + 1]));
    const t = trimSpan(text, 0, text.length);
    const trimmed = text.slice(t.start, t.end);
    // Length and words in one number: a subject holds far fewer than 2^20 of either.
    return (trimmed ? countUnits(trimmed) : 0) * 1048576 + (trimmed ? countWords(trimmed) : 0);
  };
  // One field, the usual subject: its value's id picks the answer from an array.
  const byId = indexes.length === 1 ? new Array<number | undefined>(indexes[0].values.length) : undefined;
  for (let r = 0; r < lengths.length; r++) {
    let packed: number | undefined;
    if (byId) {
      const id = indexes[0].ids[r];
      if (!indexes[0].alone[id]) irregular[r] = 1;
      packed = byId[id] ??= count(r);
    } else {
      // A number while the ids fit one, which they do for a subject's two or three fields.
      let key: number | string = 0;
      for (const index of indexes) {
        const id = index.ids[r];
        if (!index.alone[id]) irregular[r] = 1;
        key = typeof key === 'number' && key < 2 ** 32 ? key * (index.values.length + 1) + id : `${key},${id}`;
      }
      packed = memo.get(key);
      if (packed === undefined) memo.set(key, (packed = count(r)));
    }
    lengths[r] = Math.floor(packed / 1048576);
    words[r] = packed % 1048576;
  }
}
