import { greetingOf, isGenericGreeting, personalization } from '../copy';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'missing-personalization',
    description: 'The body must reference something specific about the recipient; a first name in the greeting is not enough.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    heuristic: true,
  },
  check({ doc, report }) {
    for (const message of doc.messages) {
      // A follow-up continues a thread the first message already made personal.
      if (message.index > 0 || !message.body) continue;
      const greeting = greetingOf(message.body);
      const start = message.bodySpan.start;
      if (greeting && isGenericGreeting(greeting)) {
        report({
          start,
          end: start + greeting.trimEnd().length,
          message: `"${greeting.trim()}" tells the reader this went to many people. Greet them by name and open with why you are writing to them.`,
        });
        continue;
      }
      if (personalization(message.body, message).signal) continue;
      const firstLine = message.body.search(/\r|\n|$/);
      report({
        start,
        end: start + firstLine,
        message:
          'Nothing here is about this recipient. Reference something specific (their post or talk, a role change, company news, a mutual contact); a first name in the greeting alone reads as a template.',
      });
    }
  },
};
