/** Stands in for word-lists.ts in the built bundles: no list inside, each entry point gives a source. */
import type { CoachedLanguage } from '../coach/language';

export const builtInWordLists: ((lang: CoachedLanguage) => string[]) | undefined = undefined;
