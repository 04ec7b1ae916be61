import { KNOWN_HEADERS, headerSpec, parseDegree, parseKind, parseSendTime, parseStatus, parseYesNo } from './headers';
import type { Header, Message, ParsedDocument, Span } from './types';
import { closest } from './util';
import { isTrimmable } from './words';

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the content, before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line). */
  next: number;
}

export function splitLines(text: string): Line[] {
  if (!text.includes('\r')) return splitLinesAtLf(text);
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const width = c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    lines.push({ start, end: i, next: i + width });
    start = i + width;
    i += width - 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** The common case, LF only: indexOf finds each break far faster than a loop over every character. */
function splitLinesAtLf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    lines.push({ start, end: i, next: i + 1 });
    start = i + 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

// A name without spaces, so "Hi Dana: quick one" can never be read as a header.
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:/;

function isSeparator(text: string, line: Line): boolean {
  return line.end - line.start === 3 && text.startsWith('---', line.start);
}

/** Only spaces, tabs, no-break spaces or a byte-order mark. */
function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** Trims whitespace (including line breaks) off both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function parseHeader(text: string, line: Line): Header | undefined {
  // Editors on Windows may save a byte-order mark; it is not part of the first header's name.
  const start = text.charCodeAt(line.start) === 0xfeff ? line.start + 1 : line.start;
  const content = text.slice(start, line.end);
  const m = HEADER_LINE.exec(content);
  if (!m) return undefined;
  const name = m[1];
  const valueSpan = trimSpan(text, start + m[0].length, line.end);
  return {
    name,
    key: name.toLowerCase(),
    value: text.slice(valueSpan.start, valueSpan.end),
    nameSpan: { start, end: start + name.length },
    valueSpan,
    lineSpan: { start: line.start, end: line.next },
  };
}

const KNOWN_NAMES = KNOWN_HEADERS.map((h) => h.name);

/**
 * Whether the lines from `i` form a header block. A known first header always does. A typo'd first
 * header ("Subjet:") does when the lines up to the blank line are all `Name: value` and one of them is
 * known, or when it is a near miss of four letters or more standing alone above a blank line. So a body
 * that opens "Tom: thanks for the intro" stays the body, and fix-all can never turn it into a header.
 */
function opensHeaderBlock(text: string, lines: Line[], i: number, first: Header): boolean {
  if (headerSpec(first.name)) return true;
  let end = i;
  while (end < lines.length && !isBlank(text, lines[end])) end++;
  const block = lines.slice(i, end).map((l) => parseHeader(text, l));
  if (block.every((h) => h !== undefined) && block.some((h) => headerSpec(h!.name))) return true;
  return end === i + 1 && end < lines.length && first.name.length >= 4 && closest(first.name, KNOWN_NAMES) !== undefined;
}

function buildMessage(text: string, lines: Line[], index: number, separatorSpan?: Span): Message {
  let i = 0;
  // Blank lines between a `---` and the next message's headers are layout, not body.
  while (i < lines.length - 1 && isBlank(text, lines[i])) i++;
  const headers: Header[] = [];
  const first = lines[i] && parseHeader(text, lines[i]);
  if (first && opensHeaderBlock(text, lines, i, first)) {
    for (; i < lines.length; i++) {
      if (isBlank(text, lines[i])) {
        i++;
        break;
      }
      const header = parseHeader(text, lines[i]);
      // A line that is not `Name: value` ends the block: it is the body, written without a blank line.
      if (!header) break;
      headers.push(header);
    }
  }
  const firstLine = lines[0];
  const lastLine = lines[lines.length - 1];
  const bodyStart = i < lines.length ? lines[i].start : lastLine.end;
  const bodySpan = trimSpan(text, bodyStart, lastLine.end);
  // The first header of each name counts; a later repeat is reported by invalid-header-value. One loop, no
  // lookup table: a document may hold thousands of messages, most with no headers at all.
  let subject: Header | undefined, to: string | undefined, company: string | undefined;
  let kind: string | undefined, status: string | undefined, openProfile: string | undefined, send: string | undefined, degree: string | undefined;
  for (const h of headers) {
    if (h.key === 'subject') subject ??= h;
    else if (h.key === 'to') to ??= h.value;
    else if (h.key === 'company') company ??= h.value;
    else if (h.key === 'kind') kind ??= h.value;
    else if (h.key === 'status') status ??= h.value;
    else if (h.key === 'open-profile') openProfile ??= h.value;
    else if (h.key === 'send') send ??= h.value;
    else if (h.key === 'degree') degree ??= h.value;
  }
  return {
    index,
    span: { start: firstLine.start, end: lastLine.end },
    separatorSpan,
    headers,
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    subject,
    kind: (kind && parseKind(kind)) || 'inmail',
    status: (status && parseStatus(status)) || 'draft',
    openProfile: openProfile ? parseYesNo(openProfile) ?? false : false,
    degree: degree ? parseDegree(degree) : undefined,
    to: to || undefined,
    company: company || undefined,
    send: send ? parseSendTime(send) : undefined,
  };
}

function emptyLineAt(offset: number): Line {
  return { start: offset, end: offset, next: offset };
}

/** Parses a whole .inmail file. Never throws: any text is a valid (if imperfect) document. */
export function parseDocument(text: string): ParsedDocument {
  const lines = splitLines(text);
  const messages: Message[] = [];
  let group: Line[] = [];
  let separator: Span | undefined;
  for (const line of lines) {
    if (isSeparator(text, line)) {
      // A `---` with nothing above it is a front-matter habit, not an empty first message.
      if (messages.length === 0 && group.every((l) => isBlank(text, l))) {
        group = [];
        continue;
      }
      messages.push(buildMessage(text, group.length ? group : [emptyLineAt(line.start)], messages.length, separator));
      separator = { start: line.start, end: line.next };
      group = [];
    } else {
      group.push(line);
    }
  }
  // A `---` closing the file starts nothing: an empty follow-up would only draw false warnings.
  const trailingSeparator = messages.length > 0 && group.every((l) => isBlank(text, l));
  if (!trailingSeparator) messages.push(buildMessage(text, group.length ? group : [emptyLineAt(text.length)], messages.length, separator));
  return { text, messages };
}
