import type { InmailConfig } from '../config';
import type { Message, Problem, Span } from '../types';
import { bodyLimit } from '../stats';
import type { RecipientRow } from './types';

/** One problem of one recipient's rendered message, placed on the template. */
export interface RecipientProblem extends Span {
  ruleId: string;
  severity: Problem['severity'];
  /** The rule's message as it reads on the rendered text; for a limit, the recipient's count against it. */
  message: string;
  /** The message of the draft it concerns. */
  messageIndex: number;
  /** For a limit: the recipient's count, the limit, and so how far past it the message goes. */
  count?: number;
  limit?: number;
}

/** A rendered message's counts, as the gauge and the limits read them. */
export interface MessageCounts {
  subjectLength: number;
  subjectWords: number;
  bodyLength: number;
}

export interface RecipientOutcome {
  row: RecipientRow;
  /** Problems of this recipient's rendered messages that the template's own lint does not have. */
  problems: RecipientProblem[];
  /** Per message of the draft. */
  counts: MessageCounts[];
}

interface LimitRule {
  label: string;
  unit: string;
  count(c: MessageCounts): number;
  limit(m: Message, config: InmailConfig): number;
  /** Exactly when the rule fires on a message with these counts (kept to its module's condition; a test compares). */
  fires(c: MessageCounts, m: Message, config: InmailConfig): boolean;
}

/** The rules that judge a count against a limit: their problems are grouped per message, not per place. */
export const LIMIT_RULES: Readonly<Record<string, LimitRule>> = {
  'body-max-length': {
    label: 'body', unit: '',
    count: (c) => c.bodyLength,
    limit: (m, config) => bodyLimit(m.kind, config),
    fires: (c, m, config) => c.bodyLength > bodyLimit(m.kind, config),
  },
  'body-length': {
    label: 'body', unit: '',
    count: (c) => c.bodyLength,
    limit: (_m, config) => config.limits.bodySweetSpot,
    fires: (c, m, config) => m.kind === 'inmail' && c.bodyLength > config.limits.bodySweetSpot && c.bodyLength <= config.limits.bodyMax,
  },
  'subject-max-length': {
    label: 'subject', unit: '',
    count: (c) => c.subjectLength,
    limit: (_m, config) => config.limits.subjectMax,
    fires: (c, m, config) => m.subject !== undefined && c.subjectLength > config.limits.subjectMax,
  },
  'subject-word-count': {
    label: 'subject', unit: ' words',
    count: (c) => c.subjectWords,
    limit: (_m, config) => config.limits.subjectWords,
    fires: (c, m, config) => m.subject !== undefined && c.subjectWords > config.limits.subjectWords,
  },
};

/** Per row, without an object per row: a list of thousands is read this way on every pause in typing. */
export interface PerRow {
  problems: RecipientProblem[][];
  counts(r: number): MessageCounts[];
}

/** The key under which a problem is one diagnostic: a limit per message, anything else per rule and place. */
export function problemKey(ruleId: string, span: Span, messageIndex: number): string {
  return ruleId in LIMIT_RULES ? `${ruleId}@message${messageIndex}` : `${ruleId}@${span.start}:${span.end}`;
}
