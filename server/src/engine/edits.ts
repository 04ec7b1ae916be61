import type { Header, Message, TextEdit } from './types';

/** Sets a header's value, keeping one space after the colon even when the value was empty. */
export function setHeaderValue(text: string, header: Header, value: string): TextEdit {
  const { start, end } = header.valueSpan;
  const needsSpace = start === end && text[start - 1] === ':';
  return { start, end, newText: needsSpace ? ` ${value}` : value };
}

/** Adds `Name: value` to a message's header block: under its last header, or as a new block above the body. */
export function addHeader(text: string, message: Message, name: string, value: string): TextEdit {
  const last = message.headers[message.headers.length - 1];
  const newline = /\r\n/.test(text) ? '\r\n' : '\n';
  if (last) {
    // A header on the last line of the file has no line break of its own to put ours after.
    const needsBreak = !/[\r\n]$/.test(text.slice(last.lineSpan.start, last.lineSpan.end));
    return { start: last.lineSpan.end, end: last.lineSpan.end, newText: needsBreak ? `${newline}${name}: ${value}` : `${name}: ${value}${newline}` };
  }
  // A header opens its line: before any indentation of the body's first line, or it would read as body text.
  let at = message.bodySpan.start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return { start: at, end: at, newText: `${name}: ${value}${newline}${newline}` };
}
