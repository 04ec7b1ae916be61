/**
 * Every rule on every recipient's message. Recipients whose values render the same message share one lint,
 * and every distinct message is linted whole, with one split: past a few dozen distinct messages, the
 * evidence missing-personalization looks for (the scan of the whole body that is most of a lint) is read per
 * paragraph with a field and per distinct rendering of it (evidence.ts), so a 1,900-character draft costs
 * about 0.1 ms per distinct message instead of 0.35.
 */
import type { InmailConfig } from '../config';
import type { LintOptions } from '../lint';
import { ruleById } from '../rules';
import type { ParsedDocument, Problem } from '../types';
import { finish } from '../util';
import { aggregate } from './aggregate';
import { columnIndex, type ColumnIndex } from './columns';
import { irregularRows } from './shape';
import { lintExactly, messageOf } from './exact';
import type { MergeFieldUse } from './fields';
import { LIMIT_RULES, problemKey, type PerRow, type RecipientOutcome, type RecipientProblem } from './outcome';
import { evidenceByParagraph, type EvidenceOf } from './evidence';
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
  /** Up to this many distinct messages, each is linted whole, evidence included (for tests: the others are checked against it). */
  exactUpTo?: number;
  /** The template's language per message: a recipient's message is in it (see lint.ts, LintOptions.languageOf). */
  languageOf?: LintOptions['languageOf'];
}

const EXACT_UP_TO = 48;


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

/** Every rule on every recipient's message, at once (see lintRecipientsInSteps). */
export function lintRecipients(...args: Parameters<typeof lintRecipientsInSteps>): MergeLint {
  return finish(lintRecipientsInSteps(...args));
}

/** As lintRecipients, a step per distinct message, so a caller can spread the work over turns of its event loop. */
export function* lintRecipientsInSteps(
  doc: ParsedDocument,
  table: RecipientTable,
  config: InmailConfig,
  uses: readonly MergeFieldUse[],
  templateProblems: readonly Problem[],
  path: string,
  options: MergeLintOptions = {},
): Generator<void, MergeLint> {
  const known = uses.filter((u) => u.column >= 0);
  const emptySeverity = config.rules['empty-merge-value'] ?? ruleById('empty-merge-value')?.meta.defaultSeverity ?? 'warning';
  if (known.length === 0) return new MergeResult([], table, { problems: table.rows.map(() => []), counts: () => [] }, known, emptySeverity);
  const own = new Set(templateProblems.map((p) => problemKey(p.ruleId, p, messageOf(doc, p.start))));
  const recipientConfig = withoutOwnLimits(config, doc, own);
  const columns = [...new Set(known.map((u) => u.column))];
  const indexes = columns.map((c) => columnIndex(table, c));
  // Recipients whose used values are alike render alike: each distinct message is linted once.
  const linted = new Map<string, RecipientOutcome>();
  const exactly = (row: RecipientRow, evidenceOf?: EvidenceOf): RecipientOutcome => {
    let key = '';
    for (const index of indexes) key += `${index.ids[row.index]},`;
    let twin = linted.get(key);
    if (!twin) linted.set(key, (twin = lintExactly(doc, row, known, recipientConfig, own, evidenceOf, options.languageOf)));
    return twin;
  };
  const limit = options.exactUpTo ?? EXACT_UP_TO;
  const irregular = distinctAtMost(indexes, table.rows.length, limit) ? undefined : irregularRows(doc, known, table);
  const evidenceOf = irregular && evidenceByParagraph(doc, known, table, irregular);
  const twins: RecipientOutcome[] = new Array(table.rows.length);
  for (const row of table.rows) {
    const before = linted.size;
    twins[row.index] = exactly(row, evidenceOf);
    // A step per distinct message linted: a server lints a list of thousands between keystrokes.
    if (linted.size !== before) yield;
  }
  const perRow: PerRow = { problems: twins.map((t) => t.problems), counts: (r) => twins[r].counts };
  return new MergeResult(aggregate(table.rows, perRow.problems, path), table, perRow, known, emptySeverity);
}

/**
 * A limit the template passes in every message is reported on the template already, and a recipient's
 * finding of it would be dropped as the template's own (one per rule and message): their lints skip it.
 */
function withoutOwnLimits(config: InmailConfig, doc: ParsedDocument, own: ReadonlySet<string>): InmailConfig {
  const off = Object.keys(LIMIT_RULES).filter((ruleId) => doc.messages.every((m) => own.has(problemKey(ruleId, m.bodySpan, m.index))));
  if (off.length === 0) return config;
  return { ...config, rules: { ...config.rules, ...Object.fromEntries(off.map((ruleId) => [ruleId, 'off' as const])) } };
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
