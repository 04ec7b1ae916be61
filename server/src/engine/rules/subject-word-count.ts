import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'subject-word-count',
    description: 'Subjects of 10 words or fewer get opened (under 10 is best); long ones are cut off in the inbox.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    heuristic: true,
  },
  check({ doc, config, measure, report }) {
    const limit = config.limits.subjectWords;
    for (const message of doc.messages) {
      if (!message.subject) continue;
      const { subjectWords } = measure(message);
      if (subjectWords <= limit) continue;
      report({
        start: message.subject.valueSpan.start, end: message.subject.valueSpan.end,
        message: `Subject has ${subjectWords} words; keep it to ${limit} at most, fewer is better. Lead with the one specific thing: their post, their news, a mutual contact.`,
      });
    }
  },
};
