/** The figures the gauge's tooltip coaches with: reading time, reading ease and the RABT check. */
import type { CoachedLanguage } from './coach/language';
import { hasAsk, hasSpecificReference } from './copy';
import type { MessageKind } from './types';

export interface Rabt {
  /** Why now: something specific about them, or a timely trigger. */
  reason: boolean;
  /** One clear, low-commitment request. */
  ask: boolean;
  /** Shows an understanding of their world: a challenge, their industry. */
  backup: boolean;
  /** A hint of value: a result for a similar company, an insight. */
  tease: boolean;
}

const WHY_NOW = /\b(?:congrat(?:s|ulations)|recently|just (?:saw|read|noticed|heard)|this (?:week|month|quarter)|since you|now that|ahead of|your (?:new|recent))\b/i;
const BACKUP = /\b(?:teams? like yours|companies like|most (?:\w+ )?(?:teams|founders|recruiters|leaders|companies|ctos|vps)|(?:challenge|struggle|pain|bottleneck|headache|tricky|hard part|trade-?off)s?|as (?:you|teams|companies) (?:scale|grow)|in (?:your|the) (?:industry|space|market)|(?:I|we) (?:know|see|hear) (?:how|that|from))\b/i;
const TEASE = /(?:\b\d+(?:[.,]\d+)?(?:\r\n|\s)?(?:%|x\b|percent|hours?|days?|weeks?|months?)|\b(?:we|I) (?:helped|found|saw|learned|built|cut|doubled|tripled|saved)\b|\b(?:case study|benchmark|insight|playbook|result|data)\b|\b(?:cut|halved|doubled|tripled|saved|reduced|increased|grew)\b)/i;

/**
 * `lang` as the copy rules read it; the Ask is the no-ask rule's own reading of the body. The company is
 * passed as the personalization rule passes it, so both read the one memoized evidence of the body.
 */
export function rabt(body: string, lang: CoachedLanguage | undefined, kind: MessageKind = 'inmail', company?: string): Rabt {
  return {
    reason: hasSpecificReference(body, lang, company) || WHY_NOW.test(body),
    ask: hasAsk(body, lang, kind),
    backup: BACKUP.test(body),
    tease: TEASE.test(body),
  };
}

/** Flesch reading ease (0-100, higher is easier; 60-70 reads as plain English). */
export function readingEase(wordCount: number, syllableCount: number, sentenceCount: number): number | undefined {
  if (wordCount === 0) return undefined;
  const score = 206.835 - 1.015 * (wordCount / Math.max(1, sentenceCount)) - 84.6 * (syllableCount / wordCount);
  return Math.round(Math.max(0, Math.min(100, score)));
}

/** Seconds to read at 230 words a minute, an adult's silent-reading pace on screen. */
export function readingSeconds(wordCount: number): number {
  return Math.round((wordCount / 230) * 60);
}
