/**
 * Which language a message is written in, so the copy rules read it with that language's lexicon, and
 * rest (saying so once) on a language they cannot read. A `Language:` header overrides detection.
 */
import { checkDetectorModel } from '../data/detector-model';
import type { Message } from '../types';
import { perCodePoint } from '../util';
import { FREQUENT_WORDS } from './frequent-words';
import { parseLanguage } from './language-names';
import { lexiconFor } from './lexicon';

export const COACHED_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type CoachedLanguage = (typeof COACHED_LANGUAGES)[number];

export interface LanguageReading {
  /** Undefined when the message is in a language the copy rules do not read. */
  lang: CoachedLanguage | undefined;
  /** ISO 639-1 code as read or detected, for messages ("pt"); "und" when no language could be told. */
  code: string;
  source: 'header' | 'detected' | 'default';
}

export function isCoached(code: string | undefined): code is CoachedLanguage {
  return (COACHED_LANGUAGES as readonly string[]).includes(code ?? '');
}

/** A message's language: its own `Language:` header, the thread's first one, or detection on its words. */
export function messageLanguage(message: Message, thread?: readonly Message[]): LanguageReading {
  const header = (m: Message) => m.headers.find((h) => h.key === 'language');
  const first = thread && thread[0] !== message ? thread[0] : undefined;
  const own = header(message) ?? (first && header(first));
  const code = own && parseLanguage(own.value);
  if (code) return { lang: isCoached(code) ? code : undefined, code, source: 'header' };
  const reading = detectLanguage(textOf(message));
  // A follow-up too short to tell ("Any thoughts, Jan?") is in the language the thread started in.
  return reading.source === 'default' && first ? detectLanguage(textOf(first)) : reading;
}

const textOf = (message: Message) => `${message.subject?.value ?? ''}\n${message.body}`;

const remembered = new Map<string, LanguageReading>();

/**
 * The language of a text, detected. Remembered for the last few texts: every lint asks once per message,
 * and a keystroke changes one message of a thread.
 */
export function detectLanguage(text: string): LanguageReading {
  // A draft's language shows in its first few thousand characters; a pasted megabyte costs no more.
  const sample = text.length > DETECT_SAMPLE ? text.slice(0, DETECT_SAMPLE) : text;
  let reading = remembered.get(sample);
  if (!reading) {
    reading = detect(sample);
    if (remembered.size >= 16) remembered.delete(remembered.keys().next().value!);
    remembered.set(sample, reading);
  }
  return reading;
}

const DETECT_SAMPLE = 8000;

const DEFAULT: LanguageReading = { lang: 'en', code: 'en', source: 'default' };
// Below this many letters, with no frequent word of any language, a detector guesses: read as English.
const MIN_LETTERS_TO_DETECT = 24;
// The character model is the costly part (about a millisecond per 1,000 characters); this much of a
// draft is plenty when frequent words could not decide.
const MODEL_SAMPLE = 1000;
// Frequent words of one language that settle it, when no other has a third as many.
const SETTLED_HITS = 16;
const SETTLED_LEAD = 3;
// A frequent-word share counts this much against the character model's probability.
const WORD_WEIGHT = 3;

function detect(raw: string): LanguageReading {
  // A draft saved with CRLF is the same draft: the character model must see the same text.
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  // Merge fields and URLs are not language.
  const fieldless = text.includes('{{') ? text.replace(/\{\{[^{}\n]{0,80}\}\}/g, ' ') : text;
  const prose = fieldless.includes('http') ? fieldless.replace(/\bhttps?:\/\/\S{1,300}/g, ' ') : fieldless;
  const scripts = countScripts(prose);
  if (scripts.letters === 0) return DEFAULT;
  if (scripts.latin <= scripts.letters / 2) return reading(scripts.main ?? 'und');
  const words = countFrequentWords(prose);
  // The first two of the hits ranked by count, ties in table order (as a stable sort would rank them).
  let best: [string, number] | undefined;
  let second: [string, number] | undefined;
  for (const hit of words.hits) {
    if (!best || hit[1] > best[1]) (second = best), (best = hit);
    else if (!second || hit[1] > second[1]) second = hit;
  }
  // Decisive: several of one language's frequent words, at least twice as many as any other's. Most drafts
  // end here, without the character model.
  if (best && best[1] >= 4 && best[1] >= 2 * (second?.[1] ?? 0)) return reading(best[0]);
  if (!best && scripts.letters < MIN_LETTERS_TO_DETECT) return DEFAULT;
  const score = new Map<string, number>();
  for (const { lang, accuracy } of detectAll(prose.slice(0, MODEL_SAMPLE))) score.set(lang, accuracy);
  for (const [lang, hits] of words.hits) score.set(lang, (score.get(lang) ?? 0) + (WORD_WEIGHT * hits) / words.total);
  let top: [string, number] | undefined;
  for (const entry of score) if (!top || entry[1] > top[1]) top = entry;
  return top && top[1] >= 0.1 ? reading(top[0]) : DEFAULT;
}

