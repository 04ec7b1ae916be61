import type { CoachedLanguage } from '../coach/language';

/** Where the build writes a language's list, relative to dist/ (scripts/build.mjs writes the same names). */
export const wordListFile = (lang: CoachedLanguage) => `data/words-${lang}.txt`;
