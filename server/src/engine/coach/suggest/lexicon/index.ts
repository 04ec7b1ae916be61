import type { CoachedLanguage } from '../../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { SuggestLexicon } from './types';

export type { Agreement, Forms, Register, SuggestLexicon } from './types';

const LEXICONS: Record<CoachedLanguage, SuggestLexicon> = { en, de, fr, es };

export function suggestLexiconFor(lang: CoachedLanguage): SuggestLexicon {
  return LEXICONS[lang];
}
