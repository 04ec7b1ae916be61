/**
 * A language's evidence word classes compiled once: each single word to the classes it belongs to, and each
 * first word of a several-word entry to those entries by class.
 */
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import { evidenceLexiconFor, lexiconGeneration, type EvidenceLexicon } from './lexicon';

export type ClassName = {
  [K in keyof EvidenceLexicon]-?: EvidenceLexicon[K] extends readonly string[] | undefined ? K : never;
}[keyof EvidenceLexicon];

/** The base lexicon's classes, read like the evidence classes. */
export type Name = ClassName | 'functionWords' | 'honorifics';

/**
 * A language's word classes as two lookups built once: each single word to the classes it belongs to,
 * and each first word of a several-word entry to those entries by class. A token looks itself up once.
 */
export interface Compiled {
  lang: CoachedLanguage;
  lex: EvidenceLexicon;
  single: Map<string, Set<Name>>;
  multi: Map<string, Map<Name, string[][]>>;
  /** Both lookups in one, for the scan's one look-up per token. */
  words: Map<string, WordEntry>;
  functionWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
}

export interface WordEntry {
  classes: ReadonlySet<Name>;
  entries: Map<Name, string[][]> | undefined;
}

const compiled = new Map<CoachedLanguage, Compiled>();
let compiledFrom = lexiconGeneration();

/** Built on first use per language, then shared by every lint. */
export function compile(lang: CoachedLanguage): Compiled {
  if (compiledFrom !== lexiconGeneration()) {
    compiled.clear();
    compiledFrom = lexiconGeneration();
  }
  let c = compiled.get(lang);
  if (c) return c;
  const lex = evidenceLexiconFor(lang);
  const base = lexiconFor(lang);
  const single = new Map<string, Set<Name>>();
  const multi = new Map<string, Map<Name, string[][]>>();
  const lists: [Name, readonly string[]][] = [
    // Word lists only: the ask lexicon it carries is compiled by the ask reader.
    ...(Object.entries(lex).filter(([, value]) => Array.isArray(value)) as [ClassName, readonly string[]][]),
    ['functionWords', base.functionWords],
    ['honorifics', base.honorifics],
  ];
  for (const [name, entries] of lists) {
    for (const entry of entries) {
      const folded = entry.toLowerCase().replace(/’/g, "'");
      // French "m'a" is written as the two words the tokenizer makes of it.
      const parts = (lang === 'fr' ? folded.replace(/(\p{L}')(?=\p{L})/gu, '$1 ') : folded).split(/\s+/).filter(Boolean);
      if (parts.length === 1) {
        const set = single.get(parts[0]) ?? new Set<Name>();
        set.add(name);
        single.set(parts[0], set);
      } else if (parts.length > 1) {
        const byClass = multi.get(parts[0]) ?? new Map<Name, string[][]>();
        const list = byClass.get(name) ?? [];
        list.push(parts);
        list.sort((a, b) => b.length - a.length);
        byClass.set(name, list);
        multi.set(parts[0], byClass);
      }
    }
  }
  const words = new Map<string, WordEntry>();
  for (const [word, classes] of single) words.set(word, { classes, entries: multi.get(word) });
  for (const [word, entries] of multi) if (!single.has(word)) words.set(word, { classes: NO_CLASSES, entries });
  c = { lang, lex, single, multi, words, functionWords: new Set([...single].filter(([, v]) => v.has('functionWords')).map(([k]) => k)), abbreviations: new Set([...base.honorifics, ...lex.abbreviations]) };
  compiled.set(lang, c);
  return c;
}

export const NO_CLASSES: ReadonlySet<Name> = new Set();
