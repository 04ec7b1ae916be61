/** Stands in for evidence-lexicons.ts in the built bundles: no lexicon inside, each entry point gives a source. */
import type { EvidenceLexicon } from '../coach/evidence/lexicon/types';
import type { CoachedLanguage } from '../coach/language';

export const builtInEvidenceLexicons: ((lang: CoachedLanguage) => EvidenceLexicon | undefined) | undefined = undefined;
