import { businessDaysBetween } from '../headers';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'follow-up-timing',
    description: 'A follow-up should go 5-7 business days after the message before it.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    heuristic: false,
  },
  check({ doc, config, report }) {
    const { followUpMinBusinessDays: min, followUpMaxBusinessDays: max } = config.limits;
    for (let i = 1; i < doc.messages.length; i++) {
      const previous = doc.messages[i - 1].send;
      const message = doc.messages[i];
      if (!previous || !message.send) continue;
      const header = message.headers.find((h) => h.key === 'send');
      if (!header) continue;
      const days = businessDaysBetween(previous, message.send);
      if (days >= min && days <= max) continue;
      const when = days < 0 ? 'before the message it follows up' : `${days} business day${days === 1 ? '' : 's'} after the previous message`;
      report({
        start: header.valueSpan.start, end: header.valueSpan.end,
        message: `This follow-up is planned ${when}; send it ${min}-${max} business days later${days < min ? ', so they have time to reply' : ', while they still remember the first message'}.`,
      });
    }
  },
};
