/**
 * Whether a message asks the reader for something they can act on, by positive evidence: a question to
 * them, an offer, an imperative or invitation, a booking link; for a connection note, its request to
 * connect. Structure first (a clause that opens with a verb and the reader's pronoun, a first-person
 * offer before an offer verb), then the language's word classes (lexicon/*.ts). Linear in the body:
 * one sentence split, one word scan per sentence, phrase look-ups by first word.
 */
import type { MessageKind } from '../../types';
import { splitSentences } from '../../words';
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import { PhraseSet, readWords, type Word } from './clauses';
import { askLexiconFor, NO_LEXICON, type AskLexicon } from './lexicon';

export type AskKind = 'question' | 'request' | 'offer' | 'link' | 'connection';

export interface Ask {
  kind: AskKind;
  /** The sentence that asks. */
  sentence: string;
}

export interface AskInput {
  body: string;
  kind?: MessageKind;
}

/** How a rhetorical question is told from a real one: see docs/rules/no-ask.md. */
const MIN_SENTENCES_FOR_OPENER = 3;
const MAX_PITCH_AFTER_QUESTION = 1;
/** A trailing line this short, without a full stop or question mark, is a sign-off ("Best,\nSam"). */
const MAX_SIGN_OFF_WORDS = 6;
const MAX_GREETING_WORDS = 8;
const MAX_GREETING_CHARS = 120;
/** How far from a willingness word ("gern", "volontiers") its reader object may stand, in words. */
const OFFER_WINDOW = 4;

// Scheduling links: a booking page is an ask the reader answers with a click.
const BOOKING_HOSTS = new Set([
  'calendly.com', 'cal.com', 'savvycal.com', 'tidycal.com', 'zcal.co', 'meetings.hubspot.com', 'youcanbook.me', 'koalendar.com', 'doodle.com', 'calendar.app.google',
  'calendar.google.com', 'chilipiper.com', 'acuityscheduling.com', 'reclaim.ai',
]);
const BOOKING_FIELD_WORDS = ['calendar', 'calendly', 'booking', 'schedul', 'meeting_link', 'meeting link'];

interface Compiled {
  lex: AskLexicon;
  split: boolean;
  reader: PhraseSet;
  readerObjects: PhraseSet;
  questionOpeners: PhraseSet;
  requestQuestions: PhraseSet;
  /** The one-word request questions, for a verb read without its hyphenated pronoun. */
  requestVerbs: Set<string>;
  imperatives: PhraseSet;
  invitations: PhraseSet;
  leadIns: PhraseSet;
  subordinators: PhraseSet;
  willing: PhraseSet;
  able: PhraseSet;
  offerVerbs: PhraseSet;
  pastAuxiliaries: PhraseSet;
  connect: PhraseSet;
  functionWords: PhraseSet;
  greetings: PhraseSet;
  /** Every word a class matched anywhere in a sentence starts with: most words are in none, and cost one look-up. */
  anywhere: Set<string>;
}

const compiled = new Map<CoachedLanguage | 'none', Compiled>();

function compile(lang: CoachedLanguage | undefined): Compiled {
  const key = lang ?? 'none';
  let c = compiled.get(key);
  if (c) return c;
  const lex = lang ? askLexiconFor(lang) : NO_LEXICON;
  const base = lexiconFor(lang ?? 'en');
  const split = lang === 'fr';
  const set = (words: readonly string[], cased = false) => new PhraseSet(words, split, cased);
  c = {
    lex,
    split,
    reader: set(lex.reader, lex.readerCased),
    readerObjects: set(lex.readerObjects, lex.readerCased),
    questionOpeners: set(lex.questionOpeners),
    requestQuestions: set(lex.requestQuestions),
    requestVerbs: new Set(lex.requestQuestions.filter((q) => !q.includes(' '))),
    imperatives: set(lex.imperatives),
    invitations: set(lex.invitations),
    leadIns: set(lex.leadIns),
    subordinators: set(lex.subordinators),
    willing: set(lex.willing),
    able: set(lex.able),
    offerVerbs: set(lex.offerVerbs),
    pastAuxiliaries: set(lex.pastAuxiliaries),
    connect: set(lex.connect),
    functionWords: set(lang ? base.functionWords : []),
    greetings: set(base.greetings),
    anywhere: new Set(),
  };
  for (const s of [c.reader, c.connect, c.invitations, c.able, c.willing]) for (const w of s.firstWords()) c.anywhere.add(w);
  compiled.set(key, c);
  return c;
}

