/**
 * A conversation told by its verb, in any tense and word order: "on en avait parlé à la soirée French Tech",
 * "we'd talked about it at SaaStr", "hablamos en el Mobile World Congress", "good talking cold brew margins
 * with you", "schön, mit Ihnen auf der Messe gesprochen zu haben". The writer talking to others ("we talked
 * to 40 CFOs") is no conversation with the reader, nor is a talk wished for ("I'd love to chat with you").
 */
import { isYour, MAX_PARTICIPLE_DISTANCE, participleEndingClause } from './reader';
import type { Phrase, Scan } from './scan';

/** How many words may stand between "we" and its verb: "on en avait parlé", "we had briefly talked". */
const MAX_TO_VERB = 3;
/** How far "with you" may stand from the verb of talking, either side: "partagé la navette de retour du Web2day avec toi". */
const MAX_TO_YOU = 8;

export function findTalk(s: Scan, i: number, eventAfter: (k: number) => Phrase | undefined): void {
  if (s.isQuestion(i)) return;
  const verb = s.is(i, 'usWords') ? talkAfter(s, i) : s.lang === 'es' && s.is(i, 'talkVerbs') && s.tokens[i].lower.endsWith('mos') ? i : -1;
  // "Nous aimerions partager...": "we" and an infinitive of talking under a wish has not happened either.
  if (verb >= 0 && !toOthers(s, verb) && !(s.is(verb, 'talkWithoutTense') && wished(s, i))) {
    // German puts the participle last, the event before it: "wir haben beim BDA-Sommerfest in Münster ... diskutiert";
    // read that far, the clause must name where ("wir haben intern lange über Digitalisierung diskutiert" talked among us).
    const far = verb > i + MAX_TO_VERB + 1;
    const event = eventAfter(s.lang === 'de' ? i + 1 : verb + 1);
    if (!far || event) s.add('conversation', i, event, { to: verb, head: s.text(i, verb) });
    return;
  }
  if (!s.is(i, 'talkVerbs')) return;
  // "partagé ta table au dîner de clôture de VivaTech", "shared your table at the Kings Fund dinner": their side of a
  // thing shared, at a named event.
  if (isYour(s, i + 1) && !wished(s, i) && !s.isQuestion(i)) {
    const event = eventAfter(i + 2);
    if (event) return void s.add('conversation', i, event, { head: s.tokens[i].text, to: i + 1 });
  }
  const you = withYouNear(s, i);
  // "I'd love to chat with you", "au plaisir d'échanger avec vous": a talk wished for has not happened.
  if (you < 0 || (s.is(i, 'talkWithoutTense') && wished(s, i))) return;
  const from = Math.min(i, you);
  s.add('conversation', from, eventAfter(Math.max(i, you) + 1), { to: Math.max(i, you), head: s.tokens[i].text });
}

function talkAfter(s: Scan, i: number): number {
  // "wir haben beim BDA-Sommerfest in Münster über Stampflehmwände diskutiert": German's participle ends the clause, past names.
  if (s.lang === 'de') return participleEndingClause(s, i, i + 1, i + MAX_PARTICIPLE_DISTANCE, (k) => s.is(k, 'talkVerbs') && !s.tokens[k].cap);
  for (let k = i + 1; k <= i + MAX_TO_VERB + 1 && k < s.tokens.length && s.same(i, k); k++) {
    if (s.is(k, 'talkVerbs')) return k;
    // Auxiliaries, pronouns and adverbs stand between ("en avait", "had briefly"); a name or a mark ends the clause.
    if (s.tokens[k].kind !== 'word' || s.isName(k)) return -1;
  }
  return -1;
}

/** "we talked to 40 CFOs", "nous avons échangé avec nos clients": someone else after "to"/"with". */
export function toOthers(s: Scan, verb: number): boolean {
  const next = s.tokens[verb + 1];
  if (!next || !s.same(verb, verb + 1) || !s.is(verb + 1, 'withWords') || s.at(verb + 1, 'withYou')) return false;
  return !s.is(verb + 2, 'youWords');
}

function withYouNear(s: Scan, i: number): number {
  for (let k = Math.max(0, i - MAX_TO_YOU); k <= i + MAX_TO_YOU && k < s.tokens.length; k++) if (k !== i && s.same(i, k) && s.at(k, 'withYou')) return k;
  return -1;
}

/** Whether the sentence of token `i` holds a wish or a proposal. */
export function wished(s: Scan, i: number): boolean {
  return s.nearby(i, WISH_REACH, (k) => s.at(k, 'wishCues') > 0);
}

/** How far from the talk or meeting its sentence is read for a wish, each way: a run-on sentence stays linear. */
export const WISH_REACH = 40;

/** How far the day may stand after the conversation: "das Telefonat am Dienstag", "la llamada del martes". */
const MAX_TO_DAY = 3;

/**
 * A conversation its day dates: "Tuesday's call", "last week's walkthrough", "das Telefonat vom Dienstag",
 * "l'appel de mardi", "la llamada del martes". The day says which conversation, as no mass mail can; a talk
 * still to come ("ahead of next Tuesday's call", "could we talk on Tuesday?") is none.
 */
export function datedTalk(s: Scan, i: number): void {
  // "a call on Tuesday", "ein Gespräch am Dienstag": one proposed, not one had.
  if (!s.isNoun(i, 'conversationNouns') || s.is(i - 1, 'indefiniteArticles') || s.isQuestion(i) || wished(s, i)) return;
  const day = dayOf(s, i);
  if (day === undefined || s.is(day.from - 1, 'comingWords') || s.is(day.to + 1, 'comingWords')) return;
  const [from, to] = day.from < i ? [day.from, i] : [i, day.to];
  s.add('conversation', from, { from, to, head: i }, { head: s.tokens[i].text, to });
}

/** The day before the noun as a possessive ("Tuesday's", "last week's"), or after it by a preposition. */
function dayOf(s: Scan, i: number): { from: number; to: number } | undefined {
  const before = i - 1;
  if (s.same(before, i) && s.tokens[before].possessive) {
    if (s.is(before, 'dayNames')) return { from: before, to: before };
    // "last week's call": a time adverbial of two or three words ending at the possessive.
    for (let length = 2; length <= 3; length++) if (s.at(before - length + 1, 'timeAdverbials') === length) return { from: before - length + 1, to: before };
    return undefined;
  }
  for (let k = i + 1; k <= i + MAX_TO_DAY && s.same(i, k); k++) {
    if (s.is(k, 'dayNames')) return { from: k, to: k };
    if (!s.is(k, 'complementWords') && !s.is(k, 'ofWords') && !s.is(k, 'atWords') && !s.is(k, 'determiners')) return undefined;
  }
  return undefined;
}
