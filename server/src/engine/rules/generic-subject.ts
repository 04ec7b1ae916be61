import { judgeSubject, type GenericReason } from '../coach/subject/judge';
import { setHeaderValue } from '../edits';
import type { Rule } from './rule';

// Each reason says what is wrong in words a writer can act on.
const WHY: Record<Exclude<GenericReason, 'empty'>, string> = {
  label: 'is a label: it says what kind of message this is, not what it is about',
  'vague-request': 'is a vague request: it asks for time or help without saying about what',
  category: 'names a category, not anything of theirs; it could go to anyone in their field',
  'self-description': 'describes you, not them; it could go to any company',
  'name-only': 'is a greeting or a name and nothing more; it says nothing about why you write',
  hype: 'reads as hype (a growth promise, bait or stacked superlatives); it looks like mass mail and gets ignored',
  caps: 'is in capitals, which reads as shouting',
  exclamations: 'uses stacked exclamation marks, which read as spam',
};

// When the body gives no material for a suggestion, the fix starts in the body.
const NOTHING_TO_CITE =
  ' Name something only they would recognise: their company, their post or talk, a mutual contact, or the topic of your ask; if the body has none of these, add one to the body first.';

export const rule: Rule = {
  meta: {
    id: 'generic-subject',
    description: 'A subject must name something specific: their company, their work or news, a mutual contact, a term or topic the body is about.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    heuristic: true,
  },
  check({ doc, suggestSubjects, language, report }) {
    for (const message of doc.messages) {
      const subject = message.subject;
      if (!subject) continue;
      // A language the lexicons do not cover is left alone; coaching-language says so once.
      const lang = language(message).lang;
      if (!lang) continue;
      const { reason } = judgeSubject(subject.value, message, lang);
      if (!reason || reason === 'empty') continue;
      const suggestions = suggestSubjects(message);
      const hint = suggestions.length ? ` Try: "${suggestions[0]}".` : NOTHING_TO_CITE;
      report({
        start: subject.valueSpan.start,
        end: subject.valueSpan.end,
        message: `"${subject.value}" ${WHY[reason]}.${hint}`,
        suggestions: suggestions.map((s) => ({ title: `Replace subject with "${s}"`, edits: [setHeaderValue(doc.text, subject, s)] })),
      });
    }
  },
};
