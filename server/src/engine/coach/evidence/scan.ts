/**
 * The shared machinery of the evidence finders: a body's tokens read against its language's word classes
 * (compiled.ts); noun phrases are read by noun-phrase.ts.
 */
import { conversationTopic } from './topic';
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { NO_CLASSES, type ClassName, type Compiled, type Name } from './compiled';
import type { EvidenceKind, Evidence } from './types';
import { nounPhrase, type NounPhraseOptions } from './noun-phrase';
import { tokenize, type Token, type Tokens } from './tokens';
import { findAsk } from '../ask/ask';

export { compile, type Compiled } from './compiled';

const OPENING_MARKS = new Set(['“', '‘', '«', '„']);
const CLOSING_MARKS = new Set(['”', '»']);

export interface Phrase {
  from: number;
  /** Index of the last token. */
  to: number;
  head: number;
  /** Tokens inside the phrase that its words leave out ("last week" in "thread last week about ..."). */
  gaps?: [number, number][];
}

/** One body being read: its tokens and the helpers every finder uses. */
export class Scan {
  readonly tokens: Token[];
  readonly question: boolean[];
  readonly found: Evidence[] = [];

  constructor(
    readonly body: string,
    readonly c: Compiled,
    from: number,
  ) {
    const t: Tokens = tokenize(body, c.lang, c.abbreviations, from);
    this.tokens = t.list;
    this.question = t.question;
    const count = this.tokens.length;
    this.classes = new Array(count);
    this.entries = new Array(count);
    for (let k = 0; k < count; k++) {
      const token = this.tokens[k];
      const word = token.kind === 'word' ? c.words.get(token.lower) : undefined;
      this.classes[k] = word ? (monthMay(c.lang, token, this.tokens[k - 1]) ? withoutGuess(word.classes) : word.classes) : NO_CLASSES;
      this.entries[k] = word?.entries;
    }
    this.dropTagQuestions();
  }

