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
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const raw = text.slice(start, end);
    let word = fold(raw).replace(/'s$/, '').replace(ELISION, '');
    if (word.endsWith("'")) word = word.slice(0, -1);
    const letters = HAS_LETTER.test(word);
    const digits = HAS_DIGIT.test(word);
    let kind: TokenKind = 'word';
    if (raw.startsWith('{{')) kind = 'merge';
    else if (NUMBER.test(word) || (digits && !letters)) kind = 'number';
    // "W18", "BSL-2", "4HANA" name a thing; "15-minute" is a number and a word.
    else if (digits && !/^\d+-/.test(word)) kind = 'code';
    tokens.push({ raw, word, kind, capital: /^\p{Lu}/u.test(raw), percent: /^\s?%/.test(text.slice(end, end + 2)), start });
  });
  return tokens;
}

/** The name inside a merge field token: "company" for "{{ company }}'s". */
export function mergeName(token: Token): string {
  return token.raw.slice(2, token.raw.indexOf('}}')).trim().toLowerCase();
}
