import { messageLanguage, type LanguageReading } from './coach/language';
import { rabt, readingEase, readingSeconds, type Rabt } from './coaching';
import type { InmailConfig } from './config';
import { analyzeText, countUnits, overflowOffset, type TextAnalysis } from './measure';
import { countWords } from './words';
import type { Message, MessageKind, ParsedDocument, Span } from './types';

export interface MessageMeasure {
  subjectLength: number;
  subjectWords: number;
  bodyLength: number;
  bodyGraphemes: number;
  bodyWords: number;
  bodySentences: number;
}

export interface MessageAnalysis {
  measure: MessageMeasure;
  body: TextAnalysis;
  /** Where the body passes `limit` (offset in the body), computed once per limit for rules and stats alike. */
  overflowAt(limit: number): number | undefined;
}

/** A message's lengths as the limits read them, without the scan for words and sentences. */
export function messageCounts(message: Message): Pick<MessageMeasure, 'subjectLength' | 'subjectWords' | 'bodyLength'> {
  const subject = message.subject?.value ?? '';
  return { subjectLength: subject ? countUnits(subject) : 0, subjectWords: subject ? countWords(subject) : 0, bodyLength: countUnits(message.body) };
}

/**
 * One message's counts, computed once and shared by every rule and the stats. The body's scan (words,
 * sentences, graphemes) waits until something reads it: a recipient's lint in a mail merge mostly needs
 * only the lengths.
 */
class MessageAnalysisImpl implements MessageAnalysis {
  readonly measure: MessageMeasure;
  private analyzed: TextAnalysis | undefined;
  // Made only for bodies that pass a limit: most messages never need it.
  private overflows: Map<number, number | undefined> | undefined;

  constructor(
    private readonly message: Message,
    private readonly withProse: boolean,
  ) {
    this.measure = new LazyMeasure(messageCounts(message), this);
  }

  get body(): TextAnalysis {
    return (this.analyzed ??= analyzeText(this.message.body, this.withProse));
  }

  overflowAt(limit: number): number | undefined {
    if (this.measure.bodyLength <= limit) return undefined;
    this.overflows ??= new Map();
    if (!this.overflows.has(limit)) this.overflows.set(limit, overflowOffset(this.message.body, limit, this.body.plain));
    return this.overflows.get(limit);
  }
}

/**
 * The lengths at once, the scan's figures when read. A class rather than an object literal with getters:
 * a document of 10,000 short messages made 10,000 closures and accessor objects, five times the lint.
 */
class LazyMeasure implements MessageMeasure {
  readonly subjectLength: number;
  readonly subjectWords: number;
  readonly bodyLength: number;

  constructor(
    counts: Pick<MessageMeasure, 'subjectLength' | 'subjectWords' | 'bodyLength'>,
    private readonly analysis: MessageAnalysisImpl,
  ) {
    this.subjectLength = counts.subjectLength;
    this.subjectWords = counts.subjectWords;
    this.bodyLength = counts.bodyLength;
  }

  get bodyGraphemes(): number {
    return this.analysis.body.graphemes;
  }

  get bodyWords(): number {
    return this.analysis.body.wordCount;
  }

  get bodySentences(): number {
    return this.analysis.body.sentenceCount;
  }
}

/** `withProse` also counts the syllables the reading-ease figure needs. */
export function analyzeMessage(message: Message, withProse = true): MessageAnalysis {
  return new MessageAnalysisImpl(message, withProse);
}

/** The hard limit for a message's body, by kind and account. */
export function bodyLimit(kind: MessageKind, config: InmailConfig): number {
  if (kind === 'connection') return config.freeAccount ? config.limits.connectionNoteMaxFree : config.limits.connectionNoteMax;
  return config.limits.bodyMax;
}

export interface MessageStats extends MessageMeasure {
  index: number;
  readingSeconds: number;
  /** Flesch reading ease; undefined for an empty body. */
  readingEase?: number;
  /** Undefined on documents too large for coaching (see HEURISTIC_SIZE_LIMIT). */
  rabt?: Rabt;
  /** Offsets of the body past the hard limit and past the sweet spot, for overflow highlighting. */
  overflow: { hard?: Span; soft?: Span };
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

// Most messages fit: they share one frozen answer instead of each carrying an empty object.
const NO_OVERFLOW: MessageStats['overflow'] = Object.freeze({});

function overflowSpans(m: Message, analysis: MessageAnalysis, hardMax: number, sweetSpot: number | undefined): MessageStats['overflow'] {
  const past = (limit: number): Span | undefined => {
    const offset = analysis.overflowAt(limit);
    return offset === undefined ? undefined : { start: m.bodySpan.start + offset, end: m.bodySpan.end };
  };
  const hard = past(hardMax);
  const soft = sweetSpot !== undefined && sweetSpot < hardMax ? past(sweetSpot) : undefined;
  if (!hard && !soft) return NO_OVERFLOW;
  // The faint highlight stops where the hard one starts, so the two never overlap.
  return { hard, soft: soft && hard ? { start: soft.start, end: hard.start } : soft };
}

/**
 * `coaching` adds the reading-ease figure and the RABT check; lint leaves them out of documents too large
 * to be a draft, where they would cost the most and mean the least.
 */
export function documentStats(
  doc: ParsedDocument,
  config: InmailConfig,
  analyze: (m: Message) => MessageAnalysis = analyzeMessage,
  coaching = true,
  language: (m: Message) => LanguageReading = (m) => messageLanguage(m, doc.messages),
): DocumentStats {
  const messages = doc.messages.map((m): MessageStats => {
    const analysis = analyze(m);
    const { measure, body } = analysis;
    return {
    index: m.index,
    kind: m.kind,
    // Field by field: an object spread here costs more than the rest of the stats.
    subjectLength: measure.subjectLength,
    subjectWords: measure.subjectWords,
    bodyLength: measure.bodyLength,
    bodyGraphemes: measure.bodyGraphemes,
    bodyWords: measure.bodyWords,
    bodySentences: measure.bodySentences,
    readingSeconds: readingSeconds(measure.bodyWords),
    readingEase: coaching && body.prose ? readingEase(body.prose.words, body.prose.syllables, body.sentenceCount) : undefined,
    rabt: coaching ? rabt(m.body, language(m).lang, m.kind, m.company) : undefined,
    subjectMax: config.limits.subjectMax,
    bodyMax: bodyLimit(m.kind, config),
    bodySweetSpot: m.kind === 'inmail' ? config.limits.bodySweetSpot : undefined,
    overflow: overflowSpans(m, analysis, bodyLimit(m.kind, config), m.kind === 'inmail' ? config.limits.bodySweetSpot : undefined),
    };
  });
  return { subjectLength: messages[0].subjectLength, bodyLength: messages[0].bodyLength, messages };
}
