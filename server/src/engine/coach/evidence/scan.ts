/**
 * The shared machinery of the evidence finders: a body's tokens read against its language's word classes
 * (compiled.ts), and noun phrases cut at natural boundaries.
 */
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { NO_CLASSES, type ClassName, type Compiled, type Name } from './compiled';
import type { EvidenceKind, Evidence } from './types';
import { tokenize, type Token, type Tokens } from './tokens';

export { compile, type Compiled } from './compiled';

const OPEN_QUOTES = new Set(['"', '“', '„', '«', '‘', '‚']);
const CLOSE_QUOTES = new Set(['"', '”', '“', '»', '’', '‘']);
const MAX_PHRASE_WORDS = 10;
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
      this.classes[k] = word ? word.classes : NO_CLASSES;
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
      for (let k = 1; ok && k < parts.length; k++) {
        const t = this.tokens[i + k];
        ok = t.lower === parts[k] && t.sentence === first.sentence;
      }
      if (ok) return parts.length;
    }
    return this.is(i, name) ? 1 : 0;
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
    let first = i;
    while (first > 0 && this.same(first - 1, i)) first--;
    return first;
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
    if (!t || t.kind !== 'word' || !t.cap || this.isFunction(i)) return false;
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
    let coreEnd = options.headAt !== undefined && options.headAt >= from && options.headAt <= run ? options.headAt : run;
    if (coreEnd < 0) return undefined;
    // "running a four-day week": a phrase that opens on a gerund is about its object.
    if (coreEnd === from && options.headAt === undefined) coreEnd = this.gerundObjectEnd(from) ?? coreEnd;
    let to = coreEnd;
    let words = to - from + 1;
    const gaps: [number, number][] = [];
    let place: { gap: [number, number]; words: number } | undefined;
    let extended = false;
    let compounded = false;
    for (let n = options.complements ?? 2; n > 0; n--) {
      let k = to + 1;
      // "your thread last week about ramp time": when it was stands between the noun and its topic.
      const when = this.at(k, 'timeAdverbials');
      const skipped: [number, number] | undefined = when && this.is(k + when, 'complementWords') ? [k, k + when - 1] : undefined;
      if (skipped) k += when;
      if (!this.same(from, k)) break;
      let end: number;
      let clause: [number, number] | undefined;
      const titled = tokens[k].text === ',' && n === (options.complements ?? 2) ? this.appositiveTitle(k) : -1;
      if (OPEN_QUOTES.has(tokens[k].text)) end = this.quoted(k);
      else if (titled > 0) {
        // "tu última newsletter, la de «No cobres por horas»": the title set off after it says which.
        clause = [k, titled - 1];
        end = this.quoted(titled);
      } else if (this.is(k, 'complementWords') || (n === (options.complements ?? 2) && this.participleBeforeComplement(k))) {
        // "votre étude publiée dans Anesthesia & Analgesia": a participle of work may stand before the complement.
        if (!this.is(k, 'complementWords')) k++;
        let m = k + 1;
        // "round to take the app": after "to" an English verb is as likely as a noun; a name or a move's destination is sure.
        if (this.lang === 'en' && (tokens[k].lower === 'to' || tokens[k].lower === 'into') && !this.is(m, 'determiners') && !this.isName(m) && !this.isNoun(coreEnd, 'moveNouns')) break;
        // "your post on why adaptation gets funded first": the topic is what the clause is about.
        const wh = this.at(m, 'topicClauseWords');
        if (wh && this.isContent(m + wh)) {
          clause = [m, m + wh - 1];
          m += wh;
        }
        while (m < tokens.length && this.same(k, m) && this.is(m, 'determiners')) m++;
        end = OPEN_QUOTES.has(tokens[m]?.text) ? this.quoted(m) : this.contentRun(m, m);
        // "about running a four-day week": a gerund's object is the topic, read through its article.
        if (!clause && end === m) end = this.gerundObjectEnd(m) ?? end;
        // The clause's verb is not told from its subject by form ("how remote teams lose context"): its first two words.
        if (clause && end > m + 1) end = m + 1;
      } else if (this.lang === 'de' && (tokens[k].lower === 'der' || tokens[k].lower === 'des') && tokens[to].cap && this.isContent(k + 1)) {
        // German genitive: "am Rande der Hannover Messe", "die Website des Verbands".
        end = this.contentRun(k + 1, k + 1);
      } else if (this.lang === 'en' && n === (options.complements ?? 2) && this.participleModifier(k)) {
        // "your merged PR adding Arrow export to Polars": a participle that says what the thing does.
        let m = k + 1;
        while (m < tokens.length && this.same(k, m) && this.is(m, 'determiners')) m++;
        end = this.contentRun(m, m);
      } else break;
      const added = end - to - (skipped ? skipped[1] - skipped[0] + 1 : 0) - (clause ? clause[1] - clause[0] + 1 : 0);
      // "your talk at the hiring summit about giving juniors ownership": a place that names nothing gives way to the topic.
      const topic = this.is(k, 'topicWords');
      const dropped = topic ? place : undefined;
      if (end < 0 || words - (dropped?.words ?? 0) + added > MAX_PHRASE_WORDS) break;
      if (dropped) {
        gaps.push(dropped.gap);
        words -= dropped.words;
        place = undefined;
      }
      // "billet de blog", "étude de cas", "caso de estudio": "de" and a bare noun right after the head make a compound.
      const compound = !compounded && end === k + 1 && to === coreEnd && (this.lang === 'fr' || this.lang === 'es') && tokens[k].lower === 'de' && !this.is(k + 1, 'determiners') && !tokens[k + 1].cap;
      if (!topic && !compound && !this.namesBetween(k + 1, end)) place = { gap: [k, end], words: added };
      words += added;
      // "sur la migration vers Kotlin", "sobre el fin de las cookies": a topic of one common word says little
      // without its own complement; it may take one more.
      if (n === 1 && !extended && this.oneCommonWord(k, end)) {
        extended = true;
        n++;
      }
      // A compound is part of the head, not one of its complements.
      if (compound) {
        compounded = true;
        n++;
      }
      to = end;
      if (skipped) gaps.push(skipped);
      if (clause) gaps.push(clause);
    }
    if (words > MAX_PHRASE_WORDS) return undefined;
    gaps.sort((a, b) => a[0] - b[0]);
    return gaps.length ? { from, to, head: coreEnd, gaps } : { from, to, head: coreEnd };
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
      // "Series A", "Serie B": a letter after a capitalised word is part of its name, not the article "a".
      const letterOfName = j > i && /^[A-Z]$/.test(t.text) && tokens[j - 1].cap;
      if (!this.isContent(j) && !letterOfName) break;
      if (j > i && (this.is(j, 'phraseStops') || (this.lang === 'en' && t.lower.length > 4 && t.lower.endsWith('ly')))) break;
      // German capitalises nouns: after one, a lower-case word is the clause's verb ("an der TU Darmstadt studiert").
      if (this.lang === 'de' && j > i && !t.cap && tokens[j - 1].cap && /\p{L}/u.test(t.text[0])) break;
      // "new SDRs taking five months": a participle with an object opens a clause ("rate limiting" does not).
      // After a singular noun it is a modifier ("a staff engineering job", "our pricing page"): read on.
      const before = tokens[j - 1];
      const subject = before && ((before.lower.endsWith('s') && !/(?:ss|is|us)$/.test(before.lower)) || before.cap);
      if (this.lang === 'en' && j > i && subject && t.lower.length > 5 && t.lower.endsWith('ing') && !t.cap && this.isContent(j + 1) && !this.is(j + 1, 'phraseStops') && this.same(j, j + 1)) break;
      // "canary releases changed how we ship": a past form after the first word is the clause's verb.
      if (this.lang === 'en' && j > i && t.lower.length > 4 && t.lower.endsWith('ed') && !t.cap) break;
      j++;
      // A possessive ends the phrase's head only when a noun follows it ("Figma's pricing").
      if (t.possessive && !this.isContent(j)) break;
      if (j - i >= MAX_PHRASE_WORDS) break;
    }
    return j > i ? j - 1 : -1;
  }

  /** A past participle of work before a complement in French or Spanish ("publiée dans", "presentado en"). */
  private participleBeforeComplement(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== 'word' || (this.lang !== 'fr' && this.lang !== 'es') || !this.is(k + 1, 'complementWords') || !this.same(k, k + 1)) return false;
    return this.isParticipleOf(k, 'workParticiples');
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

  /** An English participle in -ing right after a noun, with words after it ("PR adding zero-copy export"). */
  private participleModifier(k: number): boolean {
    const t = this.tokens[k];
    const next = k + 1 + (this.is(k + 1, 'determiners') ? 1 : 0);
    // "arguing that ...": a clause follows, whose subject the evidence reads as the topic.
    if (this.is(k + 1, 'readInThat')) return false;
    return !!t && t.kind === 'word' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !this.isFunction(k) && this.isContent(next) && this.same(k, next);
  }

  /** Whether a complement from `k` holds one content word, and that a common one ("la migration", "el fin"). */
  private oneCommonWord(k: number, end: number): boolean {
    let content = -1;
    for (let j = k + 1; j <= end; j++) {
      if (!this.isContent(j) || this.is(j, 'determiners')) continue;
      if (content >= 0) return false;
      content = j;
    }
    return content >= 0 && this.isCommonAt(content) && !this.isName(content);
  }

  /** Whether tokens `from`..`to` name something: a name, a figure, or a word outside common vocabulary. */
  namesBetween(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) {
      const t = this.tokens[j];
      if (t.kind === 'word' && !this.isFunction(j) && (this.isName(j) || /\d/.test(t.text) || !this.isCommonAt(j))) return true;
    }
    return false;
  }

  /** The last token of a gerund's object ("running a four-day week"), when token `k` is an English gerund with one. */
  private gerundObjectEnd(k: number): number | undefined {
    if (!(this.lang === 'en' ? this.participleModifier(k) : this.infinitiveWithObject(k))) return undefined;
    let o = k + 1;
    while (o < this.tokens.length && this.same(k, o) && this.is(o, 'determiners')) o++;
    const object = this.contentRun(o, o);
    return object > 0 ? object : undefined;
  }

  /**
   * A French or Spanish infinitive after a preposition, with an article after it: "pour ouvrir le bureau de
   * Lyon", "para abrir la oficina": the phrase reads on to what it governs rather than ending on the verb.
   */
  private infinitiveWithObject(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== 'word' || t.cap || !this.is(k - 1, 'complementWords') || !this.is(k + 1, 'determiners') || !this.same(k, k + 1)) return false;
    return this.lang === 'fr' ? /(?:er|ir|re)$/.test(t.lower) : this.lang === 'es' && /(?:ar|er|ir)$/.test(t.lower);
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

  /** After a comma at `k`, the opening quote of a title set off in apposition ("the one on", "la de", "celle sur"), or -1. */
  private appositiveTitle(k: number): number {
    let m = k + 1;
    for (let n = 0; n < 3 && m < this.tokens.length && this.same(k, m) && !OPEN_QUOTES.has(this.tokens[m].text); n++, m++) {
      if (!(this.is(m, 'determiners') || this.is(m, 'complementWords') || this.tokens[m].lower === 'one')) return -1;
    }
    return OPEN_QUOTES.has(this.tokens[m]?.text) && this.quoted(m) > 0 ? m : -1;
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
    // German puts the verb last: the event may come before the cue ("beim Stammtisch in Leipzig kennengelernt").
    from = Math.min(from, p?.from ?? from);
    for (let j = from; j <= to; j++) if (this.tokens[j].kind === 'field') return;
    const at = p ? p.from : from;
    const phrase = this.sentenceCased(at, extra.phrase ?? (p ? this.phraseText(p) : this.text(from, to)));
    const head = extra.head ?? (p ? this.tokens[p.head].text : undefined);
    const where = extra.where ?? (p ? this.whereIn(p) : undefined);
    const evidence: Evidence = { kind, span: { start: this.tokens[from].start, end: this.tokens[to].end }, phrase };
    if (head) evidence.head = head;
    if (where) evidence.where = where;
    if (extra.who) evidence.who = extra.who;
    this.found.push(evidence);
  }
}

const PLURALS: Record<CoachedLanguage, readonly string[]> = {
  en: ['s', 'es'],
  de: ['s', 'e', 'en', 'n', 'er'],
  fr: ['s', 'x'],
  es: ['s', 'es'],
};
