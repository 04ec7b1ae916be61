/** A subject or body as the judgement reads it: words folded for lookup, with what each one is. */
import { scanWords } from '../../words';

export type TokenKind = 'word' | 'merge' | 'number' | 'code';

export interface Token {
  /** As written. */
  raw: string;
  /** Case folded, ’ as ', a possessive 's and a French elision (l', d', qu') removed. */
  word: string;
  kind: TokenKind;
  /** Written with a capital first letter. */
  capital: boolean;
  /** A % follows it ("20%", "30 %"). */
  percent: boolean;
  /** Offset of the first character. */
  start: number;
}

const ELISION = /^(?:qu|[ldjmnstc])'(?=\p{L})/u;
const NUMBER = /^\d[\d.,]*(?:k|m|bn|b|mio|mrd)?$/;
const HAS_LETTER = /\p{L}/u;

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  const lower = (ASCII_ONLY.test(text) ? text : text.normalize('NFC')).toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Letters and digits in a word, by a scan: a body is read on every keystroke, a regex a test is too dear. */
function contents(word: string): { letters: boolean; digits: boolean } {
  let letters = false;
  let digits = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) digits = true;
    else if ((code >= 97 && code <= 122) || (code > 127 && HAS_LETTER.test(word[i]))) letters = true;
  }
  return { letters, digits };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const raw = text.slice(start, end);
    let word = fold(raw);
    if (word.includes("'")) {
      word = word.replace(/'s$/, '').replace(ELISION, '');
      if (word.endsWith("'")) word = word.slice(0, -1);
    }
    const { letters, digits } = contents(word);
    let kind: TokenKind = 'word';
    if (raw.startsWith('{{')) kind = 'merge';
    else if (digits && (!letters || NUMBER.test(word))) kind = 'number';
    // "W18", "BSL-2", "4HANA" name a thing; "15-minute" is a number and a word.
    else if (digits && !/^\d+-/.test(word)) kind = 'code';
    const first = raw.charCodeAt(0);
    const capital = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(raw);
    const after = text.charCodeAt(end);
    // French writes "40 %", often with a no-break space.
    const percent = after === 37 || ((after === 32 || after === 160 || after === 8239) && text.charCodeAt(end + 1) === 37);
    tokens.push({ raw, word, kind, capital, percent, start });
  });
  return tokens;
}

/** The name inside a merge field token: "company" for "{{ company }}'s". */
export function mergeName(token: Token): string {
  return token.raw.slice(2, token.raw.indexOf('}}')).trim().toLowerCase();
}
