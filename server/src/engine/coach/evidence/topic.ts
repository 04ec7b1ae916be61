/**
 * What a conversation was about, said in its sentence, for a subject that names it: "Our chat about the returns
 * backlog", "Notre échange sur la logistique inverse".
 */
import { whenWord } from './phrase-checks';
import { isYou, isYour, tuPreterite } from './reader';
import type { Scan } from './scan';

/** How far past a conversation its topic may be read: "Thanks for walking me through the returns backlog on Wednesday's call". */
const MAX_TOPIC_REACH = 24;
/** How far around a conversation what they raised is read, each way. */
const RAISED_REACH = 60;
/** How far before a topic's preposition the owner of the thing it is the topic of may stand: "notre nouveau guide sur". */
const MAX_TO_OWNER = 3;

/** Whether tokens `from`..`to` say when or name the conversation itself ("on Wednesday's call"). */
function saysWhen(s: Scan, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (s.isNoun(k, 'timeNouns') || s.is(k, 'dayNames') || s.isNoun(k, 'conversationNouns')) return true;
  return false;
}

/**
 * "about"/"über"/"sur"/"sobre" + a noun phrase in the conversation's sentence ("our call about the returns
 * backlog", "die halbe Stunde zur Lexware-Schnittstelle"), or English "walk me through". Not when ("on
 * Wednesday"), the conversation itself, a generic noun, or a phrase with a pronoun in it.
 */
export function conversationTopic(s: Scan, at: number, where: string | undefined): { preposition: string; phrase: string } | undefined {
  // "los minutos que me dio en el pasillo de ENADE": a conversation placed by name is named by its place before
  // anything the reader raised in it.
  // "Monday's call" is dated, not placed.
  const placed = where !== undefined && !s.c.lex.dayNames.includes(where.toLowerCase()) && !s.c.lex.monthNames.includes(where.toLowerCase());
  return topicInSentence(s, at) ?? (placed ? undefined : whatTheyRaised(s, at));
}

/** How many tokens after the reader's verb or noun their words are read for a name: "you asked why our net revenue retention dipped in Q2". */
const MAX_SAID_REACH = 20;
/** How far the reader may stand before the verb of what they said: "Du hattest gefragt", "vous m'aviez dit". */
const MAX_READER_TO_SAID = 4;

/**
 * What the reader raised in the conversation, in its sentence or the next: "On our call you asked why our net
 * revenue retention dipped in Q2" gives "Q2"; "Du hattest gefragt, ob unsere Schnittstelle auch mit Lexware kann"
 * gives "Lexware". The first thing their words name that is not ours, said with the language's word for "about".
 */
function whatTheyRaised(s: Scan, at: number): { preposition: string; phrase: string } | undefined {
  const { tokens } = s;
  let end = at;
  while (end + 1 < tokens.length && end < at + RAISED_REACH && s.same(at, end + 1)) end++;
  // The conversation's sentence and the one after it, within reach: a run-on sentence stays linear.
  let last = end + 1;
  while (last + 1 < tokens.length && last < end + RAISED_REACH && s.same(end + 1, last + 1)) last++;
  for (let k = Math.max(s.sentenceStart(at), at - RAISED_REACH); k <= last && k < tokens.length; k++) {
    if (!raisedAt(s, k)) continue;
    // "...mit Lexware kann: ja, seit gestern im Beta": after a colon or a semicolon the writer answers.
    for (let j = k + 1; j <= k + MAX_SAID_REACH && j < tokens.length && s.same(k, j) && tokens[j].text !== ':' && tokens[j].text !== ';'; j++) {
      // A name or a figure: a word missing from the frequency list is as often a verb form ("dipped").
      if (!s.isContent(j) || !(s.isName(j) || /\d/.test(tokens[j].text)) || whenWord(s, j)) continue;
      if (s.before(j, 'ourWords', MAX_TO_OWNER) || s.before(j, 'myWords', MAX_TO_OWNER)) continue;
      const p = s.nounPhrase(j, { complements: 0 });
      if (!p || !s.same(j, p.to)) continue;
      return { preposition: s.c.lex.topicWords[0], phrase: s.phraseText(p) };
    }
    return undefined;
  }
  return undefined;
}

/** The reader's verb of saying ("you asked", "Du hattest gefragt", "dijiste") or "your" + a noun of it ("your point"). */
function raisedAt(s: Scan, k: number): boolean {
  if (s.isNoun(k, 'saidNouns')) return isYour(s, k - 1);
  if (!s.is(k, 'saidVerbs')) return false;
  if (tuPreterite(s.tokens[k].lower, s.c.lex)) return true;
  for (let r = k - 1; r >= k - MAX_READER_TO_SAID && r >= 0 && s.same(r, k); r--) if (isYou(s, r)) return true;
  return false;
}

function topicInSentence(s: Scan, at: number): { preposition: string; phrase: string } | undefined {
  const { tokens } = s;
  const [first, last] = s.window(at, at, MAX_TOPIC_REACH);
  for (let j = first; j <= last; j++) {
    const through = s.lang === 'en' && tokens[j].lower === 'through' && (tokens[j - 1]?.lower === 'me' || tokens[j - 1]?.lower === 'us');
    if (!through && (!s.is(j, 'topicWords') || s.is(j, 'ofWords'))) continue;
    // "voici notre guide sur la gestion locative": the topic of a thing of ours is none of the conversation's.
    if (s.before(j, 'ourWords', MAX_TO_OWNER) || s.before(j, 'myWords', MAX_TO_OWNER)) continue;
    // "the returns backlog on Wednesday's call": a complement that says when, or the call itself, is no topic.
    let p = s.nounPhrase(j + 1, { complements: 1 });
    if (p && p.to > p.head && saysWhen(s, p.head + 1, p.to)) p = s.nounPhrase(j + 1, { complements: 0 });
    if (!p || !s.same(j, p.to)) continue;
    const head = p.head;
    if (s.isNoun(head, 'timeNouns') || s.is(head, 'dayNames') || s.isNoun(head, 'conversationNouns') || s.isNoun(head, 'genericNouns')) continue;
    // "über unser Karriereportal": what is ours or theirs by a pronoun is no topic the two spoke about.
    let pronoun = false;
    for (let k = j + 1; k <= p.to; k++) if (s.is(k, 'youWords') || s.is(k, 'firstPersonWords') || s.is(k, 'weWords') || s.is(k, 'yourWords') || s.is(k, 'formalYourWords') || s.is(k, 'ourWords') || s.is(k, 'myWords')) pronoun = true;
    if (pronoun || !s.isContent(head)) continue;
    // "vous rencontrer sur place", "on site": one common word with no article is how, not what about.
    if (p.from === p.to && !s.is(j + 1, 'determiners') && !s.namesBetween(p.from, p.to)) continue;
    // Its article as written: "about the returns backlog", "sur la logistique inverse".
    const article = s.is(j + 1, 'determiners') && j + 1 < p.from ? s.text(j + 1, j + 1) + ' ' : '';
    return { preposition: through ? 'about' : tokens[j].text.toLowerCase(), phrase: article + s.phraseText(p) };
  }
  return undefined;
}
