/**
 * Subjects a professional would send, written from the evidence that the body looked at this recipient:
 * evidence that names something first, in the body's order (a writer opens with their reason), their
 * company last, each put into its language's templates in the body's register. No
 * evidence, no subject: a subject that promised what the body lacks would be bait.
 */
import type { Message } from '../../types';
import { hasPlaceholder, mergeFieldNames } from '../../copy';
import { countUnits } from '../../measure';
import { words as wordsOf } from '../../words';
import type { Evidence, EvidenceKind } from '../evidence/types';
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { LEGAL_SUFFIXES } from '../lexicon';
import { addressee } from './addressee';
import { suggestLexiconFor, type SuggestLexicon } from './lexicon';
import { placedWhere } from './places';
import { countSubjectWords, danglingWords, fitPhrase, fold, functionWordSet, readPhrase, type Phrase } from './phrase';
import { registerOf } from './register';
import { askSlots, fillSlots, PHRASE_SLOTS, type Draft, type PhraseSlot, type Slots } from './slots';
import { namedAskTopic } from './ask';
import { namedInSentence, readerKey } from './named';
import { quotedLine } from './quoted';

export interface SuggestOptions {
  /** Words a subject may have; a subject of 10 or more reads as a sentence. */
  maxWords: number;
  /** UTF-16 units a subject may have. */
  maxUnits: number;
  /** Our own generic-subject judgement: a suggestion must pass it. */
  isGeneric(subject: string): boolean;
}

// Their company with a detail is the weakest hook: anyone could cite it. Among the rest, the body's order
// decides: writers open with the reason they are writing, the hook a subject should carry.
const RANK: Record<EvidenceKind, number> = { work: 0, news: 0, mutual: 0, conversation: 0, move: 0, 'shared-background': 0, company: 1 };
const MAX_EVIDENCE = 3;
/** The template that is the phrase alone ("SREcon keynote on canary releases"). */
const BARE_PHRASE = '{phrase}';
const MAX_CONSIDERED = 16;
const MAX_SUGGESTIONS = 4;
/** How many words of a name may stand before their artifact: "Your Postgres 16.2 patch". */
const MAX_NAME_BEFORE_ARTIFACT = 3;
// How far before a phrase its determiner may stand: one word and the spaces around it.
const DETERMINER_REACH = 40;

