/**
 * A body as a list of words and punctuation with their offsets and sentences: the evidence finders
 * match lexicon classes and structure on these in one pass, with no regex on the whole text.
 */
import type { CoachedLanguage } from '../language';
import { perCodePoint } from '../../util';

export interface Token {
  /** As written, without trailing dots or apostrophes. */
  text: string;
  /** Lower case, typographic apostrophes straightened: what lexicons are matched against. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'field';
  /** Starts with an upper-case letter (or a digit/currency followed by one: "€10M" is not). */
  cap: boolean;
  /** Written with a possessive 's or a trailing apostrophe ("Initech's", "Freightways'"). */
  possessive: boolean;
  sentence: number;
}

export interface Tokens {
  list: Token[];
  /** Per sentence: whether it is a question (ends on "?" or opens with "¿"). */
  question: boolean[];
}

// A word: letters, digits and the joiners a name or figure carries inside it ("write-up", "€10M", "0.3%", "C++").
// Decided once per code point (ASCII by a table): the Unicode-property tests cost far more than a lookup.
const startsWord = perCodePoint((c) => /[\p{L}\p{N}€$£#@]/u.test(c));
const partOfWord = perCodePoint((c) => /[\p{L}\p{N}\p{M}'’\-&.€$£%+/_@#]/u.test(c));
const upperCase = perCodePoint((c) => /\p{Lu}/u.test(c));
const ASCII_START: boolean[] = [];
const ASCII_PART: boolean[] = [];
const ASCII_UPPER: boolean[] = [];
for (let code = 0; code < 128; code++) {
  ASCII_START.push(startsWord(code));
  ASCII_PART.push(partOfWord(code));
  ASCII_UPPER.push(upperCase(code));
}
// Past the end charCodeAt gives NaN, which is neither.
const wordStart = (code: number) => (code < 128 ? ASCII_START[code] : code >= 128 && startsWord(code));
const wordPart = (code: number) => (code < 128 ? ASCII_PART[code] : code >= 128 && partOfWord(code));
const upper = (code: number) => (code < 128 ? ASCII_UPPER[code] : code >= 128 && upperCase(code));
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const MAX_FIELD = 200;
// Trailing . ' ’ - & /
const isTrailing = (code: number) => code === 46 || code === 39 || code === 0x2019 || code === 45 || code === 38 || code === 47;
// A body past the evidence's own limit is not read; this bounds the copy made of one that is.
const MAX_LOWERED = 100_000;
// French elisions are words of their own: "d'Assurly" is "d'" + "Assurly", "m'a" is "m'" + "a".
const ELISION = /^(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

/** Tokens of `text` from `from` on; offsets are into `text`. */
export function tokenize(text: string, lang: CoachedLanguage, abbreviations: ReadonlySet<string>, from = 0): Tokens {
  const list: Token[] = [];
  const question: boolean[] = [false];
  let sentence = 0;
  let opensWithInverted = false;
  const endSentence = (isQuestion: boolean) => {
    question[sentence] = question[sentence] || isQuestion || opensWithInverted;
    sentence++;
    question[sentence] = false;
    opensWithInverted = false;
  };
  // Lower-cased once and sliced per word where that keeps every offset ("İ" lengthens a text) and reads no
  // context (a capital sigma's lower case depends on what follows it): the same words, one allocation fewer each.
  const whole = text.length <= MAX_LOWERED && !text.includes('Σ') ? text.toLowerCase() : undefined;
  const lowered = whole !== undefined && whole.length === text.length ? whole : undefined;
  // Most bodies have no typographic apostrophe: then no word needs looking at for one.
  const curly = text.includes('’');
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence only where it ends a line of prose: "Best,\nDana" is not one sentence.
      const last = list[list.length - 1];
      if (last && last.sentence === sentence) endSentence(false);
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\u00a0') {
      i++;
      continue;
    }
    if (c === '{' && text[i + 1] === '{') {
      // Looked for within one field's length, so a body of unclosed "{{" costs no more than any other.
      const window = text.slice(i + 2, i + MAX_FIELD);
      const close = window.indexOf('}}');
      const nl = window.indexOf('\n');
      if (close >= 0 && (nl < 0 || close < nl)) {
        const end = i + 2 + close;
        list.push({ text: text.slice(i, end + 2), lower: text.slice(i, end + 2).toLowerCase(), start: i, end: end + 2, kind: 'field', cap: false, possessive: false, sentence });
        i = end + 2;
        continue;
      }
    }
    if (!wordStart(text.charCodeAt(i))) {
      if (c === '¿') opensWithInverted = true;
      list.push({ text: c, lower: c, start: i, end: i + 1, kind: 'punct', cap: false, possessive: false, sentence });
      i++;
      if (SENTENCE_END.has(c)) {
        const prev = list[list.length - 2];
        // "Dr." and "Co." do not end a sentence; nor does a dot inside "...".
        const abbreviation = c === '.' && prev?.kind === 'word' && prev.end === i - 1 && (abbreviations.has(prev.lower) || isInitial(prev.text));
        const ordinal = c === '.' && lang === 'de' && prev?.kind === 'word' && prev.end === i - 1 && germanOrdinal(prev.text, text, i);
        if (!abbreviation && !ordinal && !SENTENCE_END.has(text[i] ?? '')) endSentence(c === '?');
      }
      continue;
    }
    let j = i + 1;
    // "1,000", "2.5": a separator between digits belongs to the figure.
    while (j < text.length && (wordPart(text.charCodeAt(j)) || ((text[j] === ',' || text[j] === '.') && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))))) j++;
    // Trailing dots, apostrophes and joiners belong to the sentence, not the word.
    let end = j;
    while (end > i + 1 && isTrailing(text.charCodeAt(end - 1))) end--;
    let word = text.slice(i, end);
    // A bare apostrophe after the word is a possessive only after a sibilant ("Freightways'", "Hans'"); after
    // any other letter it closes a quotation: "'Inventory is a confession' was the line".
    let possessive = text[end] === "'" || text[end] === '’' ? (end + 1 === j || !wordPart(text.charCodeAt(end + 1))) && isSibilant(text.charCodeAt(end - 1)) : false;
    if (lang === 'fr') {
      const elided = ELISION.exec(word);
      if (elided) {
        list.push(wordToken(elided[0], i, sentence, false, lowered, curly));
        i += elided[0].length;
        word = word.slice(elided[0].length);
      }
    }
    if (lang === 'en' && endsWithApostropheS(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    list.push(wordToken(word, i, sentence, possessive, lowered, curly));
    // Trailing dots and joiners are read again as punctuation; a possessive's apostrophe is part of the word.
    i = possessive && end < j && (text[end] === "'" || text[end] === '’') ? end + 1 : end;
  }
  return { list, question };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

const GERMAN_MONTHS = new Set(['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez']);
const NEXT_WORD = /^ (\p{L}+)/u;

/**
 * German writes an ordinal with a dot: "vom 4. März", "am 12. Mai", "die 3. und 4. Klassen". After one or two
 * digits, a dot followed on the line by a month or a lower-case word is no sentence's end.
 */
function germanOrdinal(number: string, text: string, after: number): boolean {
  if (number.length > 2 || !isDigit(number.charCodeAt(0)) || !isDigit(number.charCodeAt(number.length - 1))) return false;
  const next = NEXT_WORD.exec(text.slice(after, after + 24));
  return !!next && (GERMAN_MONTHS.has(next[1].toLowerCase()) || !upper(next[1].charCodeAt(0)));
}
// s, x, z in either case.
const isSibilant = (code: number) => code === 115 || code === 120 || code === 122 || code === 83 || code === 88 || code === 90;

/** /^\p{Lu}$/u without a regex per word: one upper-case letter ("J" in "J. Smith"). */
function isInitial(word: string): boolean {
  const code = word.codePointAt(0);
  return code !== undefined && word.length === (code > 0xffff ? 2 : 1) && upper(code);
}

/** /['’]s$/i without a regex per word. */
function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  const s = word.charCodeAt(n - 1);
  const apostrophe = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

/** `lowered`: the whole text lower-cased with the same offsets, when it could be; `curly`: whether the text has a ’ at all. */
function wordToken(text: string, start: number, sentence: number, possessive: boolean, lowered: string | undefined, curly: boolean): Token {
  const lower = lowered !== undefined ? lowered.slice(start, start + text.length) : text.toLowerCase();
  return { text, lower: curly && lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + text.length, kind: 'word', cap: upper(text.charCodeAt(0)), possessive, sentence };
}
