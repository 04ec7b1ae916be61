/**
 * What a conversation was about, said in its sentence, for a subject that names it: "Our chat about the returns
 * backlog", "Notre échange sur la logistique inverse".
 */
import type { Scan } from './scan';

/** How far past a conversation its topic may be read: "Thanks for walking me through the returns backlog on Wednesday's call". */
const MAX_TOPIC_REACH = 24;
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
export function conversationTopic(s: Scan, at: number): { preposition: string; phrase: string } | undefined {
  const { tokens } = s;
  for (let j = s.sentenceStart(at); j < tokens.length && j <= at + MAX_TOPIC_REACH && s.same(at, j); j++) {
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
