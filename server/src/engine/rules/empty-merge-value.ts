import { columnIndex } from '../merge/columns';
import { howMany, MAX_RELATED, someNames } from '../merge/names';
import { isTable } from '../merge/types';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'empty-merge-value',
    description: 'Recipients whose value for a {{field}} the draft uses is empty: their message would have a hole ("I loved your post on .").',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    heuristic: false,
  },
  check({ recipients, mergeFields, report }) {
    if (!recipients || !isTable(recipients.parsed)) return;
    const { rows, columns } = recipients.parsed;
    // One diagnostic per place: the same field twice is two holes in each of those messages. The rows are
    // listed once per column, at its first place: every diagnostic is sent again on each keystroke.
    const listed = new Set<number>();
    for (const use of mergeFields()) {
      if (use.column < 0) continue;
      // Found once per table and column: every keystroke in the draft asks again.
      const empty = columnIndex(recipients.parsed, use.column).emptyRows;
      if (empty.length === 0) continue;
      const first = !listed.has(use.column);
      listed.add(use.column);
      report({
        start: use.start,
        end: use.end,
        message: `{{${use.name}}} is empty for ${howMany(empty.length, rows.length)}: ${someNames(empty)}. Their message would have a hole here: fill the "${columns[use.column]}" column, or write this line so it reads well without it.`,
        related: !first ? undefined : empty.slice(0, MAX_RELATED).map((r) => ({ path: recipients.path, line: r.line, message: `${r.name}: "${columns[use.column]}" is empty` })),
      });
    }
  },
};
