/**
 * The subject lexicon and the base lexicon of a language as Sets, built once on first use, and the
 * membership test the judgement uses: whole words, case folded, plural and possessive read as the base.
 */
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import { lexiconGeneration } from '../evidence/lexicon';
import { subjectLexiconFor, type NotWordClass, type SubjectLexicon } from './lexicon';

export type ListName = Exclude<keyof SubjectLexicon, NotWordClass>;

export interface WordClasses {
  lang: CoachedLanguage;
  sets: Record<ListName, Set<string>>;
  functionWords: Set<string>;
  /** The base lexicon's business words: what every pitch says, so no topic of the reader's. */
  business: Set<string>;
  greetings: Set<string>;
  honorifics: Set<string>;
  /** Every single-word entry with the lists it is in: one lookup per word instead of one per list. */
  index: Map<string, ListName[]>;
  /** Multi-word entries of every list, as word arrays, for phrase matching. */
  phrases: { list: ListName | 'hypePhrases'; words: string[] }[];
  /** The same phrases by their first word, so a subject is matched against only those that could start at each word. */
  phraseStarts: Map<string, { list: ListName | 'hypePhrases'; words: string[] }[]>;
  abstractEndings: readonly string[];
  talk: { nouns: Set<string>; places: Set<string>; since: Set<string> };
}

const built = new Map<CoachedLanguage, WordClasses>();
let builtFrom = lexiconGeneration();

export function classesFor(lang: CoachedLanguage): WordClasses {
  // German, French and Spanish classes come with the evidence lexicon's source: built again from a new one.
  if (builtFrom !== lexiconGeneration()) {
    built.clear();
    builtFrom = lexiconGeneration();
  }
  let classes = built.get(lang);
  if (!classes) {
    classes = build(lang);
    built.set(lang, classes);
  }
  return classes;
}

function build(lang: CoachedLanguage): WordClasses {
  const lexicon = subjectLexiconFor(lang);
  const base = lexiconFor(lang);
  const phrases: WordClasses['phrases'] = [];
  const sets = {} as Record<ListName, Set<string>>;
  for (const [name, list] of Object.entries(lexicon) as [keyof SubjectLexicon, readonly string[]][]) {
    if (name === 'abstractEndings' || name === 'talk') continue;
    const set = new Set<string>();
    for (const entry of list) {
      if (entry.includes(' ')) phrases.push({ list: name, words: entry.split(' ') });
      else set.add(entry);
    }
    if (name !== 'hypePhrases') sets[name] = set;
  }
  const single = (list: readonly string[]) => new Set(list.filter((w) => !w.includes(' ')));
  const index = new Map<string, ListName[]>();
  for (const [name, set] of Object.entries(sets) as [ListName, Set<string>][]) {
    for (const word of set) {
      const lists = index.get(word);
      if (lists) lists.push(name);
      else index.set(word, [name]);
    }
  }
  const phraseStarts = new Map<string, WordClasses['phrases']>();
  for (const phrase of phrases) {
    const list = phraseStarts.get(phrase.words[0]);
    if (list) list.push(phrase);
    else phraseStarts.set(phrase.words[0], [phrase]);
  }
  return {
    lang,
    sets,
    index,
    phraseStarts,
    functionWords: single(base.functionWords),
    business: single(base.businessWords),
    greetings: single(base.greetings),
    honorifics: single(base.honorifics),
    phrases,
    abstractEndings: lexicon.abstractEndings,
    talk: { nouns: new Set(lexicon.talk.nouns), places: new Set(lexicon.talk.places), since: new Set(lexicon.talk.since) },
  };
}

// Inflections read as the base word ("helping" is "help"); German plurals vary too much for a suffix list and are listed instead.
const PLURALS: Record<CoachedLanguage, readonly string[]> = { en: ['s', 'es', 'ing', 'ed', 'd'], de: ['s', 'n', 'en', 'e'], fr: ['s', 'x'], es: ['s', 'es'] };

/** Whether `word` (already folded) or its singular is in `set`. */
export function inSet(set: Set<string>, word: string, lang: CoachedLanguage): boolean {
  if (set.has(word)) return true;
  for (const ending of PLURALS[lang]) if (word.length > ending.length + 2 && word.endsWith(ending) && set.has(word.slice(0, -ending.length))) return true;
  return false;
}

/** The lists `word` (already folded) or its singular or base form is in. */
export function listsOf(word: string, c: WordClasses): ListName[] {
  const found = c.index.get(word);
  const out: ListName[] = found ? [...found] : [];
  for (const ending of PLURALS[c.lang]) {
    if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    // "scaling" is "scale", "streamlined" is "streamline".
    const bases = ending === 'ing' || ending === 'ed' ? [base, `${base}e`] : [base];
    for (const b of bases) for (const name of c.index.get(b) ?? []) if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Whether `words` (folded) hold a phrase of `list` as consecutive words. */
export function hasPhraseOf(words: readonly { word: string }[], list: ListName | 'hypePhrases', c: WordClasses): boolean {
  for (let i = 0; i < words.length; i++) {
    const candidates = c.phraseStarts.get(words[i].word);
    if (!candidates) continue;
    for (const p of candidates) {
      if (p.list !== list || i + p.words.length > words.length) continue;
      let k = 1;
      while (k < p.words.length && words[i + k].word === p.words[k]) k++;
      if (k === p.words.length) return true;
    }
  }
  return false;
}

/**
 * A stem for comparing a subject's words with the body's: case folded, a plural ending dropped ("Kühltransporte"
 * is German for more than one "Kühltransport").
 */
export function stem(word: string, lang?: CoachedLanguage): string {
  if (lang === 'de') for (const ending of GERMAN_PLURALS) if (word.length > ending.length + 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

const GERMAN_PLURALS = ['en', 'er', 'e', 'n'];
