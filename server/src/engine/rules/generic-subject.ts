import { subjectGenericReason, type GenericReason } from '../copy';
import { setHeaderValue } from '../edits';
import type { Rule } from './rule';

const WHY: Record<Exclude<GenericReason, 'empty'>, string> = {
  generic: 'says nothing only this recipient would recognise; subjects like it get ignored',
  hype: 'reads as hype; it looks like mass mail and gets ignored',
  caps: 'is in capitals, which reads as shouting',
  exclamations: 'uses stacked exclamation marks, which read as spam',
};

export const rule: Rule = {
  meta: {
    id: 'generic-subject',
    description: 'A subject must name something specific: their company, their post, a topic, a mutual contact.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    heuristic: true,
  },
  check({ doc, suggestSubjects, report }) {
    for (const message of doc.messages) {
      const subject = message.subject;
      if (!subject) continue;
      const reason = subjectGenericReason(subject.value, message);
      if (!reason || reason === 'empty') continue;
      const suggestions = suggestSubjects(message);
      const hint = suggestions.length
        ? ` Try: "${suggestions[0]}".`
        : ' Name their company, their post or talk, or the topic of your ask.';
      report({
        start: subject.valueSpan.start, end: subject.valueSpan.end,
        message: `"${subject.value}" ${WHY[reason]}.${hint}`,
        suggestions: suggestions.map((s) => ({ title: `Replace subject with "${s}"`, edits: [setHeaderValue(doc.text, subject, s)] })),
      });
    }
  },
};
