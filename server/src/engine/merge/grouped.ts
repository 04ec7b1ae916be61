/**
 * Past a few dozen distinct messages: the limits are added up per recipient from the counts, and the rules
 * that read words run on a few recipients of each group of alike ones (see lint-recipients.ts).
 */
import type { InmailConfig } from '../config';
import { ruleById } from '../rules';
import type { ParsedDocument } from '../types';
import { EMPTY, PLAIN, type ColumnIndex } from './columns';
import type { ListCounts } from './counts';
import { limitMessage } from './exact';
import { LIMIT_RULES, problemKey, type MessageCounts, type PerRow, type RecipientOutcome, type RecipientProblem } from './outcome';
import type { RecipientRow, RecipientTable } from './types';

/** Groups of the word-reading rules: each costs up to three full lints. */
const MAX_GROUPS = 48;

export function lintByGroups(
  doc: ParsedDocument,
  table: RecipientTable,
  config: InmailConfig,
  indexes: readonly ColumnIndex[],
  counts: ListCounts,
  own: ReadonlySet<string>,
  exactly: (row: RecipientRow) => RecipientOutcome,
): PerRow {
  const { rows } = table;
  const keyed = keyedColumns(indexes);
  const problems: RecipientProblem[][] = new Array(rows.length);
  const irregular: RecipientOutcome[] = [];
  // Group ids as numbers: a keyed column adds its value's id, another the kind of its value (an OTHER value as itself).
  const groups = new Map<number | string, number[]>();
  for (let r = 0; r < rows.length; r++) {
    if (counts.irregular[r]) {
      irregular[r] = exactly(rows[r]);
      problems[r] = irregular[r].problems;
      continue;
    }
    let key: number | string = 0;
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i];
      const id = index.ids[r];
      const part = keyed[i] || index.kind[id] !== PLAIN ? (index.kind[id] === EMPTY ? 0 : id + 2) : 1;
      key = typeof key === 'number' && key < 2 ** 40 ? key * (index.values.length + 2) + part : `${key},${part}`;
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(r);
  }
  const limits = limitFindings(doc, config, own, counts, rows, exactly);
  const sizes = new Int32Array(rows.length);
  for (const m of counts.messages) for (let r = 0; r < rows.length; r++) sizes[r] += m.bodyLength[r] + m.subjectLength[r];
  const size = (r: number) => sizes[r];
  const wordRules = (o: RecipientOutcome) => o.problems.filter((p) => !(p.ruleId in LIMIT_RULES));
  const signature = (ps: readonly RecipientProblem[]) => ps.map((p) => problemKey(p.ruleId, p, p.messageIndex)).sort().join('\n');
  for (const members of groups.values()) {
    let shortest = members[0];
    let longest = members[0];
    for (const r of members) {
      if (size(r) < size(shortest)) shortest = r;
      if (size(r) > size(longest)) longest = r;
    }
    const reps = [...new Set([members[0], shortest, longest])].map((r) => wordRules(exactly(rows[r])));
    const agree = reps.every((rep) => signature(rep) === signature(reps[0]));
    for (const r of members) {
      const words = agree ? reps[0] : wordRules(exactly(rows[r]));
      const own = limits.get(r);
      problems[r] = own ? [...words, ...own] : words;
    }
  }
  return { problems, counts: (r) => irregular[r]?.counts ?? countsOf(counts, r) };
}

function countsOf(counts: ListCounts, r: number): MessageCounts[] {
  return counts.messages.map((m) => ({ subjectLength: m.subjectLength[r], subjectWords: m.subjectWords[r], bodyLength: m.bodyLength[r] }));
}

/** Per column (in `indexes` order): grouped by value, as long as the groups stay within MAX_GROUPS. */
function keyedColumns(indexes: readonly ColumnIndex[]): boolean[] {
  const order = indexes.map((index, i) => ({ i, distinct: index.values.length })).sort((a, b) => a.distinct - b.distinct);
  const keyed = indexes.map(() => false);
  let product = 1;
  for (const { i, distinct } of order) {
    if (product * distinct > MAX_GROUPS) break;
    product *= distinct;
    keyed[i] = true;
  }
  return keyed;
}

/**
 * The limits each regular row passes, from the counts. The place is where the rule puts it on the row with
 * the highest count (linted in full), whose overflow starts earliest.
 */
function limitFindings(
  doc: ParsedDocument,
  config: InmailConfig,
  own: ReadonlySet<string>,
  counts: ListCounts,
  rows: readonly RecipientRow[],
  exactly: (row: RecipientRow) => RecipientOutcome,
): Map<number, RecipientProblem[]> {
  const found = new Map<number, RecipientProblem[]>();
  const c: MessageCounts = { subjectLength: 0, subjectWords: 0, bodyLength: 0 };
  for (const [ruleId, rule] of Object.entries(LIMIT_RULES)) {
    const severity = config.rules[ruleId] ?? ruleById(ruleId)?.meta.defaultSeverity ?? 'warning';
    if (severity === 'off') continue;
    for (const message of doc.messages) {
      if (own.has(problemKey(ruleId, message.bodySpan, message.index))) continue;
      const m = counts.messages[message.index];
      const hits: number[] = [];
      const hitCounts: number[] = [];
      let worst = -1;
      let worstCount = -1;
      for (let r = 0; r < rows.length; r++) {
        if (counts.irregular[r]) continue;
        c.subjectLength = m.subjectLength[r];
        c.subjectWords = m.subjectWords[r];
        c.bodyLength = m.bodyLength[r];
        if (!rule.fires(c, message, config)) continue;
        const count = rule.count(c);
        hits.push(r);
        hitCounts.push(count);
        if (count > worstCount) [worst, worstCount] = [r, count];
      }
      if (hits.length === 0) continue;
      const placed = exactly(rows[worst]).problems.find((p) => p.ruleId === ruleId && p.messageIndex === message.index);
      const span = placed ?? (rule.label === 'subject' && message.subject ? message.subject.valueSpan : message.bodySpan);
      const limit = rule.limit(message, config);
      for (let h = 0; h < hits.length; h++) {
        const r = hits[h];
        const count = hitCounts[h];
        let list = found.get(r);
        if (!list) found.set(r, (list = []));
        list.push({ ruleId, severity: placed?.severity ?? severity, start: span.start, end: span.end, message: limitMessage(ruleId, count, limit), messageIndex: message.index, count, limit });
      }
    }
  }
  return found;
}
