/**
 * Whether a word is common vocabulary in a language, from a maintained frequency list (the 10,000 most
 * frequent words of each language) plus the business words of the language's lexicon. A word that is
 * not common names something: a product, a place, a technology, a person. Case is ignored, so Title Case
 * and sentence case read the same.
 */
import { MissingCoachingData } from '../data/missing';
import { wordListFile } from '../data/word-list-file';
import { builtInWordLists } from '../data/word-lists';
import type { CoachedLanguage } from './language';
import { lexiconFor } from './lexicon';

/** A language's list, its words lower-cased; undefined while it is not at hand (a browser fetches it). */
export type WordListSource = (lang: CoachedLanguage) => readonly string[] | undefined;

let source: WordListSource | undefined = builtInWordLists;
const sets = new Map<CoachedLanguage, Set<string>>();

/** Where the lists come from, for a build that does not carry them inside (the servers and the CLI). */
export function setWordListSource(next: WordListSource): void {
  source = next;
}

/** Built on first use: a server that never judges German copy never pays for the German list. */
function commonSet(lang: CoachedLanguage): Set<string> {
  let set = sets.get(lang);
  if (!set) {
    const words = source?.(lang);
    if (words === undefined) throw new MissingCoachingData(wordListFile(lang));
    set = new Set(words);
    for (const word of lexiconFor(lang).businessWords) set.add(word.toLowerCase());
    sets.set(lang, set);
  }
  return set;
}

const fold = (word: string) => word.normalize('NFC').toLowerCase().replace(/’/g, "'");

/** Inflected forms the list holds only in their base form: "roles" is "role", "Kunden" is "Kunde". */
const ENDINGS: Record<CoachedLanguage, readonly string[]> = {
  en: ["'s", 's', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers'],
  de: ['s', 'n', 'en', 'e', 'er', 'es', 'em', 'ern'],
  fr: ['s', 'x', 'e', 'es'],
  es: ['s', 'es'],
};

export function isCommonWord(word: string, lang: CoachedLanguage): boolean {
  const w = fold(word);
  const set = commonSet(lang);
  if (listed(w, set, lang)) return true;
  // German writes compounds as one word: "Vertriebspartnerschaft" is common when its parts are.
  return lang === 'de' && isCompoundOfCommon(w, set);
}

function listed(w: string, set: Set<string>, lang: CoachedLanguage): boolean {
  if (set.has(w)) return true;
  for (const ending of ENDINGS[lang]) if (w.length > ending.length + 2 && w.endsWith(ending) && set.has(w.slice(0, -ending.length))) return true;
  return false;
}

const LINKS = ['', 's', 'es', 'n', 'en'];

// Real compounds have a handful of parts; the bounds keep a 1 MB "word" from costing more than a short one.
function isCompoundOfCommon(w: string, set: Set<string>, depth = 0): boolean {
  if (depth > 2 || w.length < 6 || w.length > 40) return false;
  for (let cut = 3; cut <= w.length - 3; cut++) {
    const head = w.slice(0, cut);
    const tail = w.slice(cut);
    for (const link of LINKS) {
      if (!head.endsWith(link) || !set.has(head.slice(0, head.length - link.length))) continue;
      if (listed(tail, set, 'de') || isCompoundOfCommon(tail, set, depth + 1)) return true;
    }
  }
  return false;
}
