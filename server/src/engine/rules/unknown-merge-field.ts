import { fileName } from '../merge/names';
import { isTable } from '../merge/types';
import { closest } from '../util';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'unknown-merge-field',
    description: 'A {{field}} that no column of the recipients CSV provides: every recipient would get it as written.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ recipients, mergeFields, report }) {
    if (!recipients || !isTable(recipients.parsed)) return;
    const { columns } = recipients.parsed;
    const file = fileName(recipients.path);
    for (const use of mergeFields()) {
      if (use.column >= 0) continue;
      const guess = use.name ? closest(use.name, columns) : undefined;
      const listed = columns.length > 8 ? `${columns.slice(0, 8).join(', ')}, ...` : columns.join(', ');
      report({
        start: use.start,
        end: use.end,
        message: guess
          ? `No column of ${file} is named "${use.name}": every recipient would get {{${use.name}}} as written. Did you mean {{${guess}}}?`
          : `No column of ${file} is named "${use.name}": every recipient would get {{${use.name}}} as written. Its columns: ${listed}.`,
        suggestions: guess ? [{ title: `Change to {{${guess}}}`, edits: [{ start: use.start, end: use.end, newText: `{{${guess}}}` }] }] : undefined,
      });
    }
  },
};
