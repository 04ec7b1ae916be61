import { evidenceLexiconFor } from '../../evidence/lexicon';
import type { CoachedLanguage } from '../../language';
import { en } from './en';
import type { AskLexicon } from './types';

export type { AskLexicon, VerbFirst } from './types';

/**
 * English's is inside every bundle; German, French and Spanish ones travel with their evidence lexicon
 * (data/evidence-<lang>.json, written by scripts/build.mjs), read or fetched the first time a draft needs it.
 */
export function askLexiconFor(lang: CoachedLanguage): AskLexicon {
  if (lang === 'en') return en;
  const ask = evidenceLexiconFor(lang).ask;
  if (!ask) throw new Error(`the ${lang} evidence lexicon carries no ask lexicon`);
  return ask;
}

/** For a language the copy rules do not read: no word classes, so only a question mark or a booking link counts. */
export const NO_LEXICON: AskLexicon = {
  reader: [], readerObjects: [], questionOpeners: [], requestQuestions: [], imperatives: [], availabilityCloses: [], meetingNouns: [], invitations: [], leadIns: [], subordinators: [], willing: [], able: [],
  offerVerbs: [], pastAuxiliaries: [], connect: [],
};
