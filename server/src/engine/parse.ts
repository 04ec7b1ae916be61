import { KNOWN_HEADERS, headerSpec, parseKind, parseSendTime, parseStatus, parseYesNo } from './headers';
import type { Header, Message, ParsedDocument, Span } from './types';
import { closest } from './util';

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the content, before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line). */
  next: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

// A name without spaces, so "Hi Dana: quick one" can never be read as a header.
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:/;
const BLANK = /^[ \t\u00a0\ufeff]*$/;

function isSeparator(text: string, line: Line): boolean {
  return line.end - line.start === 3 && text.startsWith('---', line.start);
}

function isBlank(text: string, line: Line): boolean {
  return BLANK.test(text.slice(line.start, line.end));
}

/** Trims whitespace (including line breaks) off both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function parseHeader(text: string, line: Line): Header | undefined {
  const content = text.slice(line.start, line.end);
  const m = HEADER_LINE.exec(content);
  if (!m) return undefined;
  const name = m[1];
  const valueSpan = trimSpan(text, line.start + m[0].length, line.end);
  return {
    name,
    key: name.toLowerCase(),
    value: text.slice(valueSpan.start, valueSpan.end),
    nameSpan: { start: line.start, end: line.start + name.length },
    valueSpan,
    lineSpan: { start: line.start, end: line.next },
  };
}

const KNOWN_NAMES = KNOWN_HEADERS.map((h) => h.name);

/**
 * A known header, or a near miss of one ("Subjet:"), opens the header block; any other `Word:` is body
 * text, so "Dana: quick one" stays the body and a typo in the first header is reported, not swallowed.
 */
function opensHeaderBlock(name: string): boolean {
  return headerSpec(name) !== undefined || closest(name, KNOWN_NAMES) !== undefined;
}

function buildMessage(text: string, lines: Line[], index: number, separatorSpan?: Span): Message {
  let i = 0;
  // Blank lines between a `---` and the next message's headers are layout, not body.
  while (i < lines.length - 1 && isBlank(text, lines[i])) i++;
  const headers: Header[] = [];
  const first = lines[i] && parseHeader(text, lines[i]);
  if (first && opensHeaderBlock(first.name)) {
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
  const get = (key: string) => headers.find((h) => h.key === key);
  const subject = get('subject');
  const to = get('to')?.value;
  const company = get('company')?.value;
  return {
    index,
    span: { start: firstLine.start, end: lastLine.end },
    separatorSpan,
    headers,
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    subject,
    kind: parseKind(get('kind')?.value ?? '') ?? 'inmail',
    status: parseStatus(get('status')?.value ?? '') ?? 'draft',
    openProfile: parseYesNo(get('open-profile')?.value ?? '') ?? false,
    to: to || undefined,
    company: company || undefined,
    send: parseSendTime(get('send')?.value ?? ''),
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
      messages.push(buildMessage(text, group.length ? group : [emptyLineAt(line.start)], messages.length, separator));
      separator = { start: line.start, end: line.next };
      group = [];
    } else {
      group.push(line);
    }
  }
  messages.push(buildMessage(text, group.length ? group : [emptyLineAt(text.length)], messages.length, separator));
  return { text, messages };
}