// tinyld builds its model when it loads, about 30 ms of CPU: loaded on the first text the frequent words
// cannot decide, not on every start of the server (require, so the bundler defers the module's code too).
// Its model must be at hand before it loads (see data/detector-model.ts).
let tinyld: typeof import('tinyld/light') | undefined;
const detectAll = (text: string) => (tinyld ??= (checkDetectorModel(), require('tinyld/light') as typeof import('tinyld/light'))).detectAll(text);

const reading = (code: string): LanguageReading => ({ lang: isCoached(code) ? code : undefined, code, source: 'detected' });

// Languages as bits, so one lookup tells every language a word is frequent in.
const LANGS = Object.keys(FREQUENT_WORDS);
let wordLangs: Map<string, number> | undefined;
let greetingLangs: Map<string, number> | undefined;
// Longer than every key of either table (lower-casing can lengthen a word, so with room to spare).
let longestListed = 0;

function frequentWordTables(): [Map<string, number>, Map<string, number>] {
  if (!wordLangs || !greetingLangs) {
    wordLangs = new Map();
    LANGS.forEach((lang, i) => {
      for (const word of FREQUENT_WORDS[lang].split(' ')) wordLangs!.set(word, (wordLangs!.get(word) ?? 0) | (1 << i));
    });
    // A greeting opening a line is as telling as a frequent word ("Salut Paul", "Servus Toni"); its first
    // word stands for it, when long enough to belong to few languages ("hi" is English and German).
    greetingLangs = new Map();
    for (const lang of COACHED_LANGUAGES) {
      const bit = 1 << LANGS.indexOf(lang);
      for (const greeting of lexiconFor(lang).greetings) {
        const word = /^\p{L}{3,}/u.exec(greeting)?.[0];
        if (word) greetingLangs.set(word, (greetingLangs.get(word) ?? 0) | bit);
      }
    }
    for (const key of [...wordLangs.keys(), ...greetingLangs.keys()]) longestListed = Math.max(longestListed, 2 * key.length + 2);
  }
  return [wordLangs, greetingLangs];
}

const isLetter = perCodePoint((ch) => /\p{L}/u.test(ch));

/** UTF-16 units of the letter at `i` (2 for one outside the BMP), or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const codePoint = text.codePointAt(i)!;
    return codePoint > 0xffff && isLetter(codePoint) ? 2 : 0;
  }
  // Past the end charCodeAt gives NaN, which is no letter.
  return c === c && isLetter(c) ? 1 : 0;
}

/**
 * How many of the text's words are frequent in each language, and how many words it has. A word is as the
 * frequency lists write it: letters, with one elision inside ("d'un", "c'est"), the words of
 * /\p{L}+(?:['’]\p{L}+)?/gu, read by a scanner that tells ASCII letters without a Unicode lookup.
 */
