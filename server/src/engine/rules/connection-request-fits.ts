import { connectionNoteEdit } from '../convert';
import { bodyLimit } from '../stats';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'connection-request-fits',
    description: 'A body short enough for a connection note can be sent for free instead of spending an InMail credit.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, config, measure, report }) {
    const message = doc.messages[0];
    // Free already (an Open Profile, a 1st-degree connection), or not a plan (sent, replied).
    if (message.kind !== 'inmail' || message.openProfile || message.degree === '1st' || message.status !== 'draft' || !message.body) return;
    const limit = bodyLimit('connection', config);
    const { bodyLength } = measure(message);
    if (bodyLength > limit) return;
    const edit = connectionNoteEdit(doc);
    if (!edit) return;
    const lineEnd = doc.text.slice(message.bodySpan.start).search(/\r|\n|$/);
    report({
      start: message.bodySpan.start,
      end: message.bodySpan.start + lineEnd,
      message: `This body is ${bodyLength} characters and fits a ${limit}-character connection note, which costs no InMail credit.`,
      suggestions: [{ title: 'Send as a connection request (Kind: connection)', edits: [edit] }],
    });
  },
};
