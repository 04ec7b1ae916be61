import type { CoachedLanguage } from '../../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { SubjectLexicon } from './types';

export type { NotWordClass, SubjectLexicon } from './types';

const LEXICONS: Record<CoachedLanguage, SubjectLexicon> = { en, de, fr, es };

export function subjectLexiconFor(lang: CoachedLanguage): SubjectLexicon {
  return LEXICONS[lang];
}
