import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'too-many-follow-ups',
    description: 'Follow up once, after 5-7 business days; a second follow-up reads as pressure.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, config, report }) {
    const allowed = config.limits.maxFollowUps;
    const extras = doc.messages.slice(allowed + 1);
    if (extras.length === 0) return;
    // Deleting the writer's text is never done unasked, so this is a suggestion and not part of fix-all.
    const removeFrom = extras[0].separatorSpan!.start;
    const remove = {
      title: `Remove the ${extras.length} extra follow-up${extras.length === 1 ? '' : 's'}`,
      edits: [{ start: removeFrom, end: doc.text.length, newText: '' }],
    };
    const suggestions = [remove];
    for (const extra of extras) {
      const separator = extra.separatorSpan!;
      report({
        start: separator.start,
        end: separator.start + 3,
        message: `Follow-up ${extra.index} is one too many: follow up ${allowed === 1 ? 'once' : `at most ${allowed} times`}, then let it rest.`,
        suggestions,
      });
    }
  },
};
