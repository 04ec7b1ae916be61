/** A language's ask lexicon as phrase sets, built once per language on first use. */
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import { PhraseSet } from './clauses';
import { askLexiconFor, NO_LEXICON, type AskLexicon } from './lexicon';

export interface Compiled {
  lex: AskLexicon;
  split: boolean;
  reader: PhraseSet;
  readerObjects: PhraseSet;
  questionOpeners: PhraseSet;
  requestQuestions: PhraseSet;
  /** The one-word request questions, for a verb read without its hyphenated pronoun. */
  requestVerbs: Set<string>;
  imperatives: PhraseSet;
  invitations: PhraseSet;
  availabilityCloses: PhraseSet;
  meetingNouns: PhraseSet;
  rhetoricalOpeners: PhraseSet;
  ourPitch: PhraseSet;
  leadIns: PhraseSet;
  subordinators: PhraseSet;
  willing: PhraseSet;
  able: PhraseSet;
  conditionalOffers: PhraseSet;
  usefulnessConditions: PhraseSet;
  durationNouns: PhraseSet;
  countWords: PhraseSet;
  conditionals: PhraseSet;
  weSubjects: PhraseSet;
  reciprocals: PhraseSet;
  writerSubjects: PhraseSet;
  writerObjects: PhraseSet;
  reportingSubordinators: PhraseSet;
  readerTimeNouns: PhraseSet;
  readerTimeChoice: PhraseSet;
  availabilityWords: PhraseSet;
  linkNouns: Set<string>;
  linkPointers: Set<string>;
  offerVerbs: PhraseSet;
  pastAuxiliaries: PhraseSet;
  connect: PhraseSet;
  functionWords: PhraseSet;
  greetings: PhraseSet;
  /** Every word a class matched anywhere in a sentence starts with: most words are in none, and cost one look-up. */
  anywhere: Set<string>;
}

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
  c = {
    lex,
    split,
    reader: set(lex.reader, lex.readerCased),
    readerObjects: set(lex.readerObjects, lex.readerCased),
    questionOpeners: set(lex.questionOpeners),
    requestQuestions: set(lex.requestQuestions),
    requestVerbs: new Set(lex.requestQuestions.filter((q) => !q.includes(' '))),
    imperatives: requests(lex.imperatives),
    rhetoricalOpeners: set(lex.rhetoricalOpeners ?? []),
    ourPitch: set(lex.ourPitch ?? []),
    invitations: requests(lex.invitations),
    availabilityCloses: set(lex.availabilityCloses),
    meetingNouns: set(lex.meetingNouns),
    leadIns: set(lex.leadIns),
    subordinators: set(lex.subordinators),
    willing: set(lex.willing),
    able: set(lex.able),
    conditionalOffers: set(lex.conditionalOffers ?? []),
    usefulnessConditions: set(lex.usefulnessConditions ?? []),
    durationNouns: set(lex.durationNouns ?? []),
    countWords: set(lex.countWords ?? []),
    conditionals: set(lex.conditionals ?? []),
    weSubjects: set(lex.weSubjects ?? []),
    reciprocals: set(lex.reciprocals ?? []),
    writerSubjects: set(lex.writerSubjects ?? []),
    writerObjects: set(lex.writerObjects ?? []),
    reportingSubordinators: set(lex.reportingSubordinators ?? []),
    readerTimeNouns: set(lex.readerTimeNouns ?? []),
    readerTimeChoice: set(lex.readerTimeChoice ?? []),
    availabilityWords: set(lex.availabilityWords ?? []),
    linkNouns: new Set(lex.linkNouns ?? []),
    linkPointers: new Set(lex.linkPointers ?? []),
    offerVerbs: set(lex.offerVerbs),
    pastAuxiliaries: set(lex.pastAuxiliaries),
    connect: set(lex.connect),
    functionWords: set(lang ? base.functionWords : []),
    greetings: set(base.greetings),
    anywhere: new Set(),
  };
  for (const s of [c.reader, c.connect, c.invitations, c.availabilityCloses, c.able, c.willing, c.conditionalOffers, c.usefulnessConditions, c.readerTimeChoice]) for (const w of s.firstWords()) c.anywhere.add(w);
  compiledByLanguage.set(key, c);
  return c;
}

