/**
 * Words and sentences as a writer counts them. Scanners over char codes rather than Unicode regexes:
 * they run on every keystroke, and on a megabyte without spaces a backtracking regex overflows the stack.
 */

import { syllablesOfWord } from './syllables';
import { perCodePoint } from './util';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isNonAsciiWordChar = perCodePoint((ch) => WORD_CHAR.test(ch));

/** Per ASCII code: 0 not a word character, 1 a consonant or digit, 2 a vowel (a e i o u y, for syllables). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
for (const vowel of 'aeiouyAEIOUY') ASCII_WORD[vowel.charCodeAt(0)] = 2;
const VOWEL = 2;

function isWordChar(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] !== 0 : isNonAsciiWordChar(code);
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

/** Words of prose (merge fields left out) and their syllables, for the reading-ease figure. */
export interface ProseTally {
  words: number;
  syllables: number;
}

/**
 * Words as a writer counts them: runs of letters, digits and marks, joined by ' ’ . - @ &; a merge field
 * is one word, possessive included ("{{company}}'s", like "Acme's"). A hand-written scan, since a Unicode
 * property regex over the body costs twice as much and this runs on every keystroke. With `prose`, the
 * same pass counts the vowel groups syllables are made of, rather than reading every word a second time.
 */
export function scanWords(text: string, found?: (start: number, end: number) => void, prose?: ProseTally): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit < 128 && unit !== 123 && ASCII_WORD[unit] === 0) {
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
        count++;
        found?.(i, end);
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
    let vowelGroups = 0;
    let inVowels = false;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const kind = ASCII_WORD[d];
          if (kind === 0) break;
          if (kind === VOWEL && !inVowels) vowelGroups++;
          inVowels = kind === VOWEL;
          i++;
        } else {
          const cp = text.codePointAt(i)!;
          if (!isWordChar(cp)) break;
          inVowels = false;
          i += cp > 0xffff ? 2 : 1;
        }
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.codePointAt(i + 1)!)) {
        inVowels = false;
        i++;
        continue;
      }
      break;
    }
    count++;
    if (prose) {
      prose.words++;
      prose.syllables += syllablesOfWord(text, start, i, vowelGroups);
    }
    found?.(start, i);
  }
  return count;
}

export function words(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

export function countWords(text: string): number {
  return scanWords(text);
}

/**
 * Where the next sentence ends, at or after `from`: a run of . ! ? or … with closing quotes or brackets after
 * it, followed by a space or the end; "e.g." and "3.5" stay inside one sentence. The regex this replaces,
 * /(?<![\s.]\p{L}\.)(?<!\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co))[.!?…]+["')\]’”]*(?=\s|$)/gu, ran its
 * punctuation run from every dot of a long run of dots: 150,000 dots took a minute. This finds the same
 * ends, reading each character once or twice. Returns the offset just past the end, or -1.
 */
export function nextSentenceEnd(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    // The regex engine finds the next . ! ? or … several times faster than a loop over the characters.
    TERMINAL.lastIndex = i;
    if (!TERMINAL.test(text)) return -1;
    i = TERMINAL.lastIndex - 1;
    const runStart = i;
    while (i < n && isTerminal(text.charCodeAt(i))) i++;
    const runEnd = i;
    while (i < n && isCloser(text.charCodeAt(i))) i++;
    // Whether the run ends a sentence depends only on what follows it, the same from any of its dots; the
    // first dot not after an initial or an abbreviation starts the match.
    if (i === n || isTrimmable(text.charCodeAt(i))) {
      for (let p = runStart; p < runEnd; p++) if (!afterInitial(text, p) && !afterAbbreviation(text, p)) return i;
    }
  }
  return -1;
}

const TERMINAL = /[.!?\u2026]/g;

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Closing quotes and brackets a sentence may end with: " ' ) ] ’ ”. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d;
}

const isLetter = perCodePoint((ch) => /\p{L}/u.test(ch));

/** Offset `p` comes right after an initial: a space or dot, one letter, a dot (" J." in " J..."). */
function afterInitial(text: string, p: number): boolean {
  if (text.charCodeAt(p - 1) !== 46) return false;
  const low = text.charCodeAt(p - 2);
  const high = text.charCodeAt(p - 3);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const letterStart = pair ? p - 3 : p - 2;
  if (letterStart < 1 || !isLetter(pair ? ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : low)) return false;
  const before = text.charCodeAt(letterStart - 1);
  return before === 46 || isTrimmable(before);
}

