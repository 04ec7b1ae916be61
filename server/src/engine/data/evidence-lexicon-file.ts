import type { CoachedLanguage } from '../coach/language';

/** Where the build writes a language's evidence lexicon, relative to dist/ (scripts/build.mjs writes the same names). */
export const evidenceLexiconFile = (lang: CoachedLanguage) => `data/evidence-${lang}.json`;

/** The languages whose evidence lexicon is a data file; English is inside every bundle. */
export const LEXICON_FILE_LANGUAGES: readonly CoachedLanguage[] = ['de', 'fr', 'es'];
