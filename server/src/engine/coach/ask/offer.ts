/**
 * Offers and what they are for: a first-person ability before an offer verb, willingness beside the reader,
 * an offer under a condition on the reader's wish or use, a meeting or a duration, a condition on the
 * reader's time. Read per sentence by sentence.ts; see docs/rules/no-ask.md.
 */
import { endsInOneOf, withoutAccents, type Word } from './clauses';
import type { Compiled } from './compiled';

/** How far after "happy to", "je peux" the meeting it offers may stand: "delighted to arrange a follow-up meeting". */
const MEETING_AFTER_ABLE = 6;

/** How far from a willingness word ("gern", "volontiers") its reader object may stand, in words. */
const OFFER_WINDOW = 4;

/**
 * Under a condition on the reader's wish or use, what the writer will do ("te paso los detalles") or is able
 * to do with any verb ("Happy to ship 200 kg for a trial if useful") is offered to them.
 */
export function conditionalOffer(words: Word[], i: number, c: Compiled): boolean {
  const able = c.able.matchAt(words, i);
  if (c.conditionalOffers.matchAt(words, i) > 0 || (able > 0 && i + able < words.length && words[i + able].clause === words[i].clause)) return true;
  // "Agendá una llamada cuando quieras": a meeting in a sentence under such a condition is proposed.
  return weMeet(words, i, c) || writerToReader(words, i, c) || meetingAt(words, i, c) || writerWill(words, i, c);
}

/** "je passerai mardi avec des échantillons", "llevaré las muestras": the writer's future, in a clause of its own. */
function writerWill(words: Word[], i: number, c: Compiled): boolean {
  const endings = c.lex.writerFutureEndings;
  if (!endings) return false;
  // French says the writer: "je passerai"; Spanish says it by the ending alone ("llevaré").
  const verb = c.writerSubjects.matchAt(words, i) > 0 ? i + 1 : c.lex.weEndings ? i : -1;
  return verb >= 0 && verb < words.length && words[verb].clause === words[i].clause && endsInOneOf(words[verb], endings) && c.functionWords.matchAt(words, verb) === 0;
}

/** How near "we" its "each other" or its meeting stands: "treffen wir uns", "agendamos una llamada". */
const WE_REACH = 3;

/** "on se retrouve au salon", "treffen wir uns auf der Messe", "nos vemos el martes", "agendamos una llamada". */
function weMeet(words: Word[], i: number, c: Compiled): boolean {
  const ending = endsInOneOf(words[i], c.lex.weEndings);
  if (c.weSubjects.matchAt(words, i) === 0 && !ending) return false;
  const clause = words[i].clause;
  for (let k = Math.max(0, i - WE_REACH); k < Math.min(words.length, i + WE_REACH + 1); k++) {
    if (k === i || words[k].clause !== clause) continue;
    if (c.reciprocals.matchAt(words, k) > 0 || (k > i && meetingAt(words, k, c))) return true;
  }
  return false;
}

/** How far after "je", "ich" the reader may stand: "je me permets de vous appeler". */
const WRITER_REACH = 4;

/** The writer doing something to the reader: "je vous réserve une place", "ich rufe Sie am Dienstag an", "le reservo una plaza". */
function writerToReader(words: Word[], i: number, c: Compiled): boolean {
  const clause = words[i].clause;
  if (c.writerSubjects.matchAt(words, i) > 0) {
    for (let k = i + 1; k <= i + WRITER_REACH && k < words.length && words[k].clause === clause; k++) if (c.readerObjects.matchAt(words, k) > 0 || (!!c.lex.readerCased && c.reader.matchAt(words, k) > 0)) return true;
    return false;
  }
  // Spanish drops "yo": the reader's pronoun before a verb in -o ("le reservo", "te mando").
  const next = words[i + 1];
  const writerVerb = !!next && next.clause === clause && endsInOneOf(next, c.lex.writerEndings);
  return writerVerb && c.readerObjects.matchAt(words, i) > 0;
}

/** Whether the words from `from` on name what the writer is available for: a meeting or an offer verb. */
export function saysWhatFor(words: Word[], from: number, c: Compiled): boolean {
  for (let k = from; k < words.length; k++) if (meetingAt(words, k, c) || isOfferVerb(words, k, c)) return true;
  return false;
}

