import { countSentences, countWords, scanWords, sentenceQuestions, type ProseTally, type SentenceQuestions } from './words';

/**
 * Counting as LinkedIn counts: UTF-16 code units after NFC normalisation, every line break one unit.
 * Visible characters (grapheme clusters) are the second figure a writer sees.
 */

const LINE_BREAKS = /\r\n?/g;

/** The text LinkedIn receives: line breaks as `\n`, NFC-normalised. */
/**
 * A count as the writer reads it: 1,900 rather than 1900. Grouped by hand: toLocaleString pages in
 * megabytes of locale data, which a long-running server would carry for the sake of a comma.
 */
export function n(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function normalizeForCount(text: string): string {
  return (text.includes('\r') ? text.replace(LINE_BREAKS, '\n') : text).normalize('NFC');
}

export function countUnits(text: string): number {
  const simple = simpleScan(text);
  return simple ? simple.units : normalizeForCount(text).length;
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
  const simple = simpleScan(text);
  return simple ? simple.graphemes : graphemesOfNormalized(normalizeForCount(text));
}

/** Per code point above U+02FF: may it join a neighbour into one grapheme, or change under NFC? */
const complexCache = new Map<number, boolean>();

function isComplex(codePoint: number): boolean {
  let known = complexCache.get(codePoint);
  if (known === undefined) {
    const ch = String.fromCodePoint(codePoint);
    // Everything that can compose with the character before it is itself a clustering character,
    // so a character that neither clusters nor changes alone leaves the text's NFC form as it is.
    known = CLUSTERING.test(ch) || ch.normalize('NFC') !== ch;
    complexCache.set(codePoint, known);
  }
  return known;
}

// The only characters simpleScan must look at: CR (CRLF counts one) and everything from U+0300 up. A regex
// finds them about three times faster than a loop over every character code.
const NOT_LATIN = /[\r\u0300-\uffff]/g;

/**
 * One pass deciding whether the text is already in the form LinkedIn counts (NFC, one grapheme per code
 * point). For such text, by far the common case, the counts come straight from the scan and neither
 * normalize() nor Intl.Segmenter runs. Undefined means: take the full path.
 */
function simpleScan(text: string): { units: number; graphemes: number } | undefined {
  let units = text.length;
  let graphemes = text.length;
  NOT_LATIN.lastIndex = 0;
  while (NOT_LATIN.test(text)) {
    const i = NOT_LATIN.lastIndex - 1;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 13) {
      if (next === 10) {
        units--;
        graphemes--;
      }
      continue;
    }
    let codePoint = c;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      codePoint = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      graphemes--;
      NOT_LATIN.lastIndex = i + 2;
    }
    if (isComplex(codePoint)) return undefined;
  }
  return { units, graphemes };
}

function graphemesOfNormalized(normalized: string): number {
  if (!CLUSTERING.test(normalized)) return countCodePoints(normalized);
  return countGraphemesChunked(normalized);
}