  /** "You wrote the Postgres patch, right?" states what it asks agreement on: the sentence is read as a statement. */
  private dropTagQuestions(): void {
    const { tokens } = this;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].text !== '?' || !this.question[tokens[k].sentence]) continue;
      for (let from = k - 1; from >= k - 3 && from > 0; from--) {
        const before = tokens[from - 1].text;
        if ((before === ',' || before === '¿') && this.at(from, 'tagQuestions') === k - from && tokens[from - 1].sentence === tokens[k].sentence) {
          this.question[tokens[k].sentence] = false;
          break;
        }
      }
    }
  }

  /** Per token, the several-word entries that start with its word, by class. */
  private readonly entries: (Map<Name, string[][]> | undefined)[];

  /** Per token, the classes its word belongs to as listed. */
  private readonly classes: ReadonlySet<Name>[];
  /** Per token, computed when first asked: the classes it belongs to by inflection or as a compound's last part. */
  private readonly inflectedClasses: ({ listed: ReadonlySet<Name>; inflected: ReadonlySet<Name> } | undefined)[] = [];
  private readonly common: (boolean | undefined)[] = [];

  get lang(): CoachedLanguage {
    return this.c.lang;
  }

  is(i: number, name: Name): boolean {
    return this.classes[i]?.has(name) ?? false;
  }

  /** Per token, whether it stands inside a quotation of its sentence; read in one pass when first asked. */
  private quotes: boolean[] | undefined;

  /**
   * Inside a quotation: after an opening mark in the same sentence. A straight or curly single quote opens
   * before a word and closes after one, so "teams' feedback" is no quotation.
   */
  insideQuote(i: number): boolean {
    if (!this.quotes) {
      const quotes: boolean[] = new Array(this.tokens.length);
      const letter = (at: number) => /[\p{L}\p{N}]/u.test(this.body[at] ?? '');
      let open = false;
      for (let j = 0; j < this.tokens.length; j++) {
        const t = this.tokens[j];
        if (j > 0 && !this.same(j - 1, j)) open = false;
        quotes[j] = open;
        if (t.kind !== 'punct') continue;
        if (t.text === '"') open = !open;
        else if (OPENING_MARKS.has(t.text)) open = true;
        else if (t.text === '’' || t.text === "'") {
          if (!letter(t.start - 1) && letter(t.end)) open = true;
          else if (letter(t.start - 1) && !letter(t.end)) open = false;
        } else if (CLOSING_MARKS.has(t.text)) open = false;
      }
      this.quotes = quotes;
    }
    return this.quotes[i] ?? false;
  }

  /** A word in no class and opening no entry: most of a body, which the finders step over. */
  plain(i: number): boolean {
    return this.classes[i].size === 0 && this.entries[i] === undefined;
  }

  /** How many tokens from `i` on an entry of the class covers (the longest), or 0. */
  at(i: number, name: ClassName): number {
    const first = this.tokens[i];
    const entries = this.entries[i]?.get(name);
    if (!entries) return this.is(i, name) ? 1 : 0;
    for (const parts of entries) {
      let ok = i + parts.length <= this.tokens.length;
      // "we met briefly at", "good to finally meet at": an adverb may stand inside an entry of several words.
      let skipped = 0;
      for (let k = 1; ok && k < parts.length; k++) {
        let t = this.tokens[i + k + skipped];
        while (t && t.lower !== parts[k] && skipped < MAX_ADVERBS_INSIDE && this.isMannerAdverb(t)) t = this.tokens[i + k + ++skipped];
        ok = !!t && t.lower === parts[k] && t.sentence === first.sentence;
      }
      if (ok) return parts.length + skipped;
    }
    return this.is(i, name) ? 1 : 0;
  }

  /** "finally", "brièvement", "rápidamente": marked by its ending. German marks none. */
  private isMannerAdverb(t: Token): boolean {
    if (t.kind !== 'word' || t.lower.length < 6) return false;
    const ending = ADVERB_ENDINGS[this.lang];
    return ending !== undefined && t.lower.endsWith(ending);
  }

  /** Whether a word of the class stands within `reach` words before `i`, in its sentence: "if you", "we were", "I stayed". */
  before(i: number, name: Name, reach: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - reach && this.same(j, i); j--) if (this.is(j, name)) return true;
    return false;
  }

  /** How many words a noun of the class takes at `i`: an entry of several words ("task force"), else one word in any form. */
  nounLength(i: number, name: ClassName): number {
    return this.at(i, name) || (this.isNoun(i, name) ? 1 : 0);
  }

  /**
   * A noun of a class, in the singular or a plural the class does not list; in German also as the last
   * part of a compound ("Handelsblatt-Interview", "Podcastfolge", "Unternehmensprofil").
   */
  isNoun(i: number, name: ClassName): boolean {
    return this.nounForm(i, name) !== undefined;
  }

  /** Whether the word is a noun of the class as listed (a singular) or only by an inflection (a plural). */
  nounForm(i: number, name: ClassName): 'listed' | 'inflected' | undefined {
    if (this.is(i, name)) return 'listed';
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    let forms = this.inflectedClasses[i];
    if (!forms) {
      // Sets are made only for the few words that have such a reading; the rest share the empty one.
      forms = { listed: NO_CLASSES, inflected: NO_CLASSES };
      const add = (which: 'listed' | 'inflected', names: ReadonlySet<Name> | undefined) => {
        if (!names?.size) return;
        const set = forms![which] === NO_CLASSES ? new Set<Name>() : (forms![which] as Set<Name>);
        for (const n of names) set.add(n);
        forms![which] = set;
      };
      this.stems(t.lower, (names) => add('inflected', names));
      // German compounds: "Podcastfolge" is a "Folge", "Blogbeiträge" are "Beiträge".
      if (this.lang === 'de' && t.lower.length >= 7 && t.lower.length <= 40) {
        for (let cut = 3; cut <= t.lower.length - 4; cut++) {
          add('listed', this.c.single.get(t.lower.slice(cut)));
          this.stems(t.lower.slice(cut), (names) => add('inflected', names));
        }
      }
      this.inflectedClasses[i] = forms;
    }
    return forms.listed.has(name) ? 'listed' : forms.inflected.has(name) ? 'inflected' : undefined;
  }

  private stems(word: string, found: (names: ReadonlySet<Name> | undefined) => void): void {
    for (const ending of PLURALS[this.lang]) if (word.length > ending.length + 2 && word.endsWith(ending)) found(this.c.single.get(word.slice(0, -ending.length)));
  }

  isHonorific(i: number): boolean {
    return this.is(i, 'honorifics');
  }

  isFunction(i: number): boolean {
    return this.is(i, 'functionWords');
  }

  /** A word that carries content: not punctuation, not a function word. */
  isContent(i: number): boolean {
    const t = this.tokens[i];
    return !!t && (t.kind === 'word' || t.kind === 'field') && !this.is(i, 'functionWords');
  }

  /** The first token of the sentence token `i` stands in. */
  sentenceStart(i: number): number {
    const t = this.tokens[i];
    if (!t) return i;
    // Each sentence's first token, found once: finders ask per word, and a run-on sentence must not make that quadratic.
    if (!this.firstOfSentence) {
      this.firstOfSentence = [];
      this.tokens.forEach((token, k) => (this.firstOfSentence![token.sentence] ??= k));
    }
    return this.firstOfSentence[t.sentence];
  }

  private firstOfSentence?: number[];

  /**
   * The first and last token of the sentence of `from` within `reach` tokens of `from`..`to`, either side: what a
   * reader looks at around a word or a span, so that a run-on sentence stays linear.
   */
  window(from: number, to: number, reach: number): [number, number] {
    let last = to;
    while (last + 1 < this.tokens.length && last + 1 <= to + reach && this.same(from, last + 1)) last++;
    return [Math.max(this.sentenceStart(from), from - reach), last];
  }

  /** Whether `test` holds for a token of the sentence of `i` within `reach` tokens of it, either side. */
  nearby(i: number, reach: number, test: (k: number) => boolean): boolean {
    if (!this.tokens[i]) return false;
    const [first, last] = this.window(i, i, reach);
    for (let k = first; k <= last; k++) if (test(k)) return true;
    return false;
  }

  same(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return !!a && !!b && a.sentence === b.sentence;
  }

  private askSpan?: { start: number; end: number };
  /** Whether token `i` stands in the sentence the body asks in, as the ask rule reads it. */
  inAsk(i: number): boolean {
    if (!this.askSpan) {
      const ask = findAsk({ body: this.body }, this.lang);
      const start = ask ? this.body.lastIndexOf(ask.sentence) : -1;
      this.askSpan = start < 0 ? { start: -1, end: -1 } : { start, end: start + ask!.sentence.length };
    }
    const t = this.tokens[i];
    return t.start >= this.askSpan.start && t.end <= this.askSpan.end;
  }

  isQuestion(i: number): boolean {
    return this.question[this.tokens[i]?.sentence ?? -1] ?? false;
  }

  isCommonWord(word: string, lang: CoachedLanguage = this.lang): boolean {
    return isCommonWord(word, lang);
  }

  /** A word that names something: capitalised where the language does not capitalise nouns, or not common vocabulary. */
  isName(i: number): boolean {
    const t = this.tokens[i];
    // "I'd", "I'm": the writer, capitalised as English writes it.
    if (!t || t.kind !== 'word' || !t.cap || this.isFunction(i) || this.is(i, 'firstPersonWords')) return false;
    const first = i === 0 || this.tokens[i - 1].sentence !== t.sentence;
    if (first || this.lang === 'de') return !this.isCommonAt(i);
    return true;
  }

  /** Whether token `i` is common vocabulary, asked once per token. */
  isCommonAt(i: number): boolean {
    let common = this.common[i];
    if (common === undefined) {
      common = isCommonWord(this.tokens[i].text, this.lang);
      this.common[i] = common;
    }
    return common;
  }

  /** The noun phrase that starts at token `i`: see noun-phrase.ts. */
  nounPhrase(i: number, options: NounPhraseOptions = {}): Phrase | undefined {
    return nounPhrase(this, i, options);
  }

  /**
   * Whether token `k` is a participle of the class in any gender and number: the lists hold the masculine
   * singular, French and Spanish agree it ("menée", "publiés"; "publicada", "publicados").
   */
  isParticipleOf(k: number, name: ClassName): boolean {
    if (this.is(k, name)) return true;
    const t = this.tokens[k];
    if (!t || t.kind !== 'word' || (this.lang !== 'fr' && this.lang !== 'es')) return false;
    const base = this.lang === 'fr' ? t.lower.replace(/(?:es|e|s)$/, '') : t.lower.replace(/(?:a|as|os)$/, 'o');
    return base !== t.lower && this.c.single.get(base)?.has(name) === true;
  }

  /** Whether tokens `from`..`to` name something: a name, a figure, or a word outside common vocabulary. */
  namesBetween(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) {
      const t = this.tokens[j];
      if (t.kind === 'word' && !this.isFunction(j) && (this.isName(j) || /\d/.test(t.text) || !this.isCommonAt(j))) return true;
    }
    return false;
  }

  /** A phrase that opens a sentence, its first word lower-cased when only the sentence capitalised it ("Episode 87 of ..."). */
  private sentenceCased(from: number, phrase: string): string {
    const t = this.tokens[from];
    const first = from === 0 || this.tokens[from - 1].sentence !== t.sentence;
    // "Marc Leroy": a capitalised word before another is a name, common word or not.
    const nameRun = this.tokens[from + 1]?.cap && this.same(from, from + 1);
    if (!first || !t.cap || nameRun || this.lang === 'de' || !phrase.startsWith(t.text) || !this.isCommonAt(from) || t.text.length < 2 || /\p{Lu}/u.test(t.text.slice(1))) return phrase;
    return phrase.charAt(0).toLowerCase() + phrase.slice(1);
  }

  /** A phrase's words as the body writes them, without its gaps. */
  phraseText(p: Phrase): string {
    if (!p.gaps?.length) return this.text(p.from, p.to);
    const parts: string[] = [];
    let from = p.from;
    for (const [a, b] of p.gaps) {
      if (a > from) parts.push(this.text(from, a - 1));
      from = b + 1;
    }
    if (from <= p.to) parts.push(this.text(from, p.to));
    return parts.join(' ');
  }

  text(from: number, to: number): string {
    return this.body.slice(this.tokens[from].start, this.tokens[to].end);
  }

  /** The first run of names inside a phrase other than its head ("SREcon", "Bits & Pretzels"). */
  whereIn(p: Phrase): string | undefined {
    for (let j = p.from; j <= p.to; j++) {
      if (j === p.head || !this.isName(j)) continue;
      let k = j;
      while (k + 1 <= p.to && k + 1 !== p.head && (this.isName(k + 1) || (this.tokens[k + 1].text === '&' && this.isName(k + 2)))) k++;
      return this.text(j, k).replace(/['’]s$/, '');
    }
    // "we overlapped at Shopify": the head itself is the name.
    return p.head >= p.from && this.isName(p.head) ? this.tokens[p.head].text : undefined;
  }

  /**
   * Whether the sentence around `from`..`to`, within a few words either side, addresses a crowd or places the
   * conversation at a slot ("d'avoir échangé avec vous lors de {{event}}").
   */
  private withAnyone(from: number, to: number): boolean {
    for (let j = Math.max(0, from - CROWD_REACH); j <= to + CROWD_REACH && j < this.tokens.length; j++) {
      if (!this.same(j, from)) continue;
      if (this.at(j, 'crowdWords')) return true;
      if (this.tokens[j].kind === 'field' && (this.is(j - 1, 'complementWords') || this.is(j - 2, 'complementWords'))) return true;
    }
    return false;
  }

  /**
   * Records a piece of evidence unless it stands on a merge field (a template's slot, not a look at this person)
   * or is a conversation in a sentence said to a crowd ("everyone who attended our talk") or placed at a slot.
   */
  add(kind: EvidenceKind, from: number, p: Phrase | undefined, extra: { who?: string; where?: string; head?: string; phrase?: string; to?: number; seat?: boolean; dated?: boolean } = {}): void {
    const to = Math.max(p?.to ?? from, extra.to ?? from);
    // German puts the verb last: the event may come before the cue ("beim Stammtisch in Leipzig kennengelernt").
    from = Math.min(from, p?.from ?? from);
    for (let j = from; j <= to; j++) if (this.tokens[j].kind === 'field') return;
    if (kind === 'conversation' && this.withAnyone(from, to)) return;
    // "Could I send over a free audit of Okafor Solicitors' search visibility?": their company by name in the sentence
    // the body asks in is what the writer offers to do for it, no sign of having looked.
    if (kind === 'company' && extra.who && this.inAsk(from)) return;
    const at = p ? p.from : from;
    const phrase = this.sentenceCased(at, extra.phrase ?? (p ? this.phraseText(p) : this.text(from, to)));
    const head = extra.head ?? (p ? this.tokens[p.head].text : undefined);
    const where = extra.where ?? (p ? this.whereIn(p) : undefined);
    const evidence: Evidence = { kind, span: { start: this.tokens[from].start, end: this.tokens[to].end }, phrase };
    if (head) evidence.head = head;
    if (where) evidence.where = where;
    if (extra.who) evidence.who = extra.who;
    if (extra.seat) evidence.seat = true;
    if (extra.dated) evidence.dated = true;
    if (kind === 'conversation') {
      const about = conversationTopic(this, from, where);
      if (about) evidence.about = about;
    }
    this.found.push(evidence);
  }
}

/** "in May", "last May": English writes the month capitalised inside a sentence, the guess "may" small. */
function monthMay(lang: CoachedLanguage, token: Token, before: Token | undefined): boolean {
  return lang === 'en' && token.text === 'May' && !!before && before.sentence === token.sentence;
}

function withoutGuess(classes: ReadonlySet<Name>): ReadonlySet<Name> {
  const kept = new Set(classes);
  kept.delete('praiseOrGuessWords');
  return kept;
}

/** How far from a conversation a word that addresses a crowd may stand: "to everyone who attended our talk". */
const CROWD_REACH = 12;
/** How many adverbs may stand inside an entry of several words. */
const MAX_ADVERBS_INSIDE = 2;
const ADVERB_ENDINGS: Partial<Record<CoachedLanguage, string>> = { en: 'ly', fr: 'ment', es: 'mente' };

const PLURALS: Record<CoachedLanguage, readonly string[]> = {
  en: ['s', 'es'],
  de: ['s', 'e', 'en', 'n', 'er', 'es'],
  fr: ['s', 'x'],
  es: ['s', 'es'],
};
