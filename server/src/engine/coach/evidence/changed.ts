/**
 * A change of theirs, said with a word of change: "vous proposez désormais des créneaux de téléconsultation le
 * samedi matin", "me contó que ahora hacen la rehabilitación de cadera en la piscina", "you now open the kitchen
 * to walk-ins on Mondays". Any verb of theirs that is not what every reader does, can or is, with what it does
 * after it: a thing or a place in at least three words that are neither function words nor generic. A template
 * cannot know what a recipient changed; it says what they are, need or could do.
 */
import { conditioned, everyReadersVerb, praiseNear } from './phrase-checks';
import { isYou, isYour } from './reader';
import type { Scan } from './scan';

/** How far before the change the writer's tool is looked for ("with our tool you now track ..."): a run-on sentence stays linear. */
const OURS_REACH = 40;

/** How far the change word may stand from the verb, either side: "vous nous proposez désormais". */
const MAX_TO_CHANGE = 2;
/** How many tokens of the clause are read for what it does. */
const MAX_CLAUSE = 14;
/** Content words, not generic, the clause must say past the verb. */
const MIN_WORDS = 3;

/**
 * `i` is "you" (the verb after it; German's are read by you-did.ts), "your" and a thing of theirs in any
 * language ("Ihr Hofladen nimmt jetzt auch die Pfandgläser anderer Höfe zurück"), or in Spanish "que" before a
 * change word and a third-person verb with no subject ("vi que ahora abren los domingos").
 */
export function changeTheyMade(s: Scan, i: number): void {
  if (s.isQuestion(i)) return;
  const spanishThat = s.lang === 'es' && s.is(i, 'readInThat');
  // "Ihr Hofladen nimmt jetzt auch ... zurück", "your Didsbury branch now opens...": a thing of theirs as the subject.
  const subject = spanishThat || (isYou(s, i) && s.lang !== 'de') ? i : isYour(s, i) ? theirThing(s, i) : -1;
  if (subject < 0) return;
  // "Con nuestra app ustedes ahora controlan...", "with our tool you now track...": what ours lets them do is a pitch.
  if (conditioned(s, i) || praiseNear(s, i) || s.before(i, 'ourWords', Math.min(i - s.sentenceStart(i), OURS_REACH))) return;
  let verb = subject + 1;
  let change = false;
  for (let n = 0; n < MAX_TO_CHANGE && s.same(i, verb); n++) {
    const adverb = s.at(verb, 'changeAdverbs');
    if (adverb) change = true;
    else if (!s.isFunction(verb) || s.is(verb, 'determiners')) break;
    verb += adverb || 1;
  }
  if (!s.same(i, verb) || !plainVerb(s, verb)) return;
  // "vi que ahora abren": with no pronoun, only a third-person plural after a change word is theirs.
  if (spanishThat && !(change && /[ae]n$/.test(s.tokens[verb].lower))) return;
  for (let k = verb + 1; k <= verb + MAX_TO_CHANGE && s.same(i, k) && !change; k++) if (s.at(k, 'changeAdverbs')) change = true;
  if (!change) return;
  let words = 0;
  let first = -1;
  for (let k = verb + 1; k <= verb + MAX_CLAUSE && k < s.tokens.length && s.same(i, k) && s.tokens[k].kind !== 'punct'; k++) {
    if (s.is(k, 'firstPersonWords') || s.is(k, 'weWords') || s.is(k, 'ourWords') || s.is(k, 'praiseOrGuessWords')) return;
    if (!s.isContent(k) || s.at(k, 'changeAdverbs') || s.isNoun(k, 'genericNouns')) continue;
    if (first < 0) first = k;
    words++;
  }
  if (words < MIN_WORDS || first < 0) return;
  const object = s.nounPhrase(s.is(first - 1, 'determiners') ? first - 1 : first) ?? { from: first, to: first, head: first };
  s.add('news', i, object, { head: s.tokens[verb].text, to: verb });
}

/** A verb that says what they do: written small, not what every reader does, can, will or is. */
function plainVerb(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !s.isContent(k)) return false;
  return !everyReadersVerb(s, k) && !s.at(k, 'changeAdverbs');
}

/** The last word of the thing "your" at `i` opens, when it is no generic noun ("Ihr Hofladen"), or -1. */
function theirThing(s: Scan, i: number): number {
  const p = s.nounPhrase(i + 1, { complements: 0 });
  return p && p.to === p.head && s.same(i, p.to) && !s.isNoun(p.head, 'genericNouns') ? p.to : -1;
}
