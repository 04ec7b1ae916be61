/**
 * A dated sighting: a statement that puts a particular thing on a recent day ("I was in St Mary's on Saturday and
 * saw the notice in the porch", "heute früh stand einer Ihrer Sprinter an der Gladbecker Straße", "pasé por La
 * Florida el domingo") or on one that comes back ("je passe devant tous les matins, rue Saint-Maur"). A template
 * can name a town or quote a figure, but it cannot say what the writer saw of this reader yesterday. Not a
 * question, not the sentence the body asks in ("Would Tuesday suit?"), not a day still to come ("I'll drop samples
 * on Friday"), and not the writer's own business or a crowd ("last month our team helped Harbour Dental", "great to
 * see so many of you at yesterday's webinar").
 */
import { inMention } from './company-mentions';
import { modalOrFuture, whenWord } from './phrase-checks';
import { audienceEvent, isReaderWord, readerAfterPreposition } from './reader';
import type { Scan } from './scan';

/** How far from the day the particular thing may stand, within its sentence. */
const REACH = 20;

export function findDatedSighting(s: Scan, company: string | undefined): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const recent = s.at(i, 'recentPast') || dayOfSomething(s, i);
    const length = recent || s.at(i, 'recurringDays');
    if (!length) continue;
    const day = { from: i, to: i + length - 1 };
    const skip = s.isQuestion(i) || s.inAsk(i) || calendarDate(s, day.to + 1) || s.nearby(i, REACH, (k) => toCome(s, k));
    if (skip || writersOwn(s, i) || !s.nearby(i, REACH, (k) => tiedToReader(s, company, k))) {
      i = day.to;
      continue;
    }
    // A figure on a day that comes back is what a template claims ("every Monday your team loses 3 hours"): a name only.
    if (s.nearby(i, REACH, (k) => (k < day.from || k > day.to) && particular(s, k, recent > 0) && !inMention(s, company, k))) {
      s.add('company', i, { from: i, to: day.to, head: i }, { phrase: '', to: day.to, dated: true });
      return;
    }
    i = day.to;
  }
}

/**
 * "on Thursday 14 March", "am Donnerstag, 14. März", "le jeudi 14 mars": a day with its date is a calendar's, what
 * an invitation names; a sighting says "on Thursday".
 */
function calendarDate(s: Scan, k: number): boolean {
  const at = s.tokens[k]?.text === ',' ? k + 1 : k;
  const number = (j: number) => /^\d{1,2}(?:st|nd|rd|th|\.)?$/.test(s.tokens[j]?.text ?? '');
  return s.same(k - 1, at) && ((number(at) && (s.is(at + 1, 'monthNames') || s.is(at + 2, 'monthNames'))) || s.is(at, 'monthNames'));
}

/** "Tuesday's schools matinee", "Saturday's game": a day with what happened on it (the tokens keep the 's as a mark). */
function dayOfSomething(s: Scan, i: number): number {
  return s.is(i, 'dayNames') && s.tokens[i].possessive ? 1 : 0;
}

/**
 * The reader, their company, the writer looking or thanking them: "I was in St Mary's on Saturday", "your forwards",
 * "spotted the line on Waitrose shelves", "agradecerle la reunión del martes". Without one, a dated name is the
 * trade's news ("Last week the CQC published ...").
 */
function tiedToReader(s: Scan, company: string | undefined, k: number): boolean {
  const looking = s.is(k, 'firstPersonWords') || !!s.at(k, 'sawCues') || s.is(k, 'writerSawCues') || !!s.at(k, 'visitVerbs') || !!s.at(k, 'thanksFor');
  return looking || isReaderWord(s, k) || readerAfterPreposition(s, k) || inMention(s, company, k);
}

/**
 * A name, not their company's (which every template names) nor a platform everyone is on ("your post on LinkedIn
 * last week"): what only someone who was there could put on the day. On a recent day a figure or a term outside
 * common vocabulary too ("saw the new gantry going up on Monday"); on a day that comes back those are what a
 * template claims ("every Monday your team loses hours to timesheets"). German capitalises its terms as names.
 */
function particular(s: Scan, k: number, recent: boolean): boolean {
  const t = s.tokens[k];
  if (t.kind !== 'word' || s.is(k, 'dayNames') || s.is(k, 'monthNames') || s.at(k, 'recentPast') || s.at(k, 'recurringDays') || s.at(k, 'platformWords')) return false;
  if (s.isName(k) && !town(s, k)) return true;
  return recent && (/\d/.test(t.text) || (s.lang !== 'de' && !s.isFunction(k) && !s.isCommonAt(k)));
}

/**
 * A lone name where the writer went ("in Leeds last week", "visited Harrogate"): a town anyone may pass through,
 * no place of theirs. "in St Mary's", "on Gloucester Road", "on Waitrose shelves" name more.
 */
function town(s: Scan, k: number): boolean {
  const before = k - 1;
  if (before < 0 || !(s.is(before, 'placeWords') || s.is(before, 'atWords') || s.at(before, 'visitVerbs'))) return false;
  const next = s.tokens[k + 1];
  return !next || !s.same(k, k + 1) || next.kind !== 'word' || s.isFunction(k + 1) || !!s.at(k + 1, 'recentPast');
}

/** A modal or future verb ("will", "'ll", "werde", "pourrait", "vas") or a day to come ("next week"; "next to" is a place). */
function toCome(s: Scan, k: number): boolean {
  return modalOrFuture(s, k) || (s.is(k, 'comingWords') && whenWord(s, k + 1)) || /'ll$/.test(s.tokens[k].lower);
}

/**
 * A crowd or an audience in the sentence ("so many of you", "at the webinar on Tuesday"; not "your webinar"), or the
 * writer's side and no word for the reader: a story of the writer's own trade.
 */
function writersOwn(s: Scan, i: number): boolean {
  if (s.nearby(i, REACH, (k) => !!s.at(k, 'crowdWords') || audienceEvent(s, k))) return true;
  // "wir waren am Freitag bei euch im Krautgarten": the writers at the reader's place ("bei euch", "chez vous"); with
  // a thing of ours beside it, "bei euch in Kassel" is the reader's town, where we sold it.
  const ours = s.nearby(i, REACH, (k) => s.is(k, 'ourWords'));
  const reader = s.nearby(i, REACH, (k) => (readerAfterPreposition(s, k) ? !ours : isReaderWord(s, k)));
  return !reader && (ours || s.nearby(i, REACH, (k) => s.is(k, 'usWords')));
}
