import type { CoachedLanguage } from '../../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { EvidenceLexicon } from './types';

export type { EvidenceLexicon } from './types';

const LEXICONS: Record<CoachedLanguage, EvidenceLexicon> = { en, de, fr, es };

export function evidenceLexiconFor(lang: CoachedLanguage): EvidenceLexicon {
  return LEXICONS[lang];
}
