import type { CoachedLanguage } from '../../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { AskLexicon } from './types';

export type { AskLexicon, VerbFirst } from './types';

const LEXICONS: Record<CoachedLanguage, AskLexicon> = { en, de, fr, es };

export function askLexiconFor(lang: CoachedLanguage): AskLexicon {
  return LEXICONS[lang];
}

/** For a language the copy rules do not read: no word classes, so only a question mark or a booking link counts. */
export const NO_LEXICON: AskLexicon = {
  reader: [], readerObjects: [], questionOpeners: [], requestQuestions: [], imperatives: [], availabilityCloses: [], meetingNouns: [], invitations: [], leadIns: [], subordinators: [], willing: [], able: [],
  offerVerbs: [], pastAuxiliaries: [], connect: [],
};
