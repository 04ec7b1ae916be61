/**
 * One sentence read for an ask: a request, offer or booking link wherever it stands, a question and whether
 * it asks for something, whether it speaks to the reader or asks to connect. See docs/rules/no-ask.md.
 */
import { endsInOneOf, readWords, withoutAccents, type PhraseSet, type Word } from './clauses';
import type { Compiled } from './compiled';
import { availabilityClauses, availableForMeeting, conditionalOffer, isOffer, offersMeeting, offersTime, offersWithoutSubject, saysWhatFor } from './offer';
import { trimEnd } from '../../util';

export type AskKind = 'question' | 'request' | 'offer' | 'link' | 'connection';

// Scheduling links: a booking page is an ask the reader answers with a click.
const BOOKING_HOSTS = new Set([
  'calendly.com', 'cal.com', 'savvycal.com', 'tidycal.com', 'zcal.co', 'meetings.hubspot.com', 'youcanbook.me', 'koalendar.com', 'doodle.com', 'calendar.app.google',
  'calendar.google.com', 'chilipiper.com', 'acuityscheduling.com', 'reclaim.ai',
]);
const BOOKING_FIELD_WORDS = ['calendar', 'calendly', 'booking', 'schedul', 'meeting_link', 'meeting link'];

/** What one sentence holds. */
export interface Reading {
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
  /** It opens on a request verb with the reader right after it: "Can you get me...", "Könnten Sie...". */
  verbToReader?: boolean;
  connect: boolean;
}

export function read(text: string, c: Compiled): Reading {
  const words = readWords(text, c.split);
  const available = availabilityClauses(words, c);
  const r: Reading = { text, words, question: text.includes('?'), requestShaped: false, toReader: false, connect: false };
  let conditional = false;
  // "Si te interesa, ...": a condition on the reader's wish makes what the writer then does for them an offer.
  let readerCondition = false;
  // "Wie besprochen melde ich mich nach Ihrem Urlaub": a clause that reports sets no condition on the reader.
  let reporting = false;
  // A time clause ("when", "once"), not a condition proper ("if"): in the past it tells what happened.
  let temporal = false;
  for (let i = 0; i < words.length && !r.direct; i++) {
    const w = words[i];
    if (w.opens) {
      const sub = c.subordinators.matchAt(words, i);
      conditional = sub > 0;
      // "as discussed" reports; "as soon as" is a time to come, the longer reading.
      reporting = conditional && c.reportingSubordinators.matchAt(words, i) >= sub;
      temporal = conditional && c.conditionals.matchAt(words, i) === 0;
    }
    // "When you told me in March that ...": a time clause in the past tells what happened; it sets no condition.
    // "If you missed the webinar", "once you've read it" still do.
    if (conditional && temporal && !w.opens && pastForm(words, i, c)) {
      conditional = false;
      readerCondition = false;
    }
    // "If you have a moment, ...", "Si t'as un créneau pour un café, ...": a condition on the reader's time asks for it.
    // A question is read as one below: "Et si le moment était venu... ?" asks nothing of their time.
    if (!r.question && c.conditionals.matchAt(words, i) > 0 && offersTime(words, i, c)) r.direct = 'request';
    // "..., so please point me to whoever owns the schedule": a comma and "so"/"and"/"please" open a main clause too.
    if (w.opens || (w.afterComma && (conditional || c.leadIns.matchAt(words, i) > 0))) {
      if (w.afterComma) conditional = false;
      readClauseStart(words, i, c, r);
    }
    // "Si prefieres", and with a pronoun between: "si me confirmas"; with the writer as its object the verb is the
    // reader's in any person ("si me confirma la dirección").
    const clitic = i > 1 && c.writerObjects.matchAt(words, i - 1) > 0 ? 1 : 0;
    if (conditional && i > clitic && c.subordinators.matchAt(words, i - 1 - clitic) > 0 && (readerVerb(w, c) || clitic > 0)) readerCondition = true;
    // "Cualquier cosa me avisas", "Me cuentas si te interesa": the reader telling the writer, in the present, asks.
    if (!conditional && i > 0 && c.writerObjects.matchAt(words, i - 1) > 0 && readerVerb(w, c) && !r.question) r.direct = 'request';
    // "... dès que tu me dis où", "... if you send me the address": a condition on the reader after the offer.
    const sub = c.subordinators.matchAt(words, i);
    // "Happy to make the introductions whenever it's useful to you": a condition of use may follow the offer too.
    if (sub > 0 && !w.opens && c.reportingSubordinators.matchAt(words, i) < sub && (readerWithin(words, i + sub, c) || (i + sub < words.length && c.writerObjects.matchAt(words, i + sub) > 0) || usefulWithin(words, i + sub, c))) readerCondition = true;
    // "Try them in the showroom and tell me what your fitters think", "Cuenta con los tres y dime qué papeles ...": a
    // sentence that opens on its verb may join a second imperative with "and"; "We tested them and tell..." opens on its subject.
    if (i > 1 && i + 1 < words.length && !w.opens && c.joiners.matchAt(words, i) > 0 && c.functionWords.matchAt(words, 0) === 0 && joinedRequest(words, i + 1, c)) r.direct = 'request';
    if (isBookingLink(w)) r.direct = 'link';
    if (offersMeeting(words, i, c) || availableForMeeting(words, i, c)) r.direct = 'offer';
    if (!c.anywhere.has(w.lower) && !c.anywhere.has(w.raw)) continue;
    const reader = c.reader.matchAt(words, i) > 0;
    if (reader) r.toReader = true;
    if (reader && conditional && !reporting) readerCondition = true;
    if (c.usefulnessConditions.matchAt(words, i) > 0 || c.readerTimeChoice.matchAt(words, i) > 0) readerCondition = true;
    if (conditional && !reporting && c.usefulWords.matchAt(words, i) > 0) readerCondition = true;
    // "If Thursday works, ...", "si cela vous convient": a condition that something suits them.
    if (conditional && c.suitVerbs.matchAt(words, i) > 0) readerCondition = true;
    if (readerCondition && conditionalOffer(words, i, c)) r.direct = 'offer';
    if (!r.connect && c.connect.matchAt(words, i) > 0) r.connect = true;
    const close = c.availabilityCloses.matchAt(words, i);
    if (close > 0 && saysWhatFor(words, i + close, c)) r.direct = 'request';
    if (c.invitations.matchAt(words, i) > 0) r.direct = 'request';
    else if (isOffer(words, i, c, available)) r.direct = 'offer';
  }
  // "Je te passe le lien dès que tu me dis où": the condition on the reader may follow the offer.
  if (!r.direct && readerCondition) for (let i = 0; i < words.length && !r.direct; i++) if (conditionalOffer(words, i, c)) r.direct = 'offer';
  if (!r.direct && callToAction(words, c)) r.direct = 'link';
  if (!r.direct && c.lex.conditionalRequests?.some((all) => all.every((w) => words.some((x) => x.lower === w)))) r.direct = 'request';
  return r;
}

