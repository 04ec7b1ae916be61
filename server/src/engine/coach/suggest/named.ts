/**
 * What a piece of evidence is about when its own phrase names nothing: "You asked how we tag spend per
 * Kubernetes namespace" is evidence through "you asked", and the subject a writer would send names
 * "Kubernetes namespace". The words that name something in the evidence's sentence, as one noun phrase.
 */
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import type { Evidence } from '../evidence/types';
import { compile } from '../evidence/compiled';
import { danglingWords, fold } from './phrase';

/** The evidence's classes of verbs: a word in one is the clause's verb, not part of a name. */
const VERB_CLASSES = ['mutualVerbs', 'workVerbs', 'newsVerbs', 'moveVerbs'] as const;
/** A subject is short: the named run, with the words that belong to it, stays within this many words. */
const MAX_WORDS = 5;
/** A sentence longer than this is read only this far around the evidence. */
const MAX_SENTENCE = 400;
const SENTENCE_END = new Set(['.', '!', '?', '\n', ';', '…']);
// "30%", "16.2" and "1,400" are one figure each.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&+/-]|[.,](?=\p{N}))*%?|\S/gu;

interface Word {
  text: string;
  folded: string;
  named: boolean;
  content: boolean;
}

/**
 * The first run of content words in the evidence's sentence that holds a word outside common vocabulary
 * or a figure (not the reader's own name), cut to MAX_WORDS around that word. Undefined when the sentence
 * names nothing beyond the reader.
 */
export function namedInSentence(body: string, e: Evidence, lang: CoachedLanguage, reader: readonly string[]): string[] | undefined {
  const { start, end } = sentenceAround(body, e.span.start, e.span.end, compile(lang).abbreviations);
  const dangling = danglingWords(lang);
  const skip = new Set(reader.map(readerKey));
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const text = body.slice(start, end);
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const folded = fold(raw).replace(/['’]s$/, '');
    const letters = /[\p{L}\p{N}]/u.test(raw);
    // "I've", "we're": a pronoun with its verb is no name, whatever the frequency list says of the whole.
    const stem = folded.split(/['’]/)[0];
    // French elisions are listed with their apostrophe ("m'", "qu'").
    const content = letters && !dangling.has(folded) && !dangling.has(stem) && !dangling.has(`${stem}'`);
    // German capitalises every noun: there only words outside common vocabulary name something.
    // A name, an acronym or a figure: an uncommon lower-case word is as often a verb form ("aviez") as a term.
    const named = content && !skip.has(folded) && (/\d/.test(folded) || (/\p{Lu}/u.test(raw) && !isCommonWord(folded, lang)));
    words.push({ text: raw, folded, named, content });
  }
  const at = words.findIndex((w) => w.named);
  if (at < 0) return undefined;
  // The name itself and the names beside it ("Kubernetes", "Ops Unfiltered"), then one word of what it is
  // ("Kubernetes namespace"): more would take in the clause's verbs ("habe 2019", "estudiamos ADE").
  // German capitalises every noun: there only words outside common vocabulary are names.
  const name = (w: Word | undefined) => !!w && w.content && (w.named || (lang !== 'de' && /^\p{Lu}/u.test(w.text))) && !skip.has(w.folded);
  let from = at;
  let to = at;
  while (from > 0 && name(words[from - 1]) && to - from + 1 < MAX_WORDS) from--;
  while (to + 1 < words.length && name(words[to + 1]) && to - from + 1 < MAX_WORDS) to++;
  // Then what it is, to the end of the noun: "22 care-coordinator roles", "Kubernetes namespace". English puts the
  // noun after a name; German, French and Spanish before it, so a word after a name there is as likely a verb
  // ("Bilbao vendemos"); after a figure every language puts what it counts ("14 conventions collectives").
  const counted = /\d/.test(words[to].folded);
  // "Ealing jazz club said": a verb the evidence reads ends what the name is.
  const classes = compile(lang).single;
  const verb = (w: Word) => VERB_CLASSES.some((c) => classes.get(w.folded)?.has(c));
  const what = (w: Word | undefined) => !!w && w.content && !skip.has(w.folded) && /^\p{Ll}/u.test(w.text) && !verb(w) && (lang === 'en' || (counted && lang !== 'de'));
  while (what(words[to + 1]) && to - from + 1 < MAX_WORDS && !(words[to].text.endsWith(','))) to++;
  const run = words.slice(from, to + 1).map((w) => w.text);
  // One word is a label ("Kubernetes"); a subject names a thing with what it is.
  return run.length >= 2 ? run : undefined;
}

/** A word of the To or Company header as the body's words are read: "St. Brendan's" there is "st" and "brendan". */
export const readerKey = (word: string) => fold(word).replace(/[.,]$/, '').replace(/['’]s$/, '');

/** The sentence that holds offsets `from` to `to`, read at most MAX_SENTENCE characters either side. */
export function sentenceAround(body: string, from: number, to: number, abbreviations: ReadonlySet<string>): { start: number; end: number } {
  // "at St. Luke's", "Dr. Okafor": the dot of an abbreviation ends no sentence, as the evidence tokenizer reads it;
  // nor one inside a word or figure ("Postgres 16.2", "Node.js").
  const inside = (at: number) => at + 1 < body.length && /[\p{L}\p{N}]/u.test(body[at + 1]);
  const ends = (at: number) => SENTENCE_END.has(body[at]) && !(body[at] === '.' && (inside(at) || abbreviations.has(wordBefore(body, at).toLowerCase())));
  let start = Math.max(0, Math.min(from, body.length));
  const floor = Math.max(0, start - MAX_SENTENCE);
  while (start > floor && !ends(start - 1)) start--;
  let end = Math.min(body.length, Math.max(to, start));
  const ceiling = Math.min(body.length, end + MAX_SENTENCE);
  while (end < ceiling && !ends(end)) end++;
  return { start, end };
}

/** The letters just before offset `at` (at most a short abbreviation's worth). */
function wordBefore(body: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < MAX_ABBREVIATION && /\p{L}/u.test(body[from - 1])) from--;
  return body.slice(from, at);
}

const MAX_ABBREVIATION = 8;
