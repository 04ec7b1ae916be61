/** The recipient and their company as words a subject may name, from the `To` and `Company` headers. */
import { isCommonWord } from '../common-words';
import { LEGAL_SUFFIXES } from '../lexicon';
import type { WordClasses } from './classes';
import { fold } from './tokens';

export interface RecipientWords {
  /** First and last names, honorifics left out. */
  names: Set<string>;
  /** The company's first word and any word of its name outside common vocabulary, folded ("contoso"). */
  company: Set<string>;
  /** Every word of the company's name: part of the company when one of `company` stands by it ("Brightline Logistics"). */
  companyWords: Set<string>;
}

const LEGAL = new Set(LEGAL_SUFFIXES);
const EMPTY: RecipientWords = { names: new Set(), company: new Set(), companyWords: new Set() };
const MAX_HEADER = 200;

const QUOTES_AND_DOTS = new Set(['.', "'", '"']);

// Trimmed by a scan: /[.'"]+$/ would retry a long run of dots from each of its characters.
function trimQuotes(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && QUOTES_AND_DOTS.has(w[start])) start++;
  while (end > start && QUOTES_AND_DOTS.has(w[end - 1])) end--;
  return w.slice(start, end);
}

const words = (text: string) => fold(text).split(/[\s,()/+]+/).map(trimQuotes).filter(Boolean);

export function recipientWords(to: string | undefined, company: string | undefined, classes: WordClasses): RecipientWords {
  if (!to && !company) return EMPTY;
  const names = new Set<string>();
  if (to && to.length <= MAX_HEADER) {
    for (const w of words(to)) if (w.length > 1 && !classes.honorifics.has(w.replace(/\.$/, '')) && !classes.functionWords.has(w)) names.add(w);
  }
  const companyKeys = new Set<string>();
  const companyWords = new Set<string>();
  if (company && company.length <= MAX_HEADER) {
    const parts = words(company);
    while (parts.length > 1 && LEGAL.has(parts[parts.length - 1])) parts.pop();
    const first = parts.find((w) => !classes.functionWords.has(w) && w !== '&');
    if (first) companyKeys.add(first);
    for (const w of parts) if (!classes.functionWords.has(w)) companyWords.add(w);
    // "Hospital Clínic": a later word that no other company shares is a short form too.
    for (const w of parts) if (w.length > 3 && !classes.functionWords.has(w) && !isCommonWord(w, classes.lang)) companyKeys.add(w);
  }
  return { names, company: companyKeys, companyWords };
}
