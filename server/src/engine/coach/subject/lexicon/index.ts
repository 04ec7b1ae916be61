import { evidenceLexiconFor } from '../../evidence/lexicon';
import type { CoachedLanguage } from '../../language';
import { en } from './en';
import type { SubjectLexicon } from './types';

export type { NotWordClass, SubjectLexicon } from './types';

/**
 * English's is inside every bundle; German, French and Spanish ones travel with their evidence lexicon
 * (data/evidence-<lang>.json, written by scripts/build.mjs), as the ask lexicons do.
 */
export function subjectLexiconFor(lang: CoachedLanguage): SubjectLexicon {
  if (lang === 'en') return en;
  const subject = evidenceLexiconFor(lang).subject;
  if (!subject) throw new Error(`the ${lang} evidence lexicon carries no subject lexicon`);
  return subject;
}