function countFrequentWords(prose: string): { hits: Map<string, number>; total: number } {
  const [words, greetings] = frequentWordTables();
  const counts = new Array<number>(LANGS.length).fill(0);
  let total = 0;
  // Lower-cased once, and each word sliced from it, where that keeps every offset (an "İ" lengthens it). The
  // one lower-casing that reads context, a final sigma, is in no listed word either way.
  const lowered = prose.toLowerCase();
  const sameOffsets = lowered.length === prose.length;
  let i = 0;
  while (i < prose.length) {
    let units = letterAt(prose, i);
    if (!units) {
      i++;
      continue;
    }
    const start = i;
    i += units;
    while ((units = letterAt(prose, i))) i += units;
    const apostrophe = prose.charCodeAt(i);
    const curly = apostrophe === 0x2019;
    if ((apostrophe === 39 || curly) && (units = letterAt(prose, i + 1))) {
      i += 1 + units;
      while ((units = letterAt(prose, i))) i += units;
    }
    total++;
    // No listed word or greeting is this long: it counts as a word and needs no look-up.
    if (i - start > longestListed) continue;
    const lower = sameOffsets ? lowered.slice(start, i) : prose.slice(start, i).toLowerCase();
    const word = curly ? lower.replace('’', "'") : lower;
    let bits = words.get(word) ?? 0;
    if (start === 0 || prose.charCodeAt(start - 1) === 10) bits |= greetings.get(word) ?? 0;
    for (let k = 0; bits; k++, bits >>= 1) if (bits & 1) counts[k]++;
    // Far past decisive: the rest of a long draft will not turn it (most drafts are decided in two lines).
    if ((total & 7) === 0) {
      let best = 0;
      let second = 0;
      for (const n of counts) if (n > best) (second = best), (best = n);
      else if (n > second) second = n;
      if (best >= SETTLED_HITS && best >= SETTLED_LEAD * second) break;
    }
  }
  const hits = new Map<string, number>();
  counts.forEach((n, k) => n && hits.set(LANGS[k], n));
  return { hits, total };
}

// The writing systems of one language (or one that stands for the rest: Cyrillic as Russian), for text in
// another script than Latin. None of them is coached, so the code only names the language to the writer.
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Bengali}/u, 'bn'], [/\p{Script=Gurmukhi}/u, 'pa'], [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Oriya}/u, 'or'], [/\p{Script=Tamil}/u, 'ta'], [/\p{Script=Telugu}/u, 'te'], [/\p{Script=Kannada}/u, 'kn'],
  [/\p{Script=Malayalam}/u, 'ml'], [/\p{Script=Sinhala}/u, 'si'], [/\p{Script=Thai}/u, 'th'], [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Khmer}/u, 'km'], [/\p{Script=Myanmar}/u, 'my'], [/\p{Script=Georgian}/u, 'ka'], [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Ethiopic}/u, 'am'], [/\p{Script=Hebrew}/u, 'he'], [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'], [/\p{Script=Hangul}/u, 'ko'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'], [/\p{Script=Han}/u, 'zh'],
];
const LATIN = 'latin';
const scriptOf = perCodePoint((ch): string | undefined => {
  if (!/\p{L}/u.test(ch)) return undefined;
  if (/\p{Script=Latin}/u.test(ch)) return LATIN;
  return SCRIPT_LANGUAGES.find(([script]) => script.test(ch))?.[1] ?? 'und';
});

/**
 * Letters, Latin letters, and the language of the most frequent other script. Stops early, with `main`
 * unread, once Latin letters are the majority whatever the rest holds and the letters are enough to detect:
 * all that `detect` then reads of the counts is that they are so.
 */
function countScripts(prose: string): { letters: number; latin: number; main: string | undefined } {
  let letters = 0;
  let latin = 0;
  const other = new Map<string, number>();
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if ((i & 63) === 0 && letters >= MIN_LETTERS_TO_DETECT && latin > letters - latin + (prose.length - i)) return { letters, latin, main: undefined };
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++, latin++;
      continue;
    }
    const codePoint = prose.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const script = scriptOf(codePoint);
    if (!script) continue;
    letters++;
    if (script === LATIN) latin++;
    else other.set(script, (other.get(script) ?? 0) + 1);
  }
  let main: string | undefined;
  for (const [script, n] of other) if (!main || n > other.get(main)!) main = script;
  // Japanese writes Han characters between its kana; any kana makes Han text Japanese, Hangul Korean.
  if (main === 'zh' && other.has('ja')) main = 'ja';
  if (main === 'zh' && other.has('ko')) main = 'ko';
  return { letters, latin, main };
}
