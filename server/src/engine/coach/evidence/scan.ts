/**
 * The shared machinery of the evidence finders: a body's tokens, its language's word classes compiled to
 * sets once, and noun phrases cut at natural boundaries.
 */
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import type { EvidenceKind, Evidence } from './types';
import { evidenceLexiconFor, type EvidenceLexicon } from './lexicon';
import { tokenize, type Token, type Tokens } from './tokens';

/** Word lists as lookups: single words in a set, several-word entries by their first word. */
export class WordClass {
  private readonly single = new Set<string>();
  private readonly multi = new Map<string, string[][]>();
  /** `elide`: French, where "m'a" is written as the two words the tokenizer makes of it. */
  constructor(entries: readonly string[], elide = false) {
    for (const entry of entries) {
      const folded = entry.toLowerCase().replace(/’/g, "'");
      const parts = (elide ? folded.replace(/(\p{L}')(?=\p{L})/gu, '$1 ') : folded).split(/\s+/).filter(Boolean);
      if (parts.length === 1) this.single.add(parts[0]);
      else {
        const list = this.multi.get(parts[0]) ?? [];
        list.push(parts);
        list.sort((a, b) => b.length - a.length);
        this.multi.set(parts[0], list);
      }
    }
  }

  has(word: string): boolean {
    return this.single.has(word);
  }

  /** How many tokens from `i` on an entry covers (the longest), or 0. */
  at(tokens: readonly Token[], i: number): number {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return 0;
    for (const parts of this.multi.get(first.lower) ?? []) {
      let ok = i + parts.length <= tokens.length;
      for (let k = 1; ok && k < parts.length; k++) {
        const t = tokens[i + k];
        ok = t.lower === parts[k] && t.sentence === first.sentence;
      }
      if (ok) return parts.length;
    }
    return this.single.has(first.lower) ? 1 : 0;
  }
}

type ClassName = {
  [K in keyof EvidenceLexicon]-?: EvidenceLexicon[K] extends readonly string[] | undefined ? K : never;
}[keyof EvidenceLexicon];

export interface Compiled {
  lang: CoachedLanguage;
  lex: EvidenceLexicon;
  word: (name: ClassName) => WordClass;
  functionWords: WordClass;
  honorifics: WordClass;
  abbreviations: ReadonlySet<string>;
}

const compiled = new Map<CoachedLanguage, Compiled>();

/** Built on first use per language, then shared by every lint. */
export function compile(lang: CoachedLanguage): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = evidenceLexiconFor(lang);
  const base = lexiconFor(lang);
  const classes = new Map<ClassName, WordClass>();
  c = {
    lang,
    lex,
    word: (name) => {
      let wc = classes.get(name);
      if (!wc) {
        wc = new WordClass(lex[name] ?? [], lang === 'fr');
        classes.set(name, wc);
      }
      return wc;
    },
    functionWords: new WordClass(base.functionWords, lang === 'fr'),
    honorifics: new WordClass(base.honorifics),
    abbreviations: new Set([...base.honorifics, ...lex.abbreviations]),
  };
  compiled.set(lang, c);
  return c;
}

const OPEN_QUOTES = new Set(['"', '“', '„', '«', '‘', '‚']);
const CLOSE_QUOTES = new Set(['"', '”', '“', '»', '’', '‘']);
const MAX_PHRASE_WORDS = 8;

export interface Phrase {
  from: number;
  /** Index of the last token. */
  to: number;
  head: number;
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
  }

  get lang(): CoachedLanguage {
    return this.c.lang;
  }

  is(i: number, name: ClassName): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && this.c.word(name).has(t.lower);
  }

  at(i: number, name: ClassName): number {
    return this.c.word(name).at(this.tokens, i);
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
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    const wc = this.c.word(name);
    const form = inflected(t.lower, wc, this.lang);
    if (form || this.lang !== 'de' || t.lower.length < 7 || t.lower.length > 40) return form;
    for (let cut = 3; cut <= t.lower.length - 4; cut++) {
      const tail = inflected(t.lower.slice(cut), wc, 'de');
      if (tail) return tail;
    }
    return undefined;
  }

  isHonorific(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && this.c.honorifics.has(t.lower);
  }

  isFunction(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && this.c.functionWords.has(t.lower);
  }

  /** A word that carries content: not punctuation, not a function word. */
  isContent(i: number): boolean {
    const t = this.tokens[i];
    return !!t && (t.kind === 'word' || t.kind === 'field') && !this.c.functionWords.has(t.lower);
  }

  same(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return !!a && !!b && a.sentence === b.sentence;
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
    if (!t || t.kind !== 'word' || !t.cap || this.c.functionWords.has(t.lower)) return false;
    const first = i === 0 || this.tokens[i - 1].sentence !== t.sentence;
    if ((first || this.lang === 'de') && isCommonWord(t.text, this.lang)) return false;
    return true;
  }

