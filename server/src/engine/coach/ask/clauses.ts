/**
 * A sentence as the ask check reads it: its words, lower-cased, each knowing whether it opens a clause
 * and which clause it belongs to. One scan of the sentence (words.ts finds the words).
 */
import { scanWords } from '../../words';

export interface Word {
  /** As written, apostrophes straightened. */
  raw: string;
  lower: string;
  /** Opens the sentence, or follows ; : – — ( or a quote mark. */
  opens: boolean;
  /** Follows a comma. */
  afterComma: boolean;
  /** Commas and the marks above end a clause: an offer's words must stand in one. */
  clause: number;
  /** Offset in the sentence. */
  start: number;
}

// French elided articles and pronouns are words of their own: "n'hésitez" is "n'" + "hésitez".
const ELISIONS = new Set(['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

function isClauseMark(c: number): boolean {
  // ; : – — ( " “ « ¿ ¡
  return c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 40 || c === 34 || c === 0x201c || c === 0xab || c === 0xbf || c === 0xa1;
}

/**
 * A "sentence" of thousands of words is a pasted block, not something a reader reads as one: its first and
 * last words are read, where an ask would stand, and the middle only counted. Keeps a keystroke cheap on
 * 100 KB without a full stop.
 */
export const MAX_WORDS_READ = 200;

export function readWords(sentence: string, splitElisions: boolean): Word[] {
  const out: Word[] = [];
  let clause = 0;
  let last = 0;
  let index = 0;
  const count = sentence.length > MAX_WORDS_READ * 4 ? scanWords(sentence) : 0;
  const skipFrom = count > 2 * MAX_WORDS_READ ? MAX_WORDS_READ : Infinity;
  const skipTo = count - MAX_WORDS_READ;
  // Lower-cased once for the sentence; a letter whose lower case is longer ("İ") shifts offsets, so then per word.
  const lowered = sentence.toLowerCase();
  const sameLength = lowered.length === sentence.length;
  scanWords(sentence, (start, end) => {
    const at = index++;
    if (at >= skipFrom && at < skipTo) {
      last = end;
      return;
    }
    let opens = out.length === 0;
    let afterComma = false;
    for (let i = last; i < start; i++) {
      const c = sentence.charCodeAt(i);
      if (c === 44) afterComma = true;
      else if (isClauseMark(c) || (c === 45 && sentence.charCodeAt(i - 1) === 32 && sentence.charCodeAt(i + 1) === 32)) opens = true;
    }
    // The words after a skipped middle start a clause of their own.
    if (out.length > 0 && (afterComma || opens || at === skipTo)) clause++;
    last = end;
    const slice = sentence.slice(start, end);
    const raw = slice.includes('’') ? slice.replace(/’/g, "'") : slice;
    const apostrophe = raw.indexOf("'");
    if (splitElisions && apostrophe > 0 && apostrophe < raw.length - 1 && ELISIONS.has(raw.slice(0, apostrophe).toLowerCase())) {
      const head = raw.slice(0, apostrophe + 1);
      const tail = raw.slice(apostrophe + 1);
      out.push({ raw: head, lower: head.toLowerCase(), opens, afterComma, clause, start });
      out.push({ raw: tail, lower: tail.toLowerCase(), opens: false, afterComma: false, clause, start: start + apostrophe + 1 });
      return;
    }
    const lower = !sameLength ? raw.toLowerCase() : raw === slice ? lowered.slice(start, end) : raw.toLowerCase();
    out.push({ raw, lower, opens, afterComma, clause, start });
  });
  return out;
}

/** Words or phrases of a lexicon class, indexed by their first word, split as `readWords` splits a sentence. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(
    phrases: readonly string[],
    splitElisions: boolean,
    private readonly cased = false,
    /** Words the text may hold between a phrase's words ("I would really appreciate"). */
    private readonly skippable: ReadonlySet<string> = new Set(),
  ) {
    for (const phrase of phrases) {
      const words = phraseWords(phrase, splitElisions).map((w) => (cased ? w : w.toLowerCase()));
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]);
      if (list) list.push(words);
      else this.byFirst.set(words[0], [words]);
    }
  }

  /** How many words from `i` on the longest phrase starting there covers (skippable words inside it too), or 0. */
  matchAt(words: readonly Word[], i: number): number {
    const candidates = this.byFirst.get(this.key(words[i]));
    if (!candidates) return 0;
    let best = 0;
    for (const phrase of candidates) {
      if (i + phrase.length > words.length) continue;
      let k = 1;
      let at = i + 1;
      while (k < phrase.length && at < words.length) {
        const word = this.key(words[at]);
        if (word === phrase[k]) k++;
        else if (!this.skippable.has(words[at].lower)) break;
        at++;
      }
      if (k === phrase.length && at - i > best) best = at - i;
    }
    return best;
  }

  /** The words phrases start with: a word outside them starts none. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  private key(word: Word): string {
    return this.cased ? word.raw : word.lower;
  }
}

/** A lexicon phrase as `readWords` would read it in a sentence: "n'hésitez pas" is "n'", "hésitez", "pas". */
function phraseWords(phrase: string, splitElisions: boolean): string[] {
  const out: string[] = [];
  for (const piece of phrase.replace(/’/g, "'").split(' ')) {
    if (!piece) continue;
    const apostrophe = piece.indexOf("'");
    if (splitElisions && apostrophe > 0 && apostrophe < piece.length - 1 && ELISIONS.has(piece.slice(0, apostrophe).toLowerCase())) {
      out.push(piece.slice(0, apostrophe + 1), piece.slice(apostrophe + 1));
    } else out.push(piece);
  }
  return out;
}

/** Whether a verb says its person by one of these endings, with a stem of more than two letters: "agendamos", "reservo", "quieres". */
export function endsInOneOf(word: Word, endings: readonly string[] | undefined): boolean {
  return !!endings && endings.some((e) => word.lower.length > e.length + 2 && word.lower.endsWith(e));
}

/** The word with its accents taken off: "enseñártelo" and "enseñar" compared letter by letter. */
export const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
