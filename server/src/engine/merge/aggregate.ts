import { n } from '../measure';
import type { Problem, RelatedInformation } from '../types';
import { howMany, MAX_RELATED, NAMES_IN_MESSAGE } from './names';
import { LIMIT_RULES, problemKey, type RecipientProblem } from './outcome';
import type { RecipientRow } from './types';

/** One diagnostic per rule and place on the template (per rule and message for a limit), naming who and by how much. */
export function aggregate(rows: readonly RecipientRow[], problemsByRow: readonly (readonly RecipientProblem[])[], path: string): Problem[] {
  const total = rows.length;
  const groups = new Map<string, { row: RecipientRow; problem: RecipientProblem }[]>();
  for (const row of rows) {
    for (const problem of problemsByRow[row.index]) {
      const key = problemKey(problem.ruleId, problem, problem.messageIndex);
      let hits = groups.get(key);
      if (!hits) groups.set(key, (hits = []));
      hits.push({ row, problem });
    }
  }
  const problems: Problem[] = [];
  for (const hits of groups.values()) {
    const first = hits[0].problem;
    const limit = LIMIT_RULES[first.ruleId];
    const who = howMany(hits.length, total);
    let message: string;
    let place: RecipientProblem = first;
    if (limit) {
      // Worst first: the worst recipient's overflow starts earliest, so the diagnostic covers everyone's.
      const excess = (p: RecipientProblem) => (p.count ?? 0) - (p.limit ?? 0);
      hits.sort((a, b) => excess(b.problem) - excess(a.problem) || a.row.index - b.row.index);
      place = hits[0].problem;
      const names = hits.slice(0, NAMES_IN_MESSAGE).map((h) => `${h.row.name} +${n(excess(h.problem))}`);
      const advice = first.ruleId === 'body-length' ? `InMails under ${n(place.limit ?? 0)} characters get more replies` : 'shorten the template or these values';
      message = `${limit.label.charAt(0).toUpperCase()}${limit.label.slice(1)} ${n(place.count ?? 0)}/${n(place.limit ?? 0)}${limit.unit} for ${who}: ${names.join(', ')}${hits.length > NAMES_IN_MESSAGE ? ' and more' : ''}; ${advice}.`;
    } else {
      const names = hits.slice(0, NAMES_IN_MESSAGE).map((h) => h.row.name);
      message = `For ${who} (${names.join(', ')}${hits.length > NAMES_IN_MESSAGE ? ' and more' : ''}): ${first.message}`;
    }
    // The diagnostic's message says what; each row adds only what differs for that recipient.
    const related: RelatedInformation[] = hits.slice(0, MAX_RELATED).map((h) => ({ path, line: h.row.line, message: h.problem.message === first.message && !limit ? h.row.name : `${h.row.name}: ${clip(h.problem.message)}` }));
    problems.push({ ruleId: first.ruleId, severity: first.severity, start: place.start, end: place.end, message, related });
  }
  return problems;
}

function clip(message: string): string {
  return message.length > 120 ? `${message.slice(0, 119)}…` : message;
}
