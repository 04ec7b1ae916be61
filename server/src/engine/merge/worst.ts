import type { RecipientOutcome } from './lint-recipients';

/** The longest rendered subject and body of one message among the recipients, and whose they are. */
export interface WorstCase {
  message: number;
  subject?: { length: number; row: number; name: string };
  body?: { length: number; row: number; name: string };
}

/** Per message of the draft: the recipients with the longest rendered subject and body (the gauge's "max"). */
export function worstCases(outcomes: readonly RecipientOutcome[]): WorstCase[] {
  const worst: WorstCase[] = [];
  for (const { row, counts } of outcomes) {
    counts.forEach((c, message) => {
      const w = (worst[message] ??= { message });
      if (!w.subject || c.subjectLength > w.subject.length) w.subject = { length: c.subjectLength, row: row.index, name: row.name };
      if (!w.body || c.bodyLength > w.body.length) w.body = { length: c.bodyLength, row: row.index, name: row.name };
    });
  }
  return worst;
}
