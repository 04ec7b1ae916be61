/**
 * What of the body a subject can echo: its words, adjacent word pairs and figures; which rare words it
 * writes in lower case (vocabulary, not names); and the names it gives the writer's own company.
 * Built once per body text.
 */
import { stem, type WordClasses } from './classes';
import { digits } from './evidence';
import { tokenize, type Token } from './tokens';

export interface BodyIndex {
  words: Set<string>;
  /** "stem stem" for each two words next to each other, function words skipped. */
  pairs: Set<string>;
  /** Each figure's digits: "1,400" as "1400". */
  numbers: Set<string>;
  /** Words the body writes only in lower case: "teleradiology" there is a field, not a name. */
  lowerOnly: Set<string>;
  /** The writer's own company or product: "Zentrix" in "At Zentrix we...", "En Korvo recortamos...". */
  sender: Set<string>;
}

export const EMPTY_BODY: BodyIndex = { words: new Set(), pairs: new Set(), numbers: new Set(), lowerOnly: new Set(), sender: new Set() };

// A body past this is no draft; its first part is what a subject could be about.
const MAX_BODY = 20_000;

let lastBody: string | undefined;
let lastClasses: WordClasses | undefined;
let lastIndex: BodyIndex;

export function bodyIndex(body: string, c: WordClasses): BodyIndex {
  if (body === lastBody && c === lastClasses) return lastIndex;
  const tokens = tokenize(body.slice(0, MAX_BODY));
  const lowerOnly = new Set<string>();
  // German capitalises every noun, so its casing says nothing about names.
  if (c.lang !== 'de') {
    const capitalised = new Set<string>();
    for (const t of tokens) (t.capital ? capitalised : lowerOnly).add(t.word);
    for (const w of capitalised) lowerOnly.delete(w);
  }
  lastBody = body;
  lastClasses = c;
  lastIndex = new Index(tokens, c, lowerOnly, senderNames(tokens, c));
  return lastIndex;
}

/**
 * Words, pairs and figures are read on first use: most subjects are judged on their own words and the
 * body's casing, and never ask what else the body says.
 */
class Index implements BodyIndex {
  private content: Pick<BodyIndex, 'words' | 'pairs' | 'numbers'> | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly c: WordClasses,
    readonly lowerOnly: Set<string>,
    readonly sender: Set<string>,
  ) {}

  get words(): Set<string> {
    return this.read().words;
  }

  get pairs(): Set<string> {
    return this.read().pairs;
  }

  get numbers(): Set<string> {
    return this.read().numbers;
  }

  private read(): Pick<BodyIndex, 'words' | 'pairs' | 'numbers'> {
    if (this.content) return this.content;
    const content = { words: new Set<string>(), pairs: new Set<string>(), numbers: new Set<string>() };
    let previous: string | undefined;
    for (const t of this.tokens) {
      if (/\d/.test(t.word)) {
        for (const run of t.word.split(/[^\d.,]+/)) if (/\d/.test(run)) content.numbers.add(digits(run));
      }
      if (this.c.functionWords.has(t.word)) continue;
      content.words.add(t.word);
      const s = stem(t.word, this.c.lang);
      if (previous !== undefined) content.pairs.add(`${previous} ${s}`);
      previous = s;
    }
    this.content = content;
    return content;
  }
}

// Spanish often drops the pronoun: "recortamos", "hemos" speak for "we" by their ending.
const firstPersonPlural = (t: Token, c: WordClasses) => c.sets.firstPerson.has(t.word) || (c.lang === 'es' && t.word.length > 4 && t.word.endsWith('mos'));

/** Capitalised words after a sender preposition with the writer speaking within three words: "At Zentrix we". */
function senderNames(tokens: readonly Token[], c: WordClasses): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "our Zentrix platform": the possessive marks the name after it directly.
    const afterOur = c.sets.senderPossessives.has(t.word);
    if (!afterOur && !c.sets.senderPrepositions.has(t.word)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= 3 && tokens[end].capital && !c.functionWords.has(tokens[end].word)) end++;
    if (end === i + 1) continue;
    // "We at Zentrix", "At Zentrix we": the writer right before or just after; "we overlapped at Babylon" is a shared place.
    const near = [...tokens.slice(Math.max(0, i - 1), i), ...tokens.slice(end, end + 3)];
    if (!afterOur && !near.some((n) => firstPersonPlural(n, c))) continue;
    for (const n of tokens.slice(i + 1, end)) names.add(n.word);
  }
  return names;
}
