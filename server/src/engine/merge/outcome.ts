import type { InmailConfig } from '../config';
import { bodyLimit, type MessageStats } from '../stats';
import type { Problem, Span } from '../types';

/** One problem of one recipient's rendered message, placed on the template. */
export interface RecipientProblem extends Span {
  ruleId: string;
  severity: Problem['severity'];
  /** The rule's message as it reads on the rendered text. */
  message: string;
  /** The message it concerns. */
  messageIndex: number;
  /** For a limit: how far past it this recipient's message goes (characters or words). */
  excess?: number;
  /** For a limit: the recipient's count and the limit. */
  count?: number;
  limit?: number;
}

/** The rules that judge a count against a limit: their problems are grouped per message, not per place. */
export const LIMIT_RULES: Record<string, { label: string; unit: string; count(m: MessageStats): number; limit(m: MessageStats, config: InmailConfig): number }> = {
  'body-max-length': { label: 'body', unit: '', count: (m) => m.bodyLength, limit: (m) => m.bodyMax },
  'body-length': { label: 'body', unit: '', count: (m) => m.bodyLength, limit: (_m, c) => c.limits.bodySweetSpot },
  'subject-max-length': { label: 'subject', unit: '', count: (m) => m.subjectLength, limit: (m) => m.subjectMax },
  'subject-word-count': { label: 'subject', unit: ' words', count: (m) => m.subjectWords, limit: (_m, c) => c.limits.subjectWords },
};

export { bodyLimit };
