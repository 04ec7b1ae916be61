import { n } from '../measure';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'subject-max-length',
    description: 'The subject must fit LinkedIn\'s 200-character limit.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    heuristic: false,
  },
  check({ doc, config, measure, report }) {
    for (const message of doc.messages) {
      if (!message.subject) continue;
      const { subjectLength } = measure(message);
      const limit = config.limits.subjectMax;
      if (subjectLength <= limit) continue;
      report({
        start: message.subject.valueSpan.start, end: message.subject.valueSpan.end,
        message: `Subject is ${n(subjectLength)} characters; LinkedIn allows ${n(limit)}. Cut ${n(subjectLength - limit)}.`,
      });
    }
  },
};
