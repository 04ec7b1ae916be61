import { columnIndex, type ColumnIndex } from '../merge/columns';
import { howMany, MAX_RELATED, someNames } from '../merge/names';
import { isTable } from '../merge/types';
import type { RelatedInformation } from '../types';
import type { Rule } from './rule';

// The rows listed are the same on every keystroke against the same table: one list per column and path,
// so the server converts and encodes it once (lsp/convert.ts) instead of on every publish.
const relatedLists = new WeakMap<ColumnIndex, Map<string, RelatedInformation[]>>();

function relatedList(index: ColumnIndex, path: string, column: string): RelatedInformation[] {
  let byPath = relatedLists.get(index);
  if (!byPath) relatedLists.set(index, (byPath = new Map()));
  let related = byPath.get(path);
  if (!related) byPath.set(path, (related = index.emptyRows.slice(0, MAX_RELATED).map((r) => ({ path, line: r.line, message: `${r.name}: "${column}" is empty` }))));
  return related;
}

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
      const index = columnIndex(recipients.parsed, use.column);
      const empty = index.emptyRows;
      if (empty.length === 0) continue;
      const first = !listed.has(use.column);
      listed.add(use.column);
      report({
        start: use.start,
        end: use.end,
        message: `{{${use.name}}} is empty for ${howMany(empty.length, rows.length)}: ${someNames(empty)}. Their message would have a hole here: fill the "${columns[use.column]}" column, or write this line so it reads well without it.`,
        related: !first ? undefined : relatedList(index, recipients.path, columns[use.column]),
      });
    }
  },
};
