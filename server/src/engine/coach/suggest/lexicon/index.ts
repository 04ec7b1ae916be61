import { evidenceLexiconFor } from '../../evidence/lexicon';
import type { CoachedLanguage } from '../../language';
import { en } from './en';
import type { SuggestLexicon } from './types';

export type { Agreement, Forms, Possessive, Register, SuggestLexicon } from './types';

/**
 * English's is inside every bundle; German, French and Spanish ones travel with their evidence lexicon
 * (data/evidence-<lang>.json, written by scripts/build.mjs), as the ask and subject lexicons do.
 */
export function suggestLexiconFor(lang: CoachedLanguage): SuggestLexicon {
  if (lang === 'en') return en;
  const suggest = evidenceLexiconFor(lang).suggest;
  if (!suggest) throw new Error(`the ${lang} evidence lexicon carries no suggestion lexicon`);
  return suggest;
}
