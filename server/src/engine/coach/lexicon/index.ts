import type { CoachedLanguage } from '../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Lexicon } from './types';

export type { Lexicon } from './types';

const LEXICONS: Record<CoachedLanguage, Lexicon> = { en, de, fr, es };

export function lexiconFor(lang: CoachedLanguage): Lexicon {
  return LEXICONS[lang];
}

/** Company names as people shorten them: "Contoso" for "Contoso Ltd.", "Acme" for "The Acme Company". */
export const LEGAL_SUFFIXES = ['inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'llc', 'l.l.c.', 'llp', 'plc', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'group', 'holdings', 'gmbh', 'ag', 'kg', 'se', 'ug', 'e.v.', 'sa', 's.a.', 'sas', 's.a.s.', 'sarl', 's.a.r.l.', 'sl', 's.l.', 'srl', 's.r.l.', 'bv', 'b.v.', 'nv', 'n.v.', 'ab', 'oy', 'as', 'a/s', 'pty', 'pty.', 'pvt', 'pvt.', 'ltda', 'ltda.', 's.l.u.', 'slu', 's.p.a.', 'gbr', 'ohg', 'ggmbh', 'eg', 'earl', 'gaec', 'scea', 'scop', 'sci', 'selarl', 'eurl', 'sasu', 'cic', 'sca', 's.c.a.', '& co', '& co.'];