/** What one sentence holds. */
interface Reading {
  text: string;
  words: Word[];
  /** A request, offer or link: an ask wherever it stands. */
  direct?: AskKind;
  /** A question mark, or a question's shape at the start of a clause ("Would you", "Hätten Sie"). */
  question: boolean;
  /** The question asks for something ("Would...", "Hätten Sie", "¿Le interesaría"), not "Do you struggle with...". */
  requestShaped: boolean;
  /** It speaks to the reader ("you", "Sie", "vous"). */
  toReader: boolean;
  connect: boolean;
}

function read(text: string, c: Compiled): Reading {
  const words = readWords(text, c.split);
  const r: Reading = { text, words, question: text.includes('?'), requestShaped: false, toReader: false, connect: false };
  let conditional = false;
  for (let i = 0; i < words.length && !r.direct; i++) {
    const w = words[i];
    if (w.opens) conditional = c.subordinators.matchAt(words, i) > 0;
    if (w.opens || (w.afterComma && conditional)) {
      if (w.afterComma) conditional = false;
      readClauseStart(words, i, c, r);
    }
    if (isBookingLink(w)) r.direct = 'link';
    if (!c.anywhere.has(w.lower) && !c.anywhere.has(w.raw)) continue;
    if (!r.toReader && c.reader.matchAt(words, i) > 0) r.toReader = true;
    if (!r.connect && c.connect.matchAt(words, i) > 0) r.connect = true;
    if (c.invitations.matchAt(words, i) > 0) r.direct = 'request';
    else if (isOffer(words, i, c)) r.direct = 'offer';
  }
  if (!r.direct && c.lex.conditionalRequests?.some((all) => all.every((w) => words.some((x) => x.lower === w)))) r.direct = 'request';
  return r;
}

/** At a clause start, past any lead-in words ("please", "just"): an imperative or a question's shape. */
function readClauseStart(words: Word[], i: number, c: Compiled, r: Reading): void {
  let p = i;
  for (;;) {
    if (c.imperatives.matchAt(words, p) > 0) {
      r.direct = 'request';
      return;
    }
    if (c.questionOpeners.matchAt(words, p) > 0) {
      r.question = true;
      r.requestShaped = true;
      return;
    }
    const shape = verbFirst(words, p, c, r.question);
    if (shape === 'request') {
      r.direct = 'request';
      return;
    }
    if (shape) {
      r.question = true;
      r.requestShaped = shape === 'request-question';
      return;
    }
    if (r.question && c.requestQuestions.matchAt(words, p) > 0) r.requestShaped = true;
    const lead = c.leadIns.matchAt(words, p);
    if (lead === 0 || p + lead >= words.length) return;
    p += lead;
  }
}

/**
 * A clause that opens with a verb addressed to the reader: the reader's pronoun right after its first word
 * ("Hätten Sie", "Melden Sie sich"), a hyphenated pronoun ("Seriez-vous", "Dites-moi") or an imperative
 * ending ("Répondez", "Avísame"). An inverted question is a question, a request when its verb is one of the
 * language's request words ("Seriez", "Hätten"); an imperative asks when it is a reply verb or the writer
 * is in its clause, and is pitch otherwise ("Entdecken Sie...", "Découvrez...").
 */
