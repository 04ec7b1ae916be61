import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'subject-word-count',
    description: 'Subjects under 10 words get opened; long ones are cut off in the inbox.',
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
        ...message.subject.valueSpan,
        message: `Subject has ${subjectWords} words; keep it under ${limit}. Lead with the one specific thing: their post, their news, a mutual contact.`,
      });
    }
  },
};
