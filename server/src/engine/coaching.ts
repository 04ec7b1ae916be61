/** The figures the gauge's tooltip coaches with: reading time, reading ease and the RABT check. */
import { hasAsk, hasSpecificReference } from './copy';

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
const TEASE = /(?:\b\d+(?:[.,]\d+)?\s?(?:%|x\b|percent|hours?|days?|weeks?|months?)|\b(?:we|I) (?:helped|found|saw|learned|built|cut|doubled|tripled|saved)\b|\b(?:case study|benchmark|insight|playbook|result|data)\b|\b(?:cut|halved|doubled|tripled|saved|reduced|increased|grew)\b)/i;

export function rabt(body: string, sentences?: readonly string[]): Rabt {
  return {
    reason: hasSpecificReference(body) || WHY_NOW.test(body),
    ask: hasAsk(body, sentences),
    backup: BACKUP.test(body),
    tease: TEASE.test(body),
  };
}

const VOWEL = new Uint8Array(128);
for (const c of 'aeiouyAEIOUY') VOWEL[c.charCodeAt(0)] = 1;

/**
 * English syllables by vowel groups, less a silent final "e"/"es"/"ed": good enough for a readability
 * figure, not a dictionary. A loop over char codes, since it runs on every word of every keystroke.
 */
export function syllables(word: string): number {
  let end = word.length;
  if (end <= 3) return 1;
  const lower = (i: number) => word.charCodeAt(i) | 0x20;
  const e = 0x65;
  if (lower(end - 1) === e && lower(end - 2) !== 0x6c) end--; // "make", not "table"
  else if ((lower(end - 1) === 0x73 || lower(end - 1) === 0x64) && lower(end - 2) === e) end -= 2; // "makes", "named"
  let groups = 0;
  let inGroup = false;
  for (let i = lower(0) === 0x79 ? 1 : 0; i < end; i++) {
    const c = word.charCodeAt(i);
    const vowel = c < 128 && VOWEL[c] === 1;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return Math.max(1, groups);
}

/** Flesch reading ease (0-100, higher is easier; 60-70 reads as plain English). */
export function readingEase(words: readonly string[], sentenceCount: number): number | undefined {
  let count = 0;
  let syl = 0;
  for (const w of words) {
    if (w.startsWith('{{')) continue;
    count++;
    syl += syllables(w);
  }
  if (count === 0) return undefined;
  const score = 206.835 - 1.015 * (count / Math.max(1, sentenceCount)) - 84.6 * (syl / count);
  return Math.round(Math.max(0, Math.min(100, score)));
}

/** Seconds to read at 230 words a minute, an adult's silent-reading pace on screen. */
export function readingSeconds(wordCount: number): number {
  return Math.round((wordCount / 230) * 60);
}
