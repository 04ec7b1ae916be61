/** What of the body a subject can echo: its words, its adjacent word pairs and its figures. Built once per body text. */
import { stem, type WordClasses } from './classes';
import { digits } from './evidence';
import { tokenize } from './tokens';

export interface BodyIndex {
  words: Set<string>;
  /** "stem stem" for each two words next to each other, function words skipped. */
  pairs: Set<string>;
  /** Each figure's digits: "1,400" as "1400". */
  numbers: Set<string>;
}

// A body past this is no draft; its first part is what a subject could be about.
const MAX_BODY = 20_000;

let lastKey: string | undefined;
let lastIndex: BodyIndex;

export function bodyIndex(body: string, c: WordClasses): BodyIndex {
  const key = `${c.lang}\u0000${body}`;
  if (key === lastKey) return lastIndex;
  const index: BodyIndex = { words: new Set(), pairs: new Set(), numbers: new Set() };
  let previous: string | undefined;
  for (const t of tokenize(body.slice(0, MAX_BODY))) {
    if (/\d/.test(t.word)) {
      for (const run of t.word.split(/[^\d.,]+/)) if (/\d/.test(run)) index.numbers.add(digits(run));
    }
    if (c.functionWords.has(t.word)) continue;
    index.words.add(t.word);
    const s = stem(t.word);
    if (previous !== undefined) index.pairs.add(`${previous} ${s}`);
    previous = s;
  }
  lastKey = key;
  lastIndex = index;
  return index;
}
