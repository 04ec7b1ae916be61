import type { InmailConfig } from '../config';
import { lint } from '../lint';
import { n } from '../measure';
import type { ParsedDocument, Problem, RelatedInformation } from '../types';
import type { MergeFieldUse } from './fields';
import { LIMIT_RULES, type RecipientProblem } from './outcome';
import { howMany, MAX_RELATED, NAMES_IN_MESSAGE } from './names';
import { renderText, toTemplateSpan } from './render';
import type { RecipientRow, RecipientTable } from './types';

export interface RecipientOutcome {
  row: RecipientRow;
  /** Problems of this recipient's rendered messages that the template's own lint does not have. */
  problems: RecipientProblem[];
  /** Per message: the rendered subject and body counts. */
  counts: { subjectLength: number; subjectWords: number; bodyLength: number }[];
}

export interface MergeLint {
  /** One problem per rule and place on the template, naming the recipients. */
  problems: Problem[];
  recipients: RecipientOutcome[];
}

/** What the rendered messages of every recipient add to the template's own problems. */
export function lintRecipients(doc: ParsedDocument, table: RecipientTable, config: InmailConfig, uses: readonly MergeFieldUse[], templateProblems: readonly Problem[], path: string): MergeLint {
  const known = uses.filter((u) => u.column >= 0);
  const outcomes: RecipientOutcome[] = [];
  if (known.length === 0) return { problems: [], recipients: table.rows.map((row) => ({ row, problems: [], counts: [] })) };
  // The template's own problems, by rule and place (and by rule and message for limits): a recipient's
  // message repeating one adds nothing the writer does not already see.
  const own = new Set(templateProblems.map((p) => problemKey(p.ruleId, p, messageOf(doc, p.start))));
  // Recipients whose used values are alike render alike: each distinct message is linted once.
  const byRender = new Map<string, RecipientOutcome>();
  for (const row of table.rows) {
    const key = known.map((u) => row.values[u.column]).join('\u0000');
    const twin = byRender.get(key);
    if (twin) {
      outcomes.push({ row, problems: twin.problems, counts: twin.counts });
      continue;
    }
    const outcome = lintOne(doc, row, known, config, own);
    byRender.set(key, outcome);
    outcomes.push(outcome);
  }
  return { problems: aggregate(outcomes, table, path), recipients: outcomes };
}

function lintOne(doc: ParsedDocument, row: RecipientRow, known: readonly MergeFieldUse[], config: InmailConfig, own: Set<string>): RecipientOutcome {
  const rendered = renderText(doc.text, known, row);
  const result = lint(rendered.text, config, { coachingStats: false });
  const problems: RecipientProblem[] = [];
  for (const p of result.problems) {
    const span = toTemplateSpan(rendered, p, doc.text.length);
    const messageIndex = messageOf(doc, span.start);
    if (own.has(problemKey(p.ruleId, span, messageIndex))) continue;
    const limit = LIMIT_RULES[p.ruleId];
    const stats = result.stats.messages[messageIndex];
    const count = limit && stats ? limit.count(stats) : undefined;
    const max = limit && stats ? limit.limit(stats, config) : undefined;
    problems.push({ ruleId: p.ruleId, severity: p.severity, start: span.start, end: span.end, message: p.message, messageIndex, count, limit: max, excess: count !== undefined && max !== undefined ? count - max : undefined });
  }
  const counts = result.stats.messages.map((m) => ({ subjectLength: m.subjectLength, subjectWords: m.subjectWords, bodyLength: m.bodyLength }));
  return { row, problems, counts };
}

function problemKey(ruleId: string, span: { start: number; end: number }, messageIndex: number): string {
  return ruleId in LIMIT_RULES ? `${ruleId}@message${messageIndex}` : `${ruleId}@${span.start}:${span.end}`;
}

/** The message holding an offset of the template (the last one starting at or before it). */
export function messageOf(doc: ParsedDocument, offset: number): number {
  let found = 0;
  for (const m of doc.messages) if (m.span.start <= offset) found = m.index;
  return found;
}

function aggregate(outcomes: readonly RecipientOutcome[], table: RecipientTable, path: string): Problem[] {
  const groups = new Map<string, { first: RecipientProblem; hits: { row: RecipientRow; problem: RecipientProblem }[] }>();
  for (const outcome of outcomes) {
    for (const problem of outcome.problems) {
      const key = problemKey(problem.ruleId, problem, problem.messageIndex);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { first: problem, hits: [] }));
      group.hits.push({ row: outcome.row, problem });
    }
  }
  const total = table.rows.length;
  const problems: Problem[] = [];
  for (const { first, hits } of groups.values()) {
    const limit = LIMIT_RULES[first.ruleId];
    const who = howMany(hits.length, total);
    let message: string;
    let place: { start: number; end: number } = first;
    if (limit) {
      // Worst first; the worst recipient's overflow is where the diagnostic sits, as it starts earliest.
      hits.sort((a, b) => (b.problem.excess ?? 0) - (a.problem.excess ?? 0) || a.row.index - b.row.index);
      place = hits[0].problem;
      const worst = hits[0].problem;
      const names = hits.slice(0, NAMES_IN_MESSAGE).map((h) => `${h.row.name} ${signed(h.problem.excess ?? 0)}`);
      message = `${capitalize(limit.label)} ${n(worst.count ?? 0)}/${n(worst.limit ?? 0)}${limit.unit} for ${who}: ${names.join(', ')}${more(hits.length)}. ${first.ruleId === 'body-length' ? 'Shorter InMails get more replies.' : 'Shorten the template or these values.'}`;
    } else {
      const names = hits.slice(0, NAMES_IN_MESSAGE).map((h) => h.row.name);
      message = `For ${who} (${names.join(', ')}${more(hits.length)}): ${hits[0].problem.message}`;
    }
    const related: RelatedInformation[] = hits.slice(0, MAX_RELATED).map((h) => ({
      path,
      line: h.row.line,
      message: limit ? `${h.row.name}: ${limit.label} ${n(h.problem.count ?? 0)}/${n(h.problem.limit ?? 0)}${limit.unit} (${signed(h.problem.excess ?? 0)})` : `${h.row.name}: ${h.problem.message}`,
    }));
    problems.push({ ruleId: first.ruleId, severity: first.severity, start: place.start, end: place.end, message, related });
  }
  return problems;
}

function signed(value: number): string {
  return value >= 0 ? `+${n(value)}` : n(value);
}

function more(count: number): string {
  return count > NAMES_IN_MESSAGE ? ', ...' : '';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
