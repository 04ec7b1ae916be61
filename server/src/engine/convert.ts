import { setHeaderValue } from './edits';
import type { ParsedDocument, TextEdit } from './types';

/**
 * The edit that turns the first message into a connection-request note: `Kind: connection`,
 * replacing an existing Kind value or added under the subject. Nothing else changes.
 */
export function connectionNoteEdit(doc: ParsedDocument): TextEdit | undefined {
  const message = doc.messages[0];
  if (message.kind === 'connection') return undefined;
  const kind = message.headers.find((h) => h.key === 'kind');
  if (kind) return setHeaderValue(doc.text, kind, 'connection');
  const anchor = message.subject ?? message.headers[message.headers.length - 1];
  if (anchor) {
    const lineText = doc.text.slice(anchor.lineSpan.start, anchor.lineSpan.end);
    // A header on the last line of the file has no line break of its own to put ours after.
    const newline = /\r\n$/.test(lineText) ? '\r\n' : '\n';
    const needsBreak = !/[\r\n]$/.test(lineText);
    return { start: anchor.lineSpan.end, end: anchor.lineSpan.end, newText: `${needsBreak ? newline : ''}Kind: connection${needsBreak ? '' : newline}` };
  }
  const newline = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  return { start: message.span.start, end: message.span.start, newText: `Kind: connection${newline}${newline}` };
}