function verbFirst(words: Word[], p: number, c: Compiled, questionMark: boolean): 'question' | 'request-question' | 'request' | undefined {
  const shape = c.lex.verbFirst;
  if (!shape) return undefined;
  const w = words[p];
  if (c.functionWords.matchAt(words, p) > 0 || c.subordinators.matchAt(words, p) > 0 || c.reader.matchAt(words, p) > 0) return undefined;
  if (!/^\p{L}/u.test(w.raw)) return undefined;
  const hyphen = w.lower.lastIndexOf('-');
  const verb = hyphen > 0 ? w.lower.slice(0, hyphen) : w.lower;
  const requestVerb = c.requestVerbs.has(verb);
  const imperative = () => (shape.replyVerbs?.includes(verb) || writerInClause(words, p, c) ? 'request' : undefined);
  if (shape.hyphenSuffixes && hyphen > 0) {
    const suffix = w.lower.slice(hyphen + 1);
    if (shape.inversions?.includes(suffix)) return requestVerb ? 'request-question' : 'question';
    if (shape.hyphenSuffixes.includes(suffix)) return 'request';
  }
  const next = words[p + 1];
  if (shape.pronounAfter && next && next.clause === w.clause && shape.pronounAfter.includes(next.raw)) {
    if (requestVerb) return 'request-question';
    return questionMark ? 'question' : imperative();
  }
  if (shape.endings && w.lower.length >= (shape.minLength ?? 0) && !shape.except?.includes(w.lower)) {
    const ending = shape.endings.find((e) => w.lower.endsWith(e));
    // "Avísame": the writer is in the ending itself.
    if (ending) return shape.writer?.includes(ending) ? 'request' : imperative();
  }
  return undefined;
}

function writerInClause(words: Word[], p: number, c: Compiled): boolean {
  const writer = c.lex.verbFirst?.writer;
  if (!writer) return false;
  for (let k = p + 1; k < words.length && words[k].clause === words[p].clause; k++) if (writer.includes(words[k].lower)) return true;
  return false;
}

/**
 * An offer: first-person ability before an offer verb ("I can share", "happy to send", "je peux envoyer"),
 * or a willingness word next to the reader as object or an offer verb ("Ich schicke Ihnen gern",
 * "Je vous l'envoie volontiers", "Le envío con gusto"), within one clause.
 */
function isOffer(words: Word[], i: number, c: Compiled): boolean {
  const able = c.able.matchAt(words, i);
  if (able > 0) {
    const clause = words[i].clause;
    for (let k = i + able; k < Math.min(words.length, i + able + 3) && words[k].clause === clause; k++) {
      if (isOfferVerb(words, k, c)) return true;
    }
  }
  const willing = c.willing.matchAt(words, i);
  if (willing === 0) return false;
  const clause = words[i].clause;
  const from = Math.max(0, i - OFFER_WINDOW);
  const to = Math.min(words.length, i + willing + OFFER_WINDOW);
  for (let k = from; k < to; k++) {
    if (words[k].clause !== clause || (k >= i && k < i + willing)) continue;
    if (c.readerObjects.matchAt(words, k) > 0 || isOfferVerb(words, k, c)) {
      const after = words[k + 1];
      // "Ravie de vous avoir rencontré": glad of something past, not offering anything.
      return !(after && c.pastAuxiliaries.matchAt(words, k + 1) > 0) && !(words[i + willing] && c.pastAuxiliaries.matchAt(words, i + willing) > 0);
    }
  }
  return false;
}

function isOfferVerb(words: Word[], k: number, c: Compiled): boolean {
  if (c.offerVerbs.matchAt(words, k) > 0) return true;
  if (!c.lex.encliticVerbs) return false;
  // "enviarle", "mandártelo": the verb with the reader's pronoun on its end.
  const lower = words[k].lower;
  return c.lex.offerVerbs.some((v) => lower.length > v.length && lower.startsWith(v) && lower.length - v.length <= 5);
}

function isBookingLink(w: Word): boolean {
  if (w.lower.charCodeAt(0) !== 123) return BOOKING_HOSTS.has(w.lower);
  return BOOKING_FIELD_WORDS.some((f) => w.lower.includes(f));
}

