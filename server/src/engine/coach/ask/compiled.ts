/** A language's ask lexicon as phrase sets, built once per language on first use. */
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import { PhraseSet, withoutAccents } from './clauses';
import { askLexiconFor, NO_LEXICON, type AskLexicon } from './lexicon';

/**
 * The classes compiled as they are listed, missing ones empty: a class added to the lexicon's type and listed
 * here is compiled, with no second list to keep in step.
 */
const PLAIN = [
  'questionOpeners', 'requestQuestions', 'rhetoricalOpeners', 'ourPitch', 'availabilityCloses', 'meetingNouns', 'leadIns', 'subordinators',
  'willing', 'able', 'conditionalOffers', 'usefulnessConditions', 'durationNouns', 'countWords', 'conditionals', 'weSubjects', 'reciprocals',
  'writerSubjects', 'writerObjects', 'reportingSubordinators', 'readerTimeNouns', 'readerTimeChoice', 'availabilityWords', 'offerVerbs',
  'pastAuxiliaries', 'connect', 'ableWithoutSubject', 'suitVerbs', 'actionVerbs', 'deadlineWords', 'usefulWords', 'whoWords', 'wonderVerbs',
  'joiners', 'willingTo', 'reactionVerbs', 'pastCopulas', 'clauseObjects', 'subjectOpeners', 'irregularPasts',
] as const satisfies readonly (keyof AskLexicon)[];

type Plain = (typeof PLAIN)[number];

export type Compiled = Record<Plain, PhraseSet> & {
  lex: AskLexicon;
  split: boolean;
  reader: PhraseSet;
  readerObjects: PhraseSet;
  /** The one-word request questions, for a verb read without its hyphenated pronoun. */
  requestVerbs: Set<string>;
  imperatives: PhraseSet;
  invitations: PhraseSet;
  linkNouns: Set<string>;
  linkPointers: Set<string>;
  /** The offer verbs without accents, read once: each word of a Spanish sentence is compared with them ("enseñártelo"). */
  offerStems: readonly string[];
  functionWords: PhraseSet;
  greetings: PhraseSet;
  /** Every word a class matched anywhere in a sentence starts with: most words are in none, and cost one look-up. */
  anywhere: Set<string>;
};

const compiledByLanguage = new Map<CoachedLanguage | 'none', Compiled>();

export function compile(lang: CoachedLanguage | undefined): Compiled {
  const key = lang ?? 'none';
  let c = compiledByLanguage.get(key);
  if (c) return c;
  const lex = lang ? askLexiconFor(lang) : NO_LEXICON;
  const base = lexiconFor(lang ?? 'en');
  const split = lang === 'fr';
  const set = (words: readonly string[], cased = false) => new PhraseSet(words, split, cased);
  const intensifiers = new Set(lex.intensifiers ?? []);
  const requests = (words: readonly string[]) => new PhraseSet(words, split, false, intensifiers);
  const plain = Object.fromEntries(PLAIN.map((name) => [name, set(lex[name] ?? [])])) as Record<Plain, PhraseSet>;
  c = {
    ...plain,
    lex,
    split,
    reader: set(lex.reader, lex.readerCased),
    readerObjects: set(lex.readerObjects, lex.readerCased),
    requestVerbs: new Set(lex.requestQuestions.filter((q) => !q.includes(' '))),
    imperatives: requests(lex.imperatives),
    invitations: requests(lex.invitations),
    linkNouns: new Set(lex.linkNouns ?? []),
    linkPointers: new Set(lex.linkPointers ?? []),
    offerStems: lex.encliticVerbs ? lex.offerVerbs.map(withoutAccents) : [],
    functionWords: set(lang ? base.functionWords : []),
    greetings: set(base.greetings),
    anywhere: new Set(),
  };
  for (const s of [c.reader, c.connect, c.invitations, c.availabilityCloses, c.able, c.willing, c.conditionalOffers, c.usefulnessConditions, c.usefulWords, c.readerTimeChoice, c.suitVerbs]) for (const w of s.firstWords()) c.anywhere.add(w);
  compiledByLanguage.set(key, c);
  return c;
}

