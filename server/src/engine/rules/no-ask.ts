import { findAsk } from '../coach/ask/ask';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'no-ask',
    description: 'The body must end with one specific, low-commitment ask: a question, a 15-minute call, feedback on an idea.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    heuristic: true,
  },
  check({ doc, language, report }) {
    for (const message of doc.messages) {
      if (!message.body) continue;
      // A language the rule cannot read: it rests (one info diagnostic elsewhere says so).
      const lang = language(message).lang;
      if (!lang || findAsk(message, lang)) continue;
      const lastLine = message.body.trimEnd().lastIndexOf('\n') + 1;
      report({
        start: message.bodySpan.start + lastLine,
        end: message.bodySpan.end,
        message: 'There is no ask. End with one specific, easy request, e.g. "Would a 15-minute call next Tuesday work?"',
      });
    }
  },
};