export function subjectsFromEvidence(message: Message, lang: CoachedLanguage, evidence: readonly Evidence[], options: SuggestOptions): string[] {
  if (evidence.length === 0) return [];
  const body = message.body;
  const lexicon = suggestLexiconFor(lang);
  const register = registerOf(body, lang);
  const company = companyName(message);
  const draft: Draft = { lang, register, lexicon, name: addressee(message, lang, register), company: company && asWritten(company, body, message.to, lang), body };
  const maxWords = Math.min(options.maxWords, 9);
  // Evidence that names something (SREcon, Bocconi, €10M) makes a subject; "your podcast" barely does.
  // A draft's hooks are in its first paragraphs: only the first few are read, however long the body.
  const considered = evidence.filter((e) => !e.dated).slice(0, MAX_CONSIDERED);
  const named = new Map(considered.map((e) => [e, namesSomething(e, lang) ? 0 : 1]));
  // Evidence with no phrase of its own ("je suis patiente chez vous") serves only through its sentence's names: last.
  const bare = (e: Evidence) => (e.phrase ? 0 : 1);
  const ranked = [...considered].sort((a, b) => bare(a) - bare(b) || RANK[a.kind] - RANK[b.kind] || named.get(a)! - named.get(b)! || a.span.start - b.span.start).slice(0, MAX_EVIDENCE);
  const lower = body.toLowerCase();
  const congratulates = lexicon.congratulations.some((w) => lower.includes(w));
  // Our own judgement is the costly check: asked only of candidates that may be offered, each once.
  const judged = new Map<string, boolean>();
  const generic = (subject: string) => {
    let verdict = judged.get(subject);
    if (verdict === undefined) judged.set(subject, (verdict = options.isGeneric(subject)));
    return verdict;
  };
  const out: string[] = [];
  const seen = new Set<string>();
  const offer = (candidates: Iterator<string | undefined>): string | undefined => {
    for (let next = candidates.next(); !next.done; next = candidates.next()) {
      const subject = next.value;
      if (subject !== undefined && !seen.has(subject.toLowerCase()) && wellFormed(subject, draft, { maxWords, maxUnits: options.maxUnits }, generic)) return subject;
    }
    return undefined;
  };
  // Their name and their company are what every template fills in: a subject must name something else.
  const reader = [...(message.to ?? '').split(/\s+/), ...(message.company ?? '').split(/\s+/)].filter(Boolean);
  const readerWords = new Set(reader.map(readerKey));
  const candidatesFor = (e: Evidence, phrase: Phrase): (string | undefined)[] => {
    const slots = fillSlots(e, phrase, draft);
    // "thanks for the minutes you gave me in the corridor at ENADE": a conversation whose own phrase names
    // nothing is placed where it happened.
    if (e.kind === 'conversation' && e.where && !names(phrase.words.join(' '), lang)) slots.phrase.placed = placedWhere(body, e, lang) ?? slots.phrase.placed;
    // A template that had to cut the phrase's names ("...del nuevo centro logístico" without "en Zaragoza") gives
    // way to one that keeps them, whatever their order; the phrase alone is a subject only when it names something.
    const naming = phrase.words.filter((w) => /^\p{Lu}/u.test(w) && names(w, lang)).map(fold);
    const templates = templatesFor(e, phrase.words, lexicon, register, congratulates).filter((t) => t !== BARE_PHRASE || naming.length > 0);
    const filled = templates.map((t) => fill(t, slots, maxWords, lang));
    const keepsNames = (subject: string | undefined) => {
      const kept = subject === undefined ? undefined : new Set(subject.split(/\s+/).map(fold));
      return kept && naming.every((w) => kept.has(w)) ? 0 : 1;
    };
    return filled.map((subject, at) => ({ subject, at, rank: keepsNames(subject) })).sort((a, b) => a.rank - b.rank || a.at - b.at).map((c) => c.subject);
  };
  const phrases = new Map<Evidence, Phrase>();
  const sources = ranked.map((e) => {
    const at = phraseAt(body, e);
    const phrase = readPhrase(e.phrase, at < 0 ? '' : body.slice(Math.max(0, at - DETERMINER_REACH), at), lang);
    phrases.set(e, phrase);
    // "“no heroics”": a line of theirs the sentence quotes comes first; the reader knows it at once.
    const quote = quotedLine(body, e, lang);
    // "hatten Sie mir geschildert": a phrase that holds the reader as a subject is a clause, no noun phrase; its
    // sentence's names may still serve below.
    if (phrase.words.some((w) => lexicon.subjectPronouns.includes(w))) return (quote ? [quote] : [])[Symbol.iterator]();
    // "St. Brendan's emergency department": a place at their company that names nothing else is where the sentence's
    // thing is ("The sepsis-screening protocol that was rolled out across ..."): what the sentence names comes first.
    const onlyWhere = e.kind === 'company' && !names(phrase.words.filter((w) => !readerWords.has(readerKey(w))).join(' '), lang);
    return (onlyWhere ? [quote, ...namedAround(e), ...candidatesFor(e, phrase)] : [quote, ...candidatesFor(e, phrase)])[Symbol.iterator]();
  });
  // "you asked", "your podcast": evidence whose own phrase makes no subject is served by what its sentence names.
  function namedAround(e: Evidence): string[] {
    const run = namedInSentence(body, e, lang, reader);
    if (!run) return [];
    // "The autovacuum bug in Postgres 16.2 ... was your patch": English puts the name before their artifact.
    const phrase = phrases.get(e);
    const bare = lang === 'en' && e.kind === 'work' && phrase?.determiner?.toLowerCase() === 'your' && phrase.words.length === 1;
    const named = capitalized(run.join(' '));
    return bare && run.length <= MAX_NAME_BEFORE_ARTIFACT && /^[\p{Lu}\p{N}]/u.test(run[run.length - 1]) ? [`Your ${run.join(' ')} ${phrase.words[0]}`, named] : [named];
  }
  // Last, for all the evidence; read only if the loop below gets this far.
  function* sentenceNames(): Generator<string> {
    for (const e of ranked) yield* namedAround(e);
  }
  sources.push(sentenceNames());
  // Best evidence first; then one from each of the others before a second wording of any.
  for (let active = sources; out.length < MAX_SUGGESTIONS && active.length; ) {
    const next: typeof sources = [];
    for (const source of active) {
      const subject = out.length < MAX_SUGGESTIONS ? offer(source) : undefined;
      if (subject === undefined) continue;
      seen.add(subject.toLowerCase());
      out.push(subject);
      next.push(source);
    }
    active = next;
  }
  // The question's own topic comes last: it is the writer's interest, not evidence about the reader.
  const topic = out.length < MAX_SUGGESTIONS ? namedAskTopic(body, lang) : undefined;
  if (topic) {
    const asked = lexicon.templates.ask[register].map((t) => fill(t, askSlots(topic), maxWords, lang))[Symbol.iterator]();
    for (let subject = offer(asked); subject !== undefined && out.length < MAX_SUGGESTIONS; subject = offer(asked)) {
      seen.add(subject.toLowerCase());
      out.push(subject);
    }
  }
  return out;
}

