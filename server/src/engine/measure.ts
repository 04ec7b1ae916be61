/**
 * Counting as LinkedIn counts: UTF-16 code units after NFC normalisation, every line break one unit.
 * Visible characters (grapheme clusters) are the second figure a writer sees.
 */

const LINE_BREAKS = /\r\n?/g;

/** The text LinkedIn receives: line breaks as `\n`, NFC-normalised. */
/** A count as the writer reads it: 1,900 rather than 1900. */
export function n(count: number): string {
  return count.toLocaleString('en-US');
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

/**
 * One pass over the char codes deciding whether the text is already in the form LinkedIn counts
 * (NFC, one grapheme per code point). For such text, by far the common case, the counts come straight
 * from the scan and neither normalize() nor Intl.Segmenter runs. Undefined means: take the full path.
 */
function simpleScan(text: string): { units: number; graphemes: number } | undefined {
  let units = text.length;
  let graphemes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        units--;
        graphemes--;
        i++;
      }
      continue;
    }
    let codePoint = c;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        codePoint = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        graphemes--;
        i++;
      }
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

const CHUNK = 512;

/**
 * Intl.Segmenter slows down badly on long runs of ZWJ emoji (seconds for 60,000 characters), so long
 * text is segmented in chunks. A chunk ends only between two characters that no grapheme rule can join:
 * neither is a clustering character and the second is not a Hangul syllable (which joins a leading jamo).
 */
export function countGraphemesChunked(text: string): number {
  if (text.length <= CHUNK * 2) return countGraphemesSlow(text);
  let total = 0;
  let start = 0;
  let i = start + CHUNK;
  while (i < text.length) {
    if (isSafeBoundary(text, i)) {
      total += countGraphemesSlow(text.slice(start, i));
      start = i;
      i = start + CHUNK;
    } else {
      i++;
    }
  }
  return total + countGraphemesSlow(text.slice(start));
}

function isSafeBoundary(text: string, i: number): boolean {
  const next = text.codePointAt(i)!;
  // Never inside a surrogate pair, never before a Hangul syllable.
  if ((next >= 0xdc00 && next <= 0xdfff) || (next >= 0xac00 && next <= 0xd7a3)) return false;
  let before = text.charCodeAt(i - 1);
  if (before >= 0xdc00 && before <= 0xdfff) before = text.codePointAt(i - 2)!;
  return !CLUSTERING.test(String.fromCodePoint(next)) && !CLUSTERING.test(String.fromCodePoint(before));
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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordCharCache = new Map<number, boolean>();

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;

function isWordChar(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    wordCharCache.set(code, known);
  }
  return known;
}

// Characters that join two runs of letters into one word: it's, e-mail, e.g, a@b, R&D.
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 64 || code === 38;
}

/** `\b` in a non-Unicode regex: only ASCII letters, digits and _ are word characters. */
function isAsciiWordChar(code: number): boolean {
  return code === 95 || (code < 128 && isWordChar(code));
}

function isLetterS(code: number): boolean {
  return code === 115 || code === 83;
}

/**
 * Words as a writer counts them: runs of letters, digits and marks, joined by ' ’ . - @ &; a merge field
 * is one word, possessive included ("{{company}}'s", like "Acme's"). A hand-written scan, since a Unicode
 * property regex over the body costs twice as much and this runs on every keystroke.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 128 && unit !== 123 && ASCII_WORD[unit] !== 1) {
      i++;
      continue;
    }
    const c = unit < 128 ? unit : text.codePointAt(i)!;
    if (c === 123 && text.charCodeAt(i + 1) === 123) {
      let j = i + 2;
      for (let d = text.charCodeAt(j); j < n && d !== 125 && d !== 123 && d !== 10; d = text.charCodeAt(++j));
      if (text.charCodeAt(j) === 125 && text.charCodeAt(j + 1) === 125) {
        let end = j + 2;
        const apostrophe = text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019;
        if (apostrophe && isLetterS(text.charCodeAt(end + 1)) && !isAsciiWordChar(text.charCodeAt(end + 2))) end += 2;
        out.push(text.slice(i, end));
        i = end;
        continue;
      }
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_WORD[d] !== 1) break;
          i++;
        } else {
          const cp = text.codePointAt(i)!;
          if (!isWordChar(cp)) break;
          i += cp > 0xffff ? 2 : 1;
        }
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.codePointAt(i + 1)!)) {
        i++;
        continue;
      }
      break;
    }
    out.push(text.slice(start, i));
  }
  return out;
}

export function countWords(text: string): number {
  return words(text).length;
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

// Three words or more: "Best, Sam" is a sign-off, "Thanks again for the intro" a sentence.
const THREE_WORDS = /[\p{L}\p{N}]\S*\s+[^\s]*[\p{L}\p{N}]\S*\s+[^\s]*[\p{L}\p{N}]/u;

function pushSentence(into: string[], candidate: string): void {
  // Greetings and sign-offs on their own line ("Hi Dana,", "Best, Sam") are not sentences.
  for (const part of candidate.includes('\n') ? candidate.split(/\n\s*\n/) : [candidate]) {
    const s = part.trim();
    if (/[.!?]$/.test(s) ? /[\p{L}\p{N}]/u.test(s) : THREE_WORDS.test(s)) into.push(s);
  }
}

export function countSentences(text: string): number {
  return splitSentences(text).length;
}

/** Everything the rules and stats read off a body, computed in one go and shared. */
export interface TextAnalysis {
  length: number;
  graphemes: number;
  words: string[];
  sentences: string[];
}

export function analyzeText(text: string): TextAnalysis {
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
  return { length, graphemes, words: words(text), sentences: splitSentences(text) };
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
  // Text already in counting form is walked once; only text that NFC would change needs bisection.
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    else if (c >= 0x300) {
      let codePoint = c;
      const d = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        codePoint = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        units++;
        i++;
      }
      if (isComplex(codePoint)) return overflowOffsetByBisection(text, limit);
    }
    if (++units > limit) return start;
  }
  return undefined;
}

function overflowOffsetByBisection(text: string, limit: number): number | undefined {
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
