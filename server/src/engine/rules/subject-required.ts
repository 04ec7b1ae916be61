import { setHeaderValue } from '../edits';
import type { Fix, Message } from '../types';
import type { Rule } from './rule';

/** Where a new Subject line goes: first line of the header block, or a new block above the body. */
function insertSubject(text: string, message: Message, subject: string): Fix {
  const at = message.headers[0]?.lineSpan.start ?? message.bodySpan.start;
  // Match the file's line endings, so a CRLF draft stays CRLF throughout.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newText = message.headers.length > 0 ? `Subject: ${subject}${eol}` : `Subject: ${subject}${eol}${eol}`;
  return { title: `Add subject: ${subject}`, edits: [{ start: at, end: at, newText }] };
}

export const rule: Rule = {
  meta: {
    id: 'subject-required',
    description: 'An InMail needs a subject; LinkedIn will not send one without it.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, suggestSubjects, report }) {
    const message = doc.messages[0];
    if (message.kind !== 'inmail' || message.subject?.value) return;
    const suggestions = suggestSubjects(message);
    if (message.subject) {
      const { lineSpan, valueSpan } = message.subject;
      report({
        start: lineSpan.start,
        end: valueSpan.end,
        message: 'The subject is empty. An InMail needs a subject: say what only this message is about.',
        suggestions: suggestions.map((s) => ({ title: `Use subject: ${s}`, edits: [setHeaderValue(doc.text, message.subject!, s)] })),
      });
      return;
    }
    const firstLine = doc.text.slice(message.span.start).search(/\r|\n|$/);
    report({
      start: message.span.start,
      end: message.span.start + Math.max(firstLine, 0),
      message: 'This InMail has no subject. Add a `Subject:` line at the top; LinkedIn will not send an InMail without one.',
      suggestions: suggestions.map((s) => insertSubject(doc.text, message, s)),
    });
  },
};
