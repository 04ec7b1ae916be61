import type { InmailConfig } from './config';
import { countGraphemes, countUnits, countWords, splitSentences } from './measure';
import type { Message, MessageKind, ParsedDocument } from './types';

export interface MessageMeasure {
  subjectLength: number;
  subjectWords: number;
  bodyLength: number;
  bodyGraphemes: number;
  bodyWords: number;
  bodySentences: number;
}

export function measureMessage(message: Message): MessageMeasure {
  const subject = message.subject?.value ?? '';
  const sentences = splitSentences(message.body);
  return {
    subjectLength: countUnits(subject),
    subjectWords: countWords(subject),
    bodyLength: countUnits(message.body),
    bodyGraphemes: countGraphemes(message.body),
    bodyWords: countWords(message.body),
    bodySentences: sentences.length,
  };
}

/** The hard limit for a message's body, by kind and account. */
export function bodyLimit(kind: MessageKind, config: InmailConfig): number {
  if (kind === 'connection') return config.freeAccount ? config.limits.connectionNoteMaxFree : config.limits.connectionNoteMax;
  return config.limits.bodyMax;
}

export interface MessageStats extends MessageMeasure {
  index: number;
  kind: MessageKind;
  subjectMax: number;
  bodyMax: number;
  /** The length replies favour; undefined for connection notes, whose hard limit is already short. */
  bodySweetSpot?: number;
}

export interface DocumentStats {
  /** The first message, the one that costs a credit; follow-ups are in `messages`. */
  subjectLength: number;
  bodyLength: number;
  messages: MessageStats[];
}

export function documentStats(doc: ParsedDocument, config: InmailConfig, measure: (m: Message) => MessageMeasure = measureMessage): DocumentStats {
  const messages = doc.messages.map((m) => ({
    index: m.index,
    kind: m.kind,
    ...measure(m),
    subjectMax: config.limits.subjectMax,
    bodyMax: bodyLimit(m.kind, config),
    bodySweetSpot: m.kind === 'inmail' ? config.limits.bodySweetSpot : undefined,
  }));
  return { subjectLength: messages[0].subjectLength, bodyLength: messages[0].bodyLength, messages };
}