/** How far before "available" its writer may stand: "je suis tout à fait disponible". */
const AVAILABLE_REACH = 3;

/**
 * "je suis disponible pour un entretien dès la semaine prochaine", "I am available for a call on Friday": the
 * writer available for a meeting offers it; available alone ("je reste disponible") is a courtesy.
 */
export function availableForMeeting(words: Word[], i: number, c: Compiled): boolean {
  if (c.availabilityWords.matchAt(words, i) === 0) return false;
  const clause = words[i].clause;
  let writer = false;
  for (let k = Math.max(0, i - AVAILABLE_REACH); k < i; k++) if (words[k].clause === clause && c.writerSubjects.matchAt(words, k) > 0) writer = true;
  if (!writer) return false;
  for (let k = i + 1; k < Math.min(words.length, i + 1 + MEETING_AFTER_ABLE) && words[k].clause === clause; k++) if (meetingAt(words, k, c)) return true;
  return false;
}

/** The clauses that state availability ("zur Verfügung", "à votre disposition"), found once per sentence. */
export function availabilityClauses(words: Word[], c: Compiled): Set<number> {
  const clauses = new Set<number>();
  for (let k = 0; k < words.length; k++) if (c.availabilityWords.matchAt(words, k) > 0) clauses.add(words[k].clause);
  return clauses;
}

/** A meeting noun, or a count and a duration ("15 minutos", "zehn Minuten", "a few minutes"). */
function meetingAt(words: Word[], k: number, c: Compiled): boolean {
  if (c.meetingNouns.matchAt(words, k) > 0) return true;
  if (!(/^\d+$/.test(words[k].lower) || c.countWords.matchAt(words, k) > 0)) return false;
  // "a few minutes": a second count word may stand between.
  const next = k + 1 < words.length && c.countWords.matchAt(words, k + 1) > 0 ? k + 2 : k + 1;
  return next < words.length && c.durationNouns.matchAt(words, next) > 0;
}

/** How far a condition's time or meeting may stand from its "if": "si t'as un créneau pour un café". */
const CONDITION_REACH = 8;

/** Whether the condition opening at `i` names the reader's time, a meeting or their willingness, within its clause. */
export function offersTime(words: Word[], i: number, c: Compiled): boolean {
  const clause = words[i].clause;
  for (let k = i + 1; k < Math.min(words.length, i + CONDITION_REACH) && words[k].clause === clause; k++) {
    if (c.readerTimeNouns.matchAt(words, k) > 0 || meetingAt(words, k, c)) return true;
  }
  return false;
}

/**
 * An offer: first-person ability before an offer verb ("I can share", "happy to send", "je peux envoyer"),
 * or a willingness word next to the reader as object or an offer verb ("Ich schicke Ihnen gern",
 * "Je vous l'envoie volontiers", "Le envío con gusto"), within one clause.
 */
export function isOffer(words: Word[], i: number, c: Compiled, available: ReadonlySet<number>): boolean {
  if (ableOffers(words, i, c.able.matchAt(words, i), c) || willingToAct(words, i, c)) return true;
  const willing = c.willing.matchAt(words, i);
  if (willing === 0) return false;
  const clause = words[i].clause;
  // "Ich stehe Ihnen jederzeit gern zur Verfügung": a courtesy, unless it says what for.
  if (available.has(clause) && !saysWhatFor(words, i + willing, c)) return false;
  const from = Math.max(0, i - OFFER_WINDOW);
  const to = Math.min(words.length, i + willing + OFFER_WINDOW);
  for (let k = from; k < to; k++) {
    if (words[k].clause !== clause || (k >= i && k < i + willing)) continue;
    // "Gerne vereinbaren wir einen Termin": willingness with a meeting offers it, whatever the verb.
    if (c.readerObjects.matchAt(words, k) > 0 || isOfferVerb(words, k, c) || meetingAt(words, k, c)) {
      const after = words[k + 1];
      // "Ravie de vous avoir rencontré": glad of something past, not offering anything.
      return !(after && c.pastAuxiliaries.matchAt(words, k + 1) > 0) && !(words[i + willing] && c.pastAuxiliaries.matchAt(words, i + willing) > 0);
    }
  }
  return false;
}

