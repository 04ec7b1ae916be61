import { n } from '../measure';
import { bodyLimit } from '../stats';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'body-max-length',
    description: 'The body must fit LinkedIn\'s limit: 1,900 for an InMail (configurable), 300 for a connection note (200 on a free account).',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    heuristic: false,
  },
  check({ doc, config, measure, analysis, report }) {
    for (const message of doc.messages) {
      const limit = bodyLimit(message.kind, config);
      const { bodyLength } = measure(message);
      if (bodyLength <= limit) continue;
      const cut = analysis(message).overflowAt(limit) ?? 0;
      const what = message.kind === 'connection' ? 'A connection note' : 'An InMail body';
      report({
        start: message.bodySpan.start + cut,
        end: message.bodySpan.end,
        message: `${what} can hold ${n(limit)} characters; this one has ${n(bodyLength)}. LinkedIn would refuse the ${n(bodyLength - limit)} highlighted.`,
      });
    }
  },
};
