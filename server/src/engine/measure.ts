/**
 * Counting as LinkedIn counts: UTF-16 code units after NFC normalisation, every line break one unit.
 * Visible characters (grapheme clusters) are the second figure a writer sees.
 */

const LINE_BREAKS = /\r\n?/g;

/** The text LinkedIn receives: line breaks as `\n`, NFC-normalised. */
export function normalizeForCount(text: string): string {
  return text.replace(LINE_BREAKS, '\n').normalize('NFC');
}

// Pure ASCII is already NFC and has one grapheme per unit; this check is far cheaper than normalize().
const NON_ASCII = /[^\x00-\x7f]/;

export function countUnits(text: string): number {
  if (!NON_ASCII.test(text)) return text.length - crlfCount(text);
  return normalizeForCount(text).length;
}

function crlfCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

/**
 * Characters that can join a cluster with a neighbour: combining marks, joiners, variation selectors,
 * emoji modifiers and tags, regional indicators, Hangul jamo and the Prepend class. Text with none of them
 * has exactly one grapheme per code point, so Intl.Segmenter (costly) is needed only when one appears.
 */
const CLUSTERING =
  /[\p{Grapheme_Extend}\p{Mc}\u{1f1e6}-\u{1f1ff}\p{Emoji_Modifier}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}\u200c\u200d\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\r]/u;

let segmenter: Intl.Segmenter | undefined;

export function countGraphemes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length - crlfCount(text);
  const normalized = normalizeForCount(text);
  if (!CLUSTERING.test(normalized)) return countCodePoints(normalized);
  return countGraphemesSlow(normalized);
}

/** The reference: always segments. Exported so tests can prove the fast path agrees with it. */
export function countGraphemesSlow(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// A merge field is one word, possessive included: "{{company}}'s" is one, like "Acme's".
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-@&][\p{L}\p{N}\p{M}]+)*|\{\{[^{}\n]*\}\}(?:['’]s\b)?/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

// A sentence ends at . ! ? or … followed by space or the end; "e.g." and "3.5" stay inside one.
const SENTENCE_END = /(?<![\s.]\p{L}\.)(?<!\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co))[.!?…]+["')\]’”]*(?=\s|$)/gu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    pushSentence(sentences, text.slice(start, end));
    start = end;
  }
  pushSentence(sentences, text.slice(start));
  return sentences;
}

function pushSentence(into: string[], candidate: string): void {
  // Greetings and sign-offs on their own line ("Hi Dana,", "Best, Sam") are not sentences.
  for (const part of candidate.split(/\n\s*\n/)) {
    const s = part.trim();
    if (/[\p{L}\p{N}]/u.test(s) && (countWords(s) >= 3 || /[.!?]$/.test(s))) into.push(s);
  }
}

export function countSentences(text: string): number {
  return splitSentences(text).length;
}

export interface TextMeasure {
  /** What LinkedIn counts against the limit. */
  length: number;
  /** Visible characters. */
  graphemes: number;
  words: number;
  sentences: number;
}

export function measureText(text: string): TextMeasure {
  return {
    length: countUnits(text),
    graphemes: countGraphemes(text),
    words: countWords(text),
    sentences: countSentences(text),
  };
}

/**
 * The offset in `text` at which the count first exceeds `limit`, or undefined when it fits.
 * Used to highlight exactly the characters LinkedIn would refuse.
 */
export function overflowOffset(text: string, limit: number): number | undefined {
  if (countUnits(text) <= limit) return undefined;
  let lo = 0;
  let hi = text.length;
  // The count of a prefix grows with the prefix, so the first offset whose prefix exceeds the limit is found by bisection.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (countUnits(text.slice(0, mid + 1)) > limit) hi = mid;
    else lo = mid + 1;
  }
  // Never split a surrogate pair: an emoji that crosses the limit is refused whole.
  const c = text.charCodeAt(lo);
  const before = text.charCodeAt(lo - 1);
  if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) lo--;
  return lo;
}