/**
 * "I'm happy to take a look next time I'm passing", "glad to mock up a label": willingness offers whatever the
 * writer would do with its verb, unless that is a reaction ("glad to see", "happy to announce") or a feeling that
 * was ("I was happy to hear").
 */
function willingToAct(words: Word[], i: number, c: Compiled): boolean {
  const willing = c.willingTo.matchAt(words, i);
  const verb = i + willing;
  if (willing === 0 || verb >= words.length || words[verb].clause !== words[i].clause) return false;
  if (c.reactionVerbs.matchAt(words, verb) > 0 || c.functionWords.matchAt(words, verb) > 0 || tellsNews(words, verb, c)) return false;
  return !(i > 0 && words[i - 1].clause === words[i].clause && c.pastCopulas.matchAt(words, i - 1) > 0);
}

/**
 * "Can send you the deck", "Would love 15 minutes next week": a clause that opens on the ability, its writer left
 * out. The offer verb needs the reader as its object, since the same words describe a product ("Can connect to
 * any ERP", "Will run on your scanners"); a meeting needs nothing more.
 */
export function offersWithoutSubject(words: Word[], i: number, c: Compiled): boolean {
  return ableOffers(words, i, c.ableWithoutSubject.matchAt(words, i), c, true);
}

/** How far after its offer verb the reader may stand as its object: "send you", "send over to you". */
const OBJECT_REACH = 2;

/** An ability of `able` words at `i`, then an offer verb (with the reader as its object, if asked) or a meeting in its clause. */
function ableOffers(words: Word[], i: number, able: number, c: Compiled, toReader = false): boolean {
  if (able === 0) return false;
  const clause = words[i].clause;
  const readerAfter = (k: number) => {
    for (let o = k + 1; o <= k + OBJECT_REACH && o < words.length && words[o].clause === clause; o++) if (c.readerObjects.matchAt(words, o) > 0) return true;
    return false;
  };
  for (let k = i + able; k < Math.min(words.length, i + able + (c.lex.offerVerbReach ?? 3)) && words[k].clause === clause; k++) {
    if (isOfferVerb(words, k, c) && (!toReader || readerAfter(k)) && !tellsNews(words, k, c)) return true;
  }
  // "We would be delighted to arrange a follow-up meeting": whatever the verb, a meeting offered is an offer.
  for (let k = i + able; k < Math.min(words.length, i + able + MEETING_AFTER_ABLE) && words[k].clause === clause; k++) {
    if (meetingAt(words, k, c)) return true;
  }
  return false;
}

/**
 * "delighted to share that Ashcombe Manor has been named ...": an offer verb whose object is a clause, a subject (a
 * name, "we", "I", an article or a possessive) right after its conjunction, tells news. "happy to share that deck"
 * offers the deck.
 */
function tellsNews(words: Word[], k: number, c: Compiled): boolean {
  const conjunction = words[k + 1];
  const subject = words[k + 2];
  if (!conjunction || !subject || c.clauseObjects.matchAt(words, k + 1) === 0) return false;
  return /^\p{Lu}/u.test(subject.raw) || c.subjectOpeners.matchAt(words, k + 2) > 0 || c.weSubjects.matchAt(words, k + 2) > 0 || c.writerSubjects.matchAt(words, k + 2) > 0;
}

function isOfferVerb(words: Word[], k: number, c: Compiled): boolean {
  if (c.offerVerbs.matchAt(words, k) > 0) return true;
  if (!c.lex.encliticVerbs) return false;
  // "enviarle", "mandártelo": the verb with the reader's pronoun on its end.
  // "enseñártelo", "enviárselo": a pronoun on the end moves the stress, and the accent marks it.
  const lower = withoutAccents(words[k].lower);
  return c.offerStems.some((v) => lower.length > v.length && lower.startsWith(v) && lower.length - v.length <= 5);
}

/** "Le escribo para proponerle una reunión breve", "to propose a short call": an offer verb with its meeting. */
export function offersMeeting(words: Word[], i: number, c: Compiled): boolean {
  // "stopped by for a demo and a coffee": a word that is a meeting itself is no verb here.
  if (!isOfferVerb(words, i, c) || c.meetingNouns.matchAt(words, i) > 0) return false;
  for (let k = i + 1; k <= i + OFFER_WINDOW && k < words.length && words[k].clause === words[i].clause; k++) if (meetingAt(words, k, c)) return true;
  return false;
}