/** The reference: Intl.Segmenter over the whole text. Tests prove every faster path agrees with it. */
export function countGraphemesSlow(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

const CLUSTERING_GLOBAL = new RegExp(`${CLUSTERING.source}+`, 'gu');
const clusteringCache = new Map<number, boolean>();

function isClustering(codePoint: number): boolean {
  if (codePoint < 0x300) return codePoint === 13;
  let known = clusteringCache.get(codePoint);
  if (known === undefined) {
    known = CLUSTERING.test(String.fromCodePoint(codePoint));
    clusteringCache.set(codePoint, known);
  }
  return known;
}

/**
 * Graphemes of long text without handing all of it to Intl.Segmenter, which slows down badly on long
 * runs of ZWJ emoji and allocates an object per grapheme. Only the stretch around each clustering
 * character is segmented, cut at boundaries no grapheme rule can join across; elsewhere every code
 * point is one grapheme.
 */
export function countGraphemesChunked(text: string): number {
  let total = 0;
  let position = 0;
  // Regions that touch are counted together (up to a size), so a run of emoji is a few calls, not thousands.
  let batchStart = -1;
  let batchEnd = -1;
  const flush = () => {
    if (batchStart >= 0) total += countRegion(text.slice(batchStart, batchEnd));
    batchStart = -1;
  };
  CLUSTERING_GLOBAL.lastIndex = 0;
  for (let m = CLUSTERING_GLOBAL.exec(text); m; m = CLUSTERING_GLOBAL.exec(text)) {
    let start = m.index;
    while (start > position && !isSafeBoundary(text, start)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSafeBoundary(text, end)) end++;
    if (batchStart >= 0 && start === batchEnd && end - batchStart <= BATCH) {
      batchEnd = end;
    } else {
      flush();
      total += countCodePoints(text.slice(position, start));
      batchStart = start;
      batchEnd = end;
    }
    position = end;
    CLUSTERING_GLOBAL.lastIndex = end;
  }
  flush();
  return total + countCodePoints(text.slice(position));
}

const BATCH = 1024;

// Characters with rules of their own: controls and format characters (nothing joins them), Indic viramas
// (which join the next consonant), joiners, regional indicators, Hangul jamo, prepend and spacing marks.
const SPECIAL_CLUSTERING = /[\p{Cc}\p{Cf}\p{Cn}\p{Zl}\p{Zp}\ud800-\udfff\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d\p{Mc}\u200d\u{1f1e6}-\u{1f1ff}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u0e33\u0eb3\r\n]/u;
const EXTEND = /[\p{Grapheme_Extend}\p{Emoji_Modifier}]/u;

/**
 * A region of bases and extending characters only (combining marks, emoji skin tones) follows one rule:
 * each extending character joins the one before it. Anything else goes to Intl.Segmenter.
 */
function countRegion(region: string): number {
  if (SPECIAL_CLUSTERING.test(region)) return countGraphemesSlow(region);
  let graphemes = 0;
  let first = true;
  for (const ch of region) {
    // An extending character at the very start has nothing to join and stands alone.
    if (first || !EXTEND.test(ch)) graphemes++;
    first = false;
  }
  return graphemes;
}

/** Whether a grapheme boundary between `i - 1` and `i` is certain: neither side can join the other. */
function isSafeBoundary(text: string, i: number): boolean {
  const next = text.codePointAt(i)!;
  // Never inside a surrogate pair, never before a Hangul syllable (which joins a leading jamo).
  if ((next >= 0xdc00 && next <= 0xdfff) || (next >= 0xac00 && next <= 0xd7a3)) return false;
  let before = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  // A low surrogate ends a pair only when a high one stands before it; alone it is a character of its own.
  if (before >= 0xdc00 && before <= 0xdfff && high >= 0xd800 && high <= 0xdbff) before = text.codePointAt(i - 2)!;
  return !isClustering(next) && !isClustering(before);
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


/** Everything the rules and stats read off a body, computed in one go and shared. */
export interface TextAnalysis {
  length: number;
  graphemes: number;
  wordCount: number;
  /** Words and syllables for the reading-ease figure, merge fields left out; counted only when asked for. */
  prose?: ProseTally;
  sentenceCount: number;
  /** Where question marks stand, for the ask check; counted only with prose. */
  questions?: SentenceQuestions;
  /** Already in the form LinkedIn counts (NFC, no CRLF, one grapheme per code point): a unit is a character. */
  plain: boolean;
}

export function analyzeText(text: string, withProse = true): TextAnalysis {
  const simple = simpleScan(text);
  let length: number;
  let graphemes: number;
  if (simple) {
    length = simple.units;
    graphemes = simple.graphemes;
  } else {
    const normalized = normalizeForCount(text);
    length = normalized.length;
    graphemes = graphemesOfNormalized(normalized);
  }
  const prose: ProseTally | undefined = withProse ? { words: 0, syllables: 0 } : undefined;
  const wordCount = scanWords(text, undefined, prose);
  const questions = withProse ? sentenceQuestions(text) : undefined;
  const sentenceCount = questions ? questions.sentences : countSentences(text);
  return { length, graphemes, wordCount, prose, sentenceCount, questions, plain: simple !== undefined && simple.units === text.length };
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
 * Used to highlight exactly the characters LinkedIn would refuse. Linear in the text: a character that
 * NFC leaves alone and that joins nothing counts as itself (CRLF one for both); a run of characters that
 * may compose is normalised on its own, with the character before it; only the run that crosses the
 * limit is searched within.
 */
export function overflowOffset(text: string, limit: number, plain = false): number | undefined {
  // Plain text (see TextAnalysis.plain) counts one unit per UTF-16 unit: the limit is the offset.
  if (plain) return text.length <= limit ? undefined : startOfCharAt(text, limit);
  let units = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const width = c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (++units > limit) return i;
      i += width;
      continue;
    }
    // A character NFC leaves alone and that joins nothing counts as itself, without slicing anything.
    const d = text.charCodeAt(i + 1);
    const pair = c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
    if (!isComplex(pair ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c)) {
      units += pair ? 2 : 1;
      if (units > limit) return i;
      i += pair ? 2 : 1;
      continue;
    }
    // The character before composes with what follows it ("e" + U+0301 is "é", a Hangul syllable takes a
    // final jamo), so the run takes it along; its units are counted again as part of the run.
    const previous = text.charCodeAt(i - 1);
    const previousIsPair = previous >= 0xdc00 && previous <= 0xdfff && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const start = i === 0 || previous === 10 || previous === 13 ? i : previousIsPair ? i - 2 : i - 1;
    units -= i - start;
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) >= 128) end++;
    const run = text.slice(start, end);
    const runUnits = simpleScan(run)?.units ?? run.normalize('NFC').length;
    if (units + runUnits > limit) return start + offsetWithinRun(run, limit - units);
    units += runUnits;
    i = end;
  }
  return undefined;
}

/** The first offset in a run of non-ASCII text whose prefix counts more than `budget` units. */
function offsetWithinRun(run: string, budget: number): number {
  let lo = 0;
  let hi = run.length - 1;
  // A prefix's count grows with the prefix, so bisection finds the first one over budget.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (run.slice(0, mid + 1).normalize('NFC').length > budget) hi = mid;
    else lo = mid + 1;
  }
  return startOfCharAt(run, lo);
}

/** Never split a surrogate pair: an emoji that crosses the limit is refused whole. */
function startOfCharAt(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  return c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? offset - 1 : offset;
}
