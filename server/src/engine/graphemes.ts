/**
 * Visible characters: grapheme clusters as Intl.Segmenter (UAX #29) counts them, without paying for
 * Intl.Segmenter on every keystroke. It costs about a millisecond per 2,000 characters and slows down
 * badly on long runs of ZWJ emoji, so it only ever sees the rare stretches no faster rule covers.
 */
import { perCodePoint } from './util';

/**
 * Characters that can join a cluster with a neighbour: combining marks, joiners, variation selectors,
 * emoji modifiers and tags, regional indicators, Hangul jamo and the Prepend class. Text with none of them
 * has exactly one grapheme per code point, so Intl.Segmenter (costly) is needed only when one appears.
 */
export const CLUSTERING =
  /[\p{Grapheme_Extend}\p{Mc}\u{1f1e6}-\u{1f1ff}\p{Emoji_Modifier}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}\u200c\u200d\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\r]/u;

let segmenter: Intl.Segmenter | undefined;

export function graphemesOfNormalized(normalized: string): number {
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

export const CLUSTERING_GLOBAL = new RegExp(`${CLUSTERING.source}+`, 'gu');
const isClusteringAbove02ff = perCodePoint((ch) => CLUSTERING.test(ch));

function isClustering(codePoint: number): boolean {
  return codePoint < 0x300 ? codePoint === 13 : isClusteringAbove02ff(codePoint);
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

// Characters with rules only Intl.Segmenter applies here: controls and format characters other than ZWJ
// (nothing joins them), Indic viramas (which join the next consonant), Hangul jamo, prepend and spacing marks.
const SEGMENTER_ONLY = /(?!\u200d)[\p{Cc}\p{Cf}\p{Cn}\p{Zl}\p{Zp}\ud800-\udfff\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d\p{Mc}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u0e33\u0eb3\r\n]/u;
const EXTEND = /[\p{Grapheme_Extend}\p{Emoji_Modifier}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

// What a character is to the rules countRegion applies (UAX #29 classes).
const ANY = 0;
const EXTENDING = 1;
const ZWJ = 2;
const PICTOGRAPH = 3;
const REGIONAL_INDICATOR = 4;
const kindOf = perCodePoint((ch) => {
  if (ch === '\u200d') return ZWJ;
  if (ch >= '\u{1f1e6}' && ch <= '\u{1f1ff}') return REGIONAL_INDICATOR;
  return EXTEND.test(ch) ? EXTENDING : PICTOGRAPHIC.test(ch) ? PICTOGRAPH : ANY;
});

// What the grapheme so far ends in, as far as the rules care.
const AT_START = 0;
const IN_CLUSTER = 1;
const AFTER_PICTOGRAPH = 2;
const AFTER_PICTOGRAPH_ZWJ = 3;
const AFTER_ODD_INDICATOR = 4;

/**
 * A region without the characters above follows four rules (UAX #29 GB9, GB11, GB12-13): an extending
 * character or ZWJ joins what precedes it; a pictograph joins a pictograph-ZWJ sequence before it (👩‍💻);
 * regional indicators pair up into flags (🇫🇷). Everything else starts a new grapheme. Counting these
 * by hand keeps a run of emoji away from Intl.Segmenter.
 */
function countRegion(region: string): number {
  if (SEGMENTER_ONLY.test(region)) return countGraphemesSlow(region);
  let graphemes = 0;
  let state = AT_START;
  for (let i = 0; i < region.length; ) {
    const codePoint = region.codePointAt(i)!;
    i += codePoint > 0xffff ? 2 : 1;
    const kind = kindOf(codePoint);
    if (kind === EXTENDING || kind === ZWJ) {
      // At the very start there is nothing to join: the character stands alone.
      if (state === AT_START) graphemes++;
      // A pictograph keeps extending (skin tone, VS16) before its ZWJ; anything else just joins.
      state = state !== AFTER_PICTOGRAPH ? IN_CLUSTER : kind === ZWJ ? AFTER_PICTOGRAPH_ZWJ : AFTER_PICTOGRAPH;
    } else if (kind === PICTOGRAPH) {
      if (state !== AFTER_PICTOGRAPH_ZWJ) graphemes++;
      state = AFTER_PICTOGRAPH;
    } else if (kind === REGIONAL_INDICATOR && state === AFTER_ODD_INDICATOR) {
      state = IN_CLUSTER;
    } else {
      graphemes++;
      state = kind === REGIONAL_INDICATOR ? AFTER_ODD_INDICATOR : IN_CLUSTER;
    }
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