const capitalized = (text: string) => (text.startsWith('{{') ? text : text.charAt(0).toUpperCase() + text.slice(1));

function namesSomething(e: Evidence, lang: CoachedLanguage): boolean {
  // A mutual contact is a person's name, even when the frequency list holds it ("Helen Brooks").
  return e.kind === 'mutual' || names(`${e.phrase} ${e.where ?? ''}`, lang);
}

/** Whether a text holds a word that is not common vocabulary, or a figure: it names something. */
function names(text: string, lang: CoachedLanguage): boolean {
  const dangling = danglingWords(lang);
  return text.split(/\s+/).some((word, at) => {
    // "Series A", "Serie B": a capital letter after a word names which one, though "a" is an article.
    if (at > 0 && /^[A-Z]$/.test(word)) return true;
    const folded = fold(word);
    return folded !== '' && !dangling.has(folded) && (/\d/.test(folded) || !isCommonWord(folded, lang));
  });
}

function phraseAt(body: string, e: Evidence): number {
  const from = Math.max(0, Math.min(e.span.start, body.length));
  const to = Math.min(body.length, Math.max(e.span.end, from) + e.phrase.length);
  const region = body.slice(from, to);
  // A phrase that leaves words out ("Vortrag ... über Sedimentmodelle") is placed by its first word.
  const at = region.indexOf(e.phrase);
  const first = at < 0 ? region.indexOf(e.phrase.split(' ')[0]) : at;
  return first < 0 ? -1 : from + first;
}

function templatesFor(e: Evidence, words: readonly string[], lexicon: SuggestLexicon, register: 'formal' | 'informal', congratulates: boolean): readonly string[] {
  const own = lexicon.templates[e.kind][register];
  // "The standards committee", "Le jury du Prix…": a body they sit on is not theirs to be called "your".
  if (e.seat) return own.filter((t) => !t.includes('{your'));
  if (e.kind !== 'news' && e.kind !== 'move') return own;
  // Whole words: "fine" is sombre news, "refined" is not.
  const said = ` ${[...words, e.head ?? ''].map(fold).join(' ')} `;
  if (lexicon.sombreNews.some((w) => said.includes(` ${w} `))) return own;
  const cheer = lexicon.templates.cheer[register];
  return e.kind === 'move' || congratulates ? [...cheer, ...own] : [own[0], ...cheer, ...own.slice(1)];
}

const SLOT = /\{([a-z_]+)\}/g;