  /**
   * The noun phrase that starts at token `i` (articles and possessives skipped): a run of content words,
   * then up to two complements ("on canary releases", "at KubeCon"), kept only whole and within
   * MAX_PHRASE_WORDS, so a phrase never stops inside a complement or on a function word.
   */
  nounPhrase(i: number, options: { skipDeterminers?: boolean; complements?: number; headAt?: number } = {}): Phrase | undefined {
    const { tokens } = this;
    let j = i;
    if (options.skipDeterminers !== false) while (j < tokens.length && this.same(i, j) && (this.is(j, 'determiners') || this.is(j, 'yourWords') || this.is(j, 'ourWords'))) j++;
    const from = j;
    // A known head ends the core: "your thread last week" is about the thread.
    const run = this.contentRun(from, from);
    const coreEnd = options.headAt !== undefined && options.headAt >= from && options.headAt <= run ? options.headAt : run;
    if (coreEnd < 0) return undefined;
    let to = coreEnd;
    let words = to - from + 1;
    for (let n = options.complements ?? 2; n > 0; n--) {
      const k = to + 1;
      if (!this.same(from, k)) break;
      let end: number;
      if (OPEN_QUOTES.has(tokens[k].text)) end = this.quoted(k);
      else if (this.is(k, 'complementWords')) {
        let m = k + 1;
        // "round to take the app": after "to" an English verb is as likely as a noun; only a name is sure.
        if (this.lang === 'en' && (tokens[k].lower === 'to' || tokens[k].lower === 'into') && !this.is(m, 'determiners') && !this.isName(m)) break;
        while (m < tokens.length && this.same(k, m) && this.is(m, 'determiners')) m++;
        end = OPEN_QUOTES.has(tokens[m]?.text) ? this.quoted(m) : this.contentRun(m, m);
      } else break;
      if (end < 0 || words + (end - to) > MAX_PHRASE_WORDS) break;
      words += end - to;
      to = end;
    }
    if (words > MAX_PHRASE_WORDS) return undefined;
    return { from, to, head: coreEnd };
  }

  /** The last token of the run of content words from `i`, or -1 when `i` opens none. */
  private contentRun(i: number, first: number): number {
    const { tokens } = this;
    let j = i;
    while (j < tokens.length && this.same(first, j)) {
      const t = tokens[j];
      if (t.kind === 'field') return -1;
      if (t.kind === 'punct') {
        // "Bits & Pretzels", "Ops-Unfiltered": a joiner between two words of one name.
        if ((t.text === '&' || t.text === '-' || t.text === '+') && j > i && this.isContent(j + 1) && tokens[j + 1].cap) {
          j++;
          continue;
        }
        break;
      }
      if (!this.isContent(j)) break;
      if (j > i && (this.is(j, 'phraseStops') || (this.lang === 'en' && t.lower.length > 4 && t.lower.endsWith('ly')))) break;
      // German capitalises nouns: after one, a lower-case word is the clause's verb ("an der TU Darmstadt studiert").
      if (this.lang === 'de' && j > i && !t.cap && tokens[j - 1].cap && /\p{L}/u.test(t.text[0])) break;
      // "new SDRs taking five months": a participle with an object opens a clause ("rate limiting" does not).
      if (this.lang === 'en' && j > i && t.lower.length > 5 && t.lower.endsWith('ing') && !t.cap && this.isContent(j + 1) && this.same(j, j + 1)) break;
      // "canary releases changed how we ship": a past form after the first word is the clause's verb.
      if (this.lang === 'en' && j > i && t.lower.length > 4 && t.lower.endsWith('ed') && !t.cap) break;
      j++;
      // A possessive ends the phrase's head only when a noun follows it ("Figma's pricing").
      if (t.possessive && !this.isContent(j)) break;
      if (j - i >= MAX_PHRASE_WORDS) break;
    }
    return j > i ? j - 1 : -1;
  }

  /** The closing quote of a quoted title opening at `k`, within a few words, or -1. */
  private quoted(k: number): number {
    for (let m = k + 1; m < this.tokens.length && m <= k + 8 && this.same(k, m); m++) {
      if (CLOSE_QUOTES.has(this.tokens[m].text)) return m > k + 1 ? m : -1;
      if (this.tokens[m].kind === 'field') return -1;
    }
    return -1;
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

  /** Records a piece of evidence unless it stands on a merge field (a template's slot, not a look at this person). */
  add(kind: EvidenceKind, from: number, p: Phrase | undefined, extra: { who?: string; where?: string; head?: string; phrase?: string; to?: number } = {}): void {
    const to = Math.max(p?.to ?? from, extra.to ?? from);
    for (let j = from; j <= to; j++) if (this.tokens[j].kind === 'field') return;
    const phrase = extra.phrase ?? (p ? this.text(p.from, p.to) : this.text(from, to));
    const head = extra.head ?? (p ? this.tokens[p.head].text : undefined);
    const where = extra.where ?? (p ? this.whereIn(p) : undefined);
    const evidence: Evidence = { kind, span: { start: this.tokens[from].start, end: this.tokens[to].end }, phrase };
    if (head) evidence.head = head;
    if (where) evidence.where = where;
    if (extra.who) evidence.who = extra.who;
    this.found.push(evidence);
  }
}

function inflected(word: string, wc: WordClass, lang: CoachedLanguage): 'listed' | 'inflected' | undefined {
  if (wc.has(word)) return 'listed';
  for (const ending of PLURALS[lang]) if (word.length > ending.length + 2 && word.endsWith(ending) && wc.has(word.slice(0, -ending.length))) return 'inflected';
  return undefined;
}

const PLURALS: Record<CoachedLanguage, readonly string[]> = {
  en: ['s', 'es'],
  de: ['s', 'e', 'en', 'n', 'er'],
  fr: ['s', 'x'],
  es: ['s', 'es'],
};