/** An English simple past: "-ed" ("asked") or a form without it ("told", "sold"); not a perfect ("you've read"). */
function pastForm(words: Word[], i: number, c: Compiled): boolean {
  const w = words[i];
  if (!c.lex.irregularPasts || (i > 0 && c.pastAuxiliaries.matchAt(words, i - 1) > 0) || /['’]ve$/.test(words[i - 1]?.lower ?? '')) return false;
  return (w.lower.length > 4 && w.lower.endsWith('ed')) || c.irregularPasts.matchAt([w], 0) > 0;
}

/** How far after a condition's word its word of use may stand: "whenever it's useful", "si jamais c'est utile". */
const USEFUL_REACH = 4;

function usefulWithin(words: Word[], from: number, c: Compiled): boolean {
  for (let k = from; k < Math.min(words.length, from + USEFUL_REACH) && words[k].clause === words[from - 1].clause; k++) if (c.usefulWords.matchAt(words, k) > 0) return true;
  return false;
}

/** How far after "if"/"dès que" the reader may stand: "dès que tu", "si jamais vous". */
const READER_AFTER_SUBORDINATOR = 2;

function readerWithin(words: Word[], from: number, c: Compiled): boolean {
  // "por si prefieres escribirme": Spanish says "you" by the verb.
  for (let k = from; k < Math.min(words.length, from + READER_AFTER_SUBORDINATOR + 1); k++) if (c.reader.matchAt(words, k) > 0 || readerVerb(words[k], c)) return true;
  return false;
}

/** A verb whose ending says the reader does it ("quieres", "prefieres"), in a language that drops the pronoun. */
function readerVerb(w: Word, c: Compiled): boolean {
  return endsInOneOf(w, c.lex.readerVerbEndings) && c.functionWords.matchAt([w], 0) === 0;
}

/** At a clause start, past any lead-in words ("please", "just"): an imperative or a question's shape. */
function readClauseStart(words: Word[], i: number, c: Compiled, r: Reading): void {
  let p = i;
  for (;;) {
    if (c.imperatives.matchAt(words, p) > 0) {
      r.direct = 'request';
      return;
    }
    if (offersWithoutSubject(words, p, c)) {
      r.direct = 'offer';
      return;
    }
    // "Have a look at pages 4-7 by Wednesday", "Check the belt width on line 3 against your drawings".
    if (!r.question && actionFor(words, p, c)) {
      r.direct = 'request';
      return;
    }
    if (c.questionOpeners.matchAt(words, p) > 0) {
      r.question = true;
      r.requestShaped = true;
      // "Can you", "Could you": the reader right after the opener's verb; "What would your bill..." is none.
      r.verbToReader = c.reader.matchAt(words, p + 1) > 0;
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
      r.verbToReader = r.requestShaped;
      return;
    }
    if (r.question && c.requestQuestions.matchAt(words, p) > 0) r.requestShaped = true;
    const lead = c.leadIns.matchAt(words, p);
    if (lead === 0 || p + lead >= words.length) return;
    if (pleaded(words, p, lead, c)) {
      r.direct = 'request';
      return;
    }
    p += lead;
  }
}

/** "Please share the timetable", "Kindly confirm the depot": a verb after "please" asks, unless it only points ("please find attached"). */
function pleaded(words: Word[], p: number, lead: number, c: Compiled): boolean {
  const verb = words[p + lead];
  if (!c.lex.pleaseWords?.includes(words[p].lower) || verb.clause !== words[p].clause || !/^\p{L}/u.test(verb.raw)) return false;
  return c.functionWords.matchAt(words, p + lead) === 0 && !c.lex.pleaseNonRequests?.includes(verb.lower);
}

/** The second verb of "Try them and tell me ...": a listed imperative, or a verb addressed to the reader by its form ("dime"). */
function joinedRequest(words: Word[], k: number, c: Compiled): boolean {
  return c.imperatives.matchAt(words, k) > 0 || verbFirst(words, k, c, false) === 'request';
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
  const imperative = () => (shape.replyVerbs?.includes(verb) || writerInClause(words, p, c) || inClause(words, p + 1, c.deadlineWords) ? 'request' : undefined);
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
    const stressed = shape.stressedEndings && w.lower !== withoutAccents(w.lower) ? shape.stressedEndings : undefined;
    const ending = shape.endings.find((e) => w.lower.endsWith(e)) ?? stressed?.find((e) => w.lower.endsWith(e));
    // "Avísame": the writer is in the ending itself.
    if (ending) return shape.writer?.includes(ending) ? 'request' : imperative();
  }
  return undefined;
}

/**
 * An action the reader is to take, at the clause's start: one of the language's action verbs, not aimed at the
 * reader themself ("See you Thursday" is a goodbye), with a day to do it by or the reader in its clause.
 * "Try our platform" and "Read more about our services" have neither, and are pitch.
 */
function actionFor(words: Word[], p: number, c: Compiled): boolean {
  const verb = c.actionVerbs.matchAt(words, p);
  if (verb === 0 || p + verb >= words.length || c.reader.matchAt(words, p + verb) > 0) return false;
  return inClause(words, p + verb, c.deadlineWords) || inClause(words, p + verb, c.reader);
}

/** Whether a phrase of the set stands from `from` to the end of its clause. */
function inClause(words: Word[], from: number, set: PhraseSet): boolean {
  for (let k = from; k < words.length && words[k].clause === words[from].clause; k++) if (set.matchAt(words, k) > 0) return true;
  return false;
}

function writerInClause(words: Word[], p: number, c: Compiled): boolean {
  const writer = c.lex.verbFirst?.writer;
  if (!writer) return false;
  for (let k = p + 1; k < words.length && words[k].clause === words[p].clause; k++) if (writer.includes(words[k].lower)) return true;
  return false;
}

// The sentence's marks after a web address: "samplehq.io.".
const TRAILING_MARKS = new Set('.,;:!?)');

// A web address by its scheme, "www." or a common top-level domain: "giving.stanford.edu", not "Node.js".
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|co|ai|app|dev|info|biz|me|uk|de|fr|es|ch|at|be|nl|eu|us|ca|mx|ar|cl|co\.uk)(?:\/\S*)?$/;

/**
 * "Apply today at the link below", "Give today at giving.stanford.edu": a clause that opens on a verb (no
 * pronoun, article or other function word) and points to a link or a web address asks for a click.
 */
function callToAction(words: Word[], c: Compiled): boolean {
  let opener = -1;
  let noun = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.opens) {
      opener = c.functionWords.matchAt(words, i) > 0 || c.reader.matchAt(words, i) > 0 || /^\P{L}/u.test(w.raw) ? -1 : w.clause;
      noun = false;
      // The opening word itself is the verb: "Acme.com helped 40 teams" opens on a name.
      continue;
    }
    if (opener < 0 || w.clause !== opener) continue;
    if (WEB_ADDRESS.test(trimEnd(w.lower, TRAILING_MARKS))) return true;
    if (c.linkNouns.has(w.lower)) noun = true;
    else if (noun && c.linkPointers.has(w.lower)) return true;
  }
  return false;
}

function isBookingLink(w: Word): boolean {
  if (w.lower.charCodeAt(0) !== 123) return BOOKING_HOSTS.has(w.lower);
  return BOOKING_FIELD_WORDS.some((f) => w.lower.includes(f));
}