/** How many of the first sentences lie on the body's greeting line ("Hi Dana,", "Estimado D. Fernando:"). */
function greetingSentences(body: string, sentences: string[], c: Compiled): number {
  const start = body.length - body.trimStart().length;
  const newline = body.indexOf('\n', start);
  const lineEnd = newline === -1 ? body.length : newline;
  // A line this long is no greeting, however it starts.
  if (lineEnd - start > MAX_GREETING_CHARS) return 0;
  const line = body.slice(start, lineEnd).trimEnd();
  const words = readWords(line, c.split);
  const end = line.charCodeAt(line.length - 1);
  // A greeting line is short and ends on a comma, colon, exclamation mark, a name or an initial.
  if (words.length === 0 || words.length > MAX_GREETING_WORDS || end === 63 || c.greetings.matchAt(words, 0) === 0) return 0;
  if (end === 46 && words.length > 3 && !/\s\p{L}\.$/u.test(line)) return 0;
  let n = 0;
  let at = 0;
  while (n < sentences.length) {
    const found = line.indexOf(sentences[n], at);
    if (found === -1) break;
    at = found + sentences[n].length;
    n++;
  }
  return n;
}

function startsWithGreeting(body: string, c: Compiled): boolean {
  const words = readWords(body.slice(0, 80), c.split);
  return words.length > 0 && c.greetings.matchAt(words, 0) > 0;
}

function isSignOff(r: Reading): boolean {
  const last = r.text.charCodeAt(r.text.length - 1);
  if (last === 46 || last === 63 || r.direct || r.question) return false;
  // The words of its first line, counted from the words already read.
  const newline = r.text.indexOf('\n');
  if (newline === -1) return r.words.length <= MAX_SIGN_OFF_WORDS;
  let words = 0;
  while (words < r.words.length && r.words[words].start < newline && words <= MAX_SIGN_OFF_WORDS) words++;
  return words <= MAX_SIGN_OFF_WORDS;
}

let lastKey: string | undefined;
let lastAsk: Ask | undefined;

/** The message's ask, or undefined when it asks for nothing. `lang` undefined: only a question mark or a booking link counts. */
export function findAsk(message: AskInput, lang: CoachedLanguage | undefined): Ask | undefined {
  const kind = message.kind ?? 'inmail';
  const key = `${lang ?? '-'}\u0000${kind}\u0000${message.body}`;
  if (key !== lastKey) {
    lastAsk = computeAsk(message.body, lang, kind);
    lastKey = key;
  }
  return lastAsk;
}

function computeAsk(body: string, lang: CoachedLanguage | undefined, kind: MessageKind): Ask | undefined {
  const c = compile(lang);
  const sentences = splitSentences(body);
  const readings: Reading[] = new Array(sentences.length);
  const reading = (k: number) => (readings[k] ??= read(sentences[k], c));
  const first = greetingSentences(body, sentences, c);
  let last = sentences.length - 1;
  while (last >= first && isSignOff(reading(last))) last--;
  const content = last - first + 1;
  // From the end, where an ask usually stands: most drafts are decided by their last few sentences.
  for (let k = sentences.length - 1; k >= 0; k--) {
    const r = reading(k);
    if (r.direct) return { kind: r.direct, sentence: r.text };
    if (!r.question) continue;
    // An opening question in a body of three or more sentences is a hook ("Tired of slow hiring?").
    if (k <= first && content >= MIN_SENTENCES_FOR_OPENER) continue;
    // A question that asks for nothing, followed by more pitch, is rhetorical too ("Sound familiar?").
    if (!r.requestShaped && last - k > MAX_PITCH_AFTER_QUESTION) continue;
    return { kind: 'question', sentence: r.text };
  }
  if (kind === 'connection') {
    // A note sent with a connection request asks to connect; one that neither says so nor greets or speaks
    // to the reader is an advertisement pasted into the box.
    const request = readings.find((r) => r.connect || r.toReader) ?? (startsWithGreeting(body, c) ? readings[0] : undefined);
    if (request) return { kind: 'connection', sentence: request.text };
  }
  return undefined;
}
