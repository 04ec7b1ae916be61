/**
 * Every rule on every recipient's message. Recipients whose values render the same message share one lint.
 * Past a few dozen distinct messages, lint time would grow with the list (a 1,900-character draft takes
 * about 0.2 ms, 10,000 recipients 2 s), so the work is split by what each rule reads:
 * - the limits read counts, which are added up per recipient from the template's and each value's count;
 * - the other rules read words: recipients are grouped by the values of the fields with few distinct
 *   values and by the kind of the others' values (empty, plain words, anything else as itself), and a few
 *   of each group (the first, the shortest and the longest message) are linted in full. When they agree,
 *   their finding stands for the group; when they do not, the whole group is linted in full.
 * Values that could change the draft's shape or counts (line breaks, combining marks, an empty value at
 * the body's edge) are always linted in full.
 */
import type { InmailConfig } from '../config';
import { ruleById } from '../rules';
import type { ParsedDocument, Problem } from '../types';
import { aggregate } from './aggregate';
import { columnIndex, EMPTY, PLAIN, type ColumnIndex } from './columns';
import { listCounts, type ListCounts } from './counts';
import { lintExactly, limitMessage, messageOf } from './exact';
import type { MergeFieldUse } from './fields';
import { LIMIT_RULES, problemKey, type MessageCounts, type RecipientOutcome, type RecipientProblem } from './outcome';
import type { WorstCase } from './worst';
import type { RecipientRow, RecipientTable } from './types';

export type { RecipientOutcome } from './outcome';

export interface MergeLint {
  /** One problem per rule and place on the template, naming the recipients. */
  problems: Problem[];
  /** In row order: each recipient's own problems (their empty values included) and counts. Built when first read. */
  readonly recipients: RecipientOutcome[];
  /** Per message: the longest rendered subject and body, and whose (the gauge's worst case). */
  worst(): WorstCase[];
}

export interface MergeLintOptions {
  /** Up to this many distinct messages, each is linted in full. */
  exactUpTo?: number;
}

const EXACT_UP_TO = 48;
/** Groups of the word-reading rules: each costs up to three full lints. */
const MAX_GROUPS = 48;

/** Per row, without an object per row: a list of thousands is read this way on every pause in typing. */
interface PerRow {
  problems: RecipientProblem[][];
  counts(r: number): MessageCounts[];
}

class MergeResult implements MergeLint {
  private built?: RecipientOutcome[];

  constructor(
    readonly problems: Problem[],
    private readonly table: RecipientTable,
    private readonly perRow: PerRow,
    private readonly known: readonly MergeFieldUse[],
    private readonly emptySeverity: Problem['severity'] | 'off',
  ) {}

  get recipients(): RecipientOutcome[] {
    return (this.built ??= this.table.rows.map((row) => ({ row, problems: this.withEmptyValues(row, this.perRow.problems[row.index]), counts: this.perRow.counts(row.index) })));
  }

  worst(): WorstCase[] {
    const worst: WorstCase[] = [];
    for (const row of this.table.rows) {
      this.perRow.counts(row.index).forEach((c, message) => {
        const w = (worst[message] ??= { message });
        if (!w.subject || c.subjectLength > w.subject.length) w.subject = { length: c.subjectLength, row: row.index, name: row.name };
        if (!w.body || c.bodyLength > w.body.length) w.body = { length: c.bodyLength, row: row.index, name: row.name };
      });
    }
    return worst;
  }

  /** The recipient's own empty values, which empty-merge-value reports on the template for all of them. */
  private withEmptyValues(row: RecipientRow, problems: RecipientProblem[]): RecipientProblem[] {
    const severity = this.emptySeverity;
    if (severity === 'off') return problems;
    const empty = this.known.filter((u) => row.values[u.column] === '');
    if (empty.length === 0) return problems;
    const holes = empty.map((u): RecipientProblem => ({ ruleId: 'empty-merge-value', severity, start: u.start, end: u.end, message: `{{${u.name}}} is empty: "${this.table.columns[u.column]}" has no value on this row`, messageIndex: u.message }));
    return [...problems, ...holes].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

export function lintRecipients(
  doc: ParsedDocument,
  table: RecipientTable,
  config: InmailConfig,
  uses: readonly MergeFieldUse[],
  templateProblems: readonly Problem[],
  path: string,
  options: MergeLintOptions = {},
): MergeLint {
  const known = uses.filter((u) => u.column >= 0);
  const emptySeverity = config.rules['empty-merge-value'] ?? ruleById('empty-merge-value')?.meta.defaultSeverity ?? 'warning';
  if (known.length === 0) return new MergeResult([], table, { problems: table.rows.map(() => []), counts: () => [] }, known, emptySeverity);
  const own = new Set(templateProblems.map((p) => problemKey(p.ruleId, p, messageOf(doc, p.start))));
  const columns = [...new Set(known.map((u) => u.column))];
  const indexes = columns.map((c) => columnIndex(table, c));
  // Recipients whose used values are alike render alike: each distinct message is linted once.
  const linted = new Map<string, RecipientOutcome>();
  const exactly = (row: RecipientRow): RecipientOutcome => {
    const key = indexes.map((index) => index.ids[row.index]).join(',');
    let twin = linted.get(key);
    if (!twin) linted.set(key, (twin = lintExactly(doc, row, known, config, own)));
    return twin;
  };
  const limit = options.exactUpTo ?? EXACT_UP_TO;
  const counts = distinctAtMost(indexes, table.rows.length, limit) ? undefined : listCounts(doc, known, table);
  let perRow: PerRow;
  if (counts) perRow = lintByGroups(doc, table, config, indexes, counts, own, exactly);
  else {
    const twins = table.rows.map(exactly);
    perRow = { problems: twins.map((t) => t.problems), counts: (r) => twins[r].counts };
  }
  return new MergeResult(aggregate(table.rows, perRow.problems, path), table, perRow, known, emptySeverity);
}

/** Whether the rows render at most `limit` distinct messages. */
function distinctAtMost(indexes: readonly ColumnIndex[], rowCount: number, limit: number): boolean {
  if (indexes.reduce((product, index) => product * index.values.length, 1) <= limit) return true;
  const seen = new Set<string>();
  for (let r = 0; r < rowCount; r++) {
    seen.add(indexes.map((index) => index.ids[r]).join(','));
    if (seen.size > limit) return false;
  }
  return true;
}

function lintByGroups(
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
