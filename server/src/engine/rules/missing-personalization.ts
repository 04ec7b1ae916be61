import { greetingOf, isGenericGreeting } from '../copy';
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
  check({ doc, report, language, hasEvidence }) {
    for (const message of doc.messages) {
      // A follow-up continues a thread the first message already made personal.
      if (message.index > 0 || !message.body) continue;
      // The copy rules read English, German, French and Spanish; on any other language they rest.
      const lang = language(message).lang;
      if (!lang) continue;
      // Evidence that the writer looked at this person makes the body personal, whatever its greeting.
      if (hasEvidence(message, lang)) continue;
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
      const firstLine = message.body.search(/\r|\n|$/);
      report({
        start,
        end: start + firstLine,
        message:
          'Nothing here is about this recipient. Open with what made you write to them: their post or talk, a move, their company\'s news, a conversation you had, a mutual contact by name, or background you share. A first name, a merge field or praise for their profile reads as a template.',
      });
    }
  },
};