const ABBREVIATIONS = ['e.g', 'i.e', 'etc', 'vs', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Inc', 'Ltd', 'Co'];

/** Offset `p` comes right after one of ABBREVIATIONS, standing as a word of its own (so "Co", not "Taco"). */
function afterAbbreviation(text: string, p: number): boolean {
  for (const a of ABBREVIATIONS) {
    const start = p - a.length;
    if (start >= 0 && text.startsWith(a, start) && (start === 0 || !isAsciiWordChar(text.charCodeAt(start - 1)))) return true;
  }
  return false;
}

/**
 * Calls `found` with the offsets of each sentence, trimmed. Greetings and sign-offs on their own
 * line ("Hi Dana,", "Best, Sam") are not sentences. Offsets, not strings: a long document's sentences
 * are counted without copying any of them.
 */
function forEachSentence(text: string, found: (start: number, end: number) => void): void {
  if (text.length > MAX_REMEMBERED) return findSentences(text, found);
  if (text !== lastText) {
    const bounds: number[] = [];
    findSentences(text, (start, end) => bounds.push(start, end));
    lastText = text;
    lastBounds = bounds;
  }
  const bounds = lastBounds;
  for (let k = 0; k < bounds.length; k += 2) found(bounds[k], bounds[k + 1]);
}

// The last text's sentence offsets: a lint reads a body's sentences for its counts and again for its ask.
// Only texts a draft could be are kept, so the offsets and the text held stay small.
const MAX_REMEMBERED = 100_000;
let lastText: string | undefined;
let lastBounds: number[] = [];

function findSentences(text: string, found: (start: number, end: number) => void): void {
  // The next line break at or after the current candidate, found once and reused: a megabyte on one line
  // has none, and searching for it from every sentence would be quadratic.
  let newline = text.indexOf('\n');
  let start = 0;
  for (;;) {
    const stop = nextSentenceEnd(text, start);
    const end = stop === -1 ? text.length : stop;
    // The candidate, split at blank lines, each part trimmed and kept if it reads as a sentence.
    if (newline !== -1 && newline < start) newline = text.indexOf('\n', start);
    let partStart = start;
    while (newline !== -1 && newline < end) {
      let j = newline + 1;
      while (j < end && text.charCodeAt(j) !== 10 && isTrimmable(text.charCodeAt(j))) j++;
      if (j < end && text.charCodeAt(j) === 10) {
        sentencePart(text, partStart, newline, found);
        // Further blank lines in a row belong to the same gap.
        while (j + 1 < end && isTrimmable(text.charCodeAt(j + 1))) j++;
        partStart = j + 1;
        newline = text.indexOf('\n', j + 1);
      } else {
        newline = text.indexOf('\n', newline + 1);
      }
    }
    sentencePart(text, partStart, end, found);
    if (stop === -1) return;
    start = end;
  }
}

function sentencePart(text: string, start: number, end: number, found: (start: number, end: number) => void): void {
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  if (start === end) return;
  const last = text.charCodeAt(end - 1);
  const terminal = last === 46 || last === 33 || last === 63;
  if (hasWords(text, start, end, terminal ? 1 : 3)) found(start, end);
}

/** What String.prototype.trim (and `\s`) removes. */
export function isTrimmable(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  forEachSentence(text, (start, end) => sentences.push(text.slice(start, end)));
  return sentences;
}

/**
 * Whether `text[start, end)` has at least `count` whitespace-separated tokens holding a letter or digit.
 * "Best, Sam" is a sign-off, "Thanks again for the intro" a sentence. A loop, not a regex: on a
 * megabyte without spaces a backtracking regex overflows the stack.
 */
function hasWords(text: string, start: number, end: number, count: number): boolean {
  let found = 0;
  let inToken = false;
  let tokenHasWord = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (space) {
      if (inToken && tokenHasWord && ++found >= count) return true;
      inToken = false;
      tokenHasWord = false;
    } else {
      inToken = true;
      if (!tokenHasWord) tokenHasWord = c < 128 ? ASCII_WORD[c] !== 0 : isWordChar(text.codePointAt(i)!);
    }
  }
  return false;
}

export function countSentences(text: string): number {
  let n = 0;
  forEachSentence(text, () => n++);
  return n;
}
