/**
 * The German, French and Spanish evidence lexicons (each with its ask, subject and suggestion lexicons) as the source holds them, inlined by the bundler: what the
 * engine reads when nobody gave it another source (tests, the bench, the eval). The built server, web server
 * and CLI leave them out (scripts/build.mjs swaps in evidence-lexicons.none.ts) and read each language's
 * lexicon file the first time a draft in it is judged; English, the language most drafts are in, stays inside.
 */
import { de as askDe } from '../coach/ask/lexicon/de';
import { es as askEs } from '../coach/ask/lexicon/es';
import { fr as askFr } from '../coach/ask/lexicon/fr';
import { de } from '../coach/evidence/lexicon/de';
import { es } from '../coach/evidence/lexicon/es';
import { fr } from '../coach/evidence/lexicon/fr';
import { de as subjectDe } from '../coach/subject/lexicon/de';
import { es as subjectEs } from '../coach/subject/lexicon/es';
import { fr as subjectFr } from '../coach/subject/lexicon/fr';
import { de as suggestDe } from '../coach/suggest/lexicon/de';
import { es as suggestEs } from '../coach/suggest/lexicon/es';
import { fr as suggestFr } from '../coach/suggest/lexicon/fr';
import type { EvidenceLexicon } from '../coach/evidence/lexicon/types';
import type { CoachedLanguage } from '../coach/language';

// Each with its language's ask, subject and suggestion lexicons, as the data files carry them.
const LEXICONS: Partial<Record<CoachedLanguage, EvidenceLexicon>> = {
  de: { ...de, ask: askDe, subject: subjectDe, suggest: suggestDe },
  fr: { ...fr, ask: askFr, subject: subjectFr, suggest: suggestFr },
  es: { ...es, ask: askEs, subject: subjectEs, suggest: suggestEs },
};

export const builtInEvidenceLexicons: ((lang: CoachedLanguage) => EvidenceLexicon | undefined) | undefined = (lang) => LEXICONS[lang];
