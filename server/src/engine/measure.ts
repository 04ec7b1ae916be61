import { CLUSTERING, graphemesOfNormalized } from './graphemes';
import { perCodePoint } from './util';
import { countSentences, countWords, scanWords, type ProseTally } from './words';

/**
 * Counting as LinkedIn counts: UTF-16 code units after NFC normalisation, every line break one unit.
 * Visible characters (grapheme clusters) are the second figure a writer sees.
 */

const LINE_BREAKS = /\r\n?/g;

/**
 * A count as the writer reads it: 1,900 rather than 1900. Grouped by hand: toLocaleString pages in
 * megabytes of locale data, which a long-running server would carry for the sake of a comma.
 */
export function n(count: number): string {
  const digits = String(count);
  if (!Number.isSafeInteger(count)) return digits;
  const sign = digits.startsWith('-') ? 1 : 0;
  let out = digits.slice(0, sign + ((digits.length - sign - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** The text LinkedIn receives: line breaks as `\n`, NFC-normalised. */
export function normalizeForCount(text: string): string {
  return (text.includes('\r') ? text.replace(LINE_BREAKS, '\n') : text).normalize('NFC');
}

export function countUnits(text: string): number {
  const simple = simpleScan(text);
  return simple ? simple.units : normalizeForCount(text).length;
}

export function countGraphemes(text: string): number {
  const simple = simpleScan(text);
  return simple ? simple.graphemes : graphemesOfNormalized(normalizeForCount(text));
}

/**
 * Per code point above U+02FF: may it join a neighbour into one grapheme, or change under NFC? Everything
 * that can compose with the character before it is itself a clustering character, so a character that
 * neither clusters nor changes alone leaves the text's NFC form as it is.
 */
const isComplex = perCodePoint((ch) => CLUSTERING.test(ch) || ch.normalize('NFC') !== ch);

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

/** Everything the rules and stats read off a body, computed in one go and shared. */
export interface TextAnalysis {
  length: number;
  graphemes: number;
  wordCount: number;
  /** Words and syllables for the reading-ease figure, merge fields left out; counted only when asked for. */
  prose?: ProseTally;
  sentenceCount: number;
  /** Already in the form LinkedIn counts (NFC, no CR): every UTF-16 unit counts one, so a limit is an offset. */
  plain: boolean;
}

export function analyzeText(text: string, withProse = true): TextAnalysis {
  const simple = simpleScan(text);
  let length: number;
  let graphemes: number;
  let plain: boolean;
  if (simple) {
    length = simple.units;
    graphemes = simple.graphemes;
    plain = simple.units === text.length;
  } else {
    const normalized = normalizeForCount(text);
    length = normalized.length;
    graphemes = graphemesOfNormalized(normalized);
    // Hindi, Thai or emoji text is usually NFC already: its limit is an offset too, found without a scan.
    plain = normalized === text;
  }
  const prose: ProseTally | undefined = withProse ? { words: 0, syllables: 0 } : undefined;
  const wordCount = scanWords(text, undefined, prose);
  const sentenceCount = countSentences(text);
  return { length, graphemes, wordCount, prose, sentenceCount, plain };
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