function fill(template: string, slots: Slots, maxWords: number, lang: CoachedLanguage): string | undefined {
  let phraseSlot: PhraseSlot | undefined;
  let missing = false;
  const fixed = template.replace(SLOT, (_, name: string) => {
    if (PHRASE_SLOTS.has(name)) {
      phraseSlot = name as PhraseSlot;
      return '\u0000';
    }
    const value = slots.text[name];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  if (missing) return undefined;
  let text = fixed;
  if (phraseSlot) {
    const words = slots.phrase[phraseSlot];
    const phrase = words && fitPhrase(words, maxWords - countSubjectWords(fixed), lang);
    if (!phrase) return undefined;
    text = fixed.replace('\u0000', phrase);
  }
  text = text.split(/\s+/).filter(Boolean).join(' ');
  // French elides before a vowel: "l’ arrivée" is "l’arrivée".
  if (lang === 'fr') text = text.replace(/(?<![\p{L}])([lLdDjJnNsScCtTmM]|[qQ]u)['’] /gu, '$1’');
  return text.startsWith('{{') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The checks every suggestion passes, whatever template wrote it (see eval/src/malformed.ts). */
function wellFormed(subject: string, draft: Draft, limits: { maxWords: number; maxUnits: number }, isGeneric: (subject: string) => boolean): boolean {
  // One word ("Köln", "Lanzadera") is a label, not a subject.
  const count = countSubjectWords(subject);
  if (count < 2 || count > limits.maxWords || countUnits(subject) > limits.maxUnits) return false;
  const words = wordsOf(subject);
  const dangling = danglingWords(draft.lang);
  const letters = subject.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!letters.length || dangling.has(letters[letters.length - 1]) || /(?:^|\s)\p{Ll}\W*$/u.test(subject)) return false;
  // "The new sign saying you're": a pronoun with its verb contracted onto it ends mid-clause like the pronoun alone.
  if (dangling.has(fold(words[words.length - 1] ?? '').replace(CONTRACTED, ''))) return false;
  if (words.some((w, i) => /\p{L}['’]s$/u.test(w) && i + 1 < words.length && dangling.has(fold(words[i + 1])))) return false;
  const fields = mergeFieldNames(subject);
  if (new Set(fields).size < fields.length || hasPlaceholder(subject)) return false;
  if (draft.register === 'formal' && letters.some((w) => draft.lexicon.informalPronouns.includes(w))) return false;
  // A phrase the body quotes in English ("Talk on Platform Engineering") is no subject for a German draft on its own.
  if (draft.lang !== 'en' && inEnglish(letters, draft.lang)) return false;
  if (readsAsClause(subject, words, draft.lang) || cutAfterVerb(subject, draft)) return false;
  if (isGeneric(subject)) return false;
  // "Noelia, tu contaste": the recipient's name must not be all that makes a subject specific. Judged
  // sentence-cased, as the same words were likely judged already without the name.
  const named = draft.name && subject.startsWith(`${draft.name}, `) ? subject.slice(draft.name.length + 2) : undefined;
  if (named === undefined || names(named, draft.lang)) return true;
  return !isGeneric(named.charAt(0).toUpperCase() + named.slice(1));
}

/**
 * "Your engineer couldn't come", "2024 version dropped": in English a negated verb, or a past form last (not
 * after a function word or a passive's "being"), makes a clause of the subject, not a noun phrase naming their thing.
 */
function readsAsClause(subject: string, words: readonly string[], lang: CoachedLanguage): boolean {
  // A line of theirs in quotes ("“Repair, don't replace”") is their words, not the subject's verb.
  if (lang !== 'en' || /["“”‘’«»„]/.test(subject.charAt(0))) return false;
  if (words.some((w) => /n['’]t$/i.test(w))) return true;
  const last = words[words.length - 1] ?? '';
  const before = fold(words[words.length - 2] ?? '');
  // "Congrats on getting funded", "on being acquired": a passive is the news itself.
  return words.length > 1 && /^\p{Ll}{3,}ed$/u.test(last) && !PASSIVE_BEFORE.has(before) && !danglingWords('en').has(before);
}

const PASSIVE_BEFORE = new Set(['being', 'getting', 'been', 'got', 'get']);

/**
 * "StayDirect gives" (of "StayDirect gives you a booking engine"), "Your members still book": an English present
 * verb cut from its object, or an adverb only a clause holds, makes a sentence cut short of a subject. The verb is
 * told from a noun by its -s, the pronoun the body puts after it, and no article before the words that lead to it:
 * "the podcast you recorded", "the bench your team made" are things.
 */
function cutAfterVerb(subject: string, draft: Draft): boolean {
  const { objectOpeners, clauseAdverbs, determiners } = draft.lexicon;
  const written = subject.split(/\s+/).map((w) => fold(w).replace(/[^\p{L}\p{N}'’-]+/gu, ''));
  if (clauseAdverbs && written.slice(1).some((w) => clauseAdverbs.includes(w))) return true;
  const last = written[written.length - 1];
  if (!objectOpeners || written.length < 2 || !draft.body || !/^\p{Ll}+[^s]s$/u.test(last)) return false;
  const tail = `${written[written.length - 2]} ${last}`;
  const body = draft.body.toLowerCase();
  for (let at = body.indexOf(tail); at >= 0; at = body.indexOf(tail, at + 1)) {
    const next = /^\s+([\p{L}'’]+)/u.exec(body.slice(at + tail.length, at + tail.length + 40))?.[1];
    if (!next || !objectOpeners.includes(next)) continue;
    // The words before the verb, back to the clause's start: an article or a possessive there opens a noun phrase.
    const before = body.slice(Math.max(0, at - 60), at).split(/[.,;:!?\n]/).pop()!.trim().split(/\s+/).filter(Boolean);
    if (!before.some((w) => Object.hasOwn(determiners, w))) return true;
  }
  return false;
}

/** A verb contracted onto a pronoun: "you're", "they've", "we'll", "I'd", "it's". */
const CONTRACTED = /['’](?:re|ve|ll|d|m|s)$/u;

/** Whether more of a subject's function words are English than the draft's language's own. */
function inEnglish(letters: readonly string[], lang: CoachedLanguage): boolean {
  const own = functionWordSet(lang);
  const english = functionWordSet('en');
  let ownCount = 0;
  let englishCount = 0;
  for (const w of letters) {
    if (own.has(w)) ownCount++;
    else if (english.has(w)) englishCount++;
  }
  return englishCount > ownCount;
}

/** The company as people say it: "Lumio" for "Lumio AB", "Stripe" for "Stripe, Inc.". */
export function companyName(message: Message): string | undefined {
  const company = message.company?.trim();
  if (!company) {
    const field = mergeFieldNames(message.body).find((n) => /company|org|employer/i.test(n));
    return field === undefined ? undefined : `{{${field}}}`;
  }
  const words = company.split(/\s+/);
  const suffixes = new Set(LEGAL_SUFFIXES);
  // "Praxis am Markt Dr. Weber": the recipient's own name after the company's is theirs, not the company's.
  const theirs = recipientNameWord(message.to);
  const trailing = (w: string) => suffixes.has(w.toLowerCase().replace(/,$/, '')) || w === '&' || theirs(w);
  while (words.length > 1 && trailing(words[words.length - 1])) words.pop();
  const name = words.join(' ').replace(/,$/, '');
  return name || undefined;
}

const HONORIFIC = /^\p{Lu}\p{Ll}{0,3}\.$/u;

/** Whether a word is one of the recipient's name ("Weber" for `To: Dr. Jana Weber`) or a title ("Dr."). */
function recipientNameWord(to: string | undefined): (word: string) => boolean {
  const person = new Set((to ?? '').split(/\s+/).filter(Boolean));
  return (word) => person.has(word) || HONORIFIC.test(word);
}

/**
 * The company as the body names it: "Tafelrunde" for "Tafelrunde Software", "Brújula" for "Viajes Brújula";
 * never by the recipient's own name ("Frau Vogt" is no short form of "Vogt Maschinenbau").
 */
function asWritten(company: string, body: string, to: string | undefined, lang: CoachedLanguage): string {
  const words = company.split(' ');
  const theirs = recipientNameWord(to);
  for (let size = words.length; size >= 1; size--) {
    for (let from = 0; from + size <= words.length; from++) {
      const part = words.slice(from, from + size).join(' ');
      // "Dr. Weber" of "Praxis am Markt Dr. Weber" is the recipient, not a short form of their company.
      if (size < words.length && part.split(' ').every(theirs)) continue;
      // "am" of "Praxisklinik am Rhein" is a word of every sentence, not a short form.
      if (size === 1 && words.length > 1 && functionWordSet(lang).has(part.toLowerCase())) continue;
      if (containsWord(body, part)) return part;
    }
  }
  return company;
}

function containsWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + part.length] ?? '')) return true;
  }
  return false;
}
