/**
 * Subject lines written from the draft itself. A generic subject is fixed by saying what only this
 * message can say: the recipient's post or news, the topic of the ask, a mutual connection.
 */
import { hasPlaceholder, mergeFieldNames, specificWords, subjectGenericReason, type RecipientFacts } from './copy';
import { countUnits } from './measure';
import { countWords } from './words';
import type { Message } from './types';

export interface DraftFacts extends RecipientFacts {
  firstName?: string;
  /** What of theirs the body cites: kind ("talk"), topic ("warehouse robotics"), maybe where ("ProMatCon"). */
  work?: { kind: string; topic: string; event?: string };
  /** Their news the body congratulates or mentions: "the Series B". */
  news?: string;
  /** What the ask is about: "onboarding remote engineers". */
  askTopic?: string;
  /** What the writer says they are writing about: "your data contracts work". */
  aboutTopic?: string;
  /** Someone both know, named in the body. */
  mutual?: string;
  /** Merge fields the body uses, such as `{{company}}`. */
  mergeFields: string[];
}

const WORK_KINDS = 'post|article|talk|keynote|panel|podcast|episode|webinar|interview|thread|piece|paper|essay|newsletter|book|presentation|session|video|comment|launch|research|study';
export const WORK = new RegExp(`\\byour\\s+(?:recent\\s+|latest\\s+|last\\s+|new\\s+)?(${WORK_KINDS})\\s+(on|about|at|in|titled|called|around|regarding)\\s+([^.,;:!?\\n()—–]+)`, 'i');
// "your talk at ProMatCon on warehouse robotics": the event, then the topic.
const EVENT_AND_TOPIC = /^(\S+(?:\s+\S+){0,2}?)\s+(?:on|about)\s+(.+)$/;
const NEWS = [
  /\bcongrat(?:s|ulations)\s+on\s+([^.,;:!?\n()—–]+)/i,
];
// "Saw that Meridian Health just opened a clinic in Osaka": what they did, and what it was.
const NEWS_ACT = /\b(?:[Ss]aw|[Nn]oticed|[Rr]ead|[Hh]eard)\s+(?:that\s+)?(?:you|your team|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})\s+(?:just\s+|recently\s+)?(raised|launched|announced|opened|shipped|released|closed|acquired|expanded into|hired)\s+([^.,;:!?\n()—–]+)/u;
// "I wanted to reach out about your data contracts work": the topic of the message.
const ABOUT_TOPIC = /\b(?:reach(?:ing)? out|writing|write|get in touch|ask you)\s+(?:about|regarding|on)\s+([^.,;:!?\n()—–]+)/i;
// "Could I ask you about onboarding remote engineers?": the topic of a question runs from the letter after
// one of these words to the question mark, in one clause. The letter comes first, so a long run of spaces
// is not searched backwards from each of its positions.
const ASK_TOPIC_START = /\p{L}(?<=\b(?:about|on|around|regarding|re)\s+\p{L})/giu;
// What ends a clause: a topic phrase never runs past one.
const CLAUSE_END = /[.,;:!?\n()—–]/g;
const MUTUAL = [
  /\b([\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?)\s+(?:suggested|recommended|mentioned|thought|said)\s+(?:that\s+)?(?:[iI]|[wW]e|[yY]ou)\b/u,
  /\bmutual\s+(?:friend|connection|contact|colleague)\s*,?\s+([\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+)?)/u,
  /\b(?:introduced by|via|through)\s+([\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+)/u,
];
// Words that would dangle at the end of a clipped phrase.
const TRAILING = /(?<!\s)\s+(?:and|or|but|the|a|an|of|to|for|with|in|on|at|by|that|which|who|it|is|was|i|we|you|your|my|our|so|as|from|about|last|this|next)$/i;

// Where a topic phrase may end: before a preposition or verb that starts the next part of the sentence.
// Both start only where a run of spaces starts, so no run is tried again from each of its spaces.
const PHRASE_BOUNDARY = /(?<!\s)\s+(?=(?:at|in|for|with|from|during|after|before|while|since|because|where|when|that|which|who|and|but|so|is|was|were|has|had|made|got|caught|struck|resonated|stuck|hit|landed|raised|sparked|reminded|left|really|last|this|next)\b)/i;

/**
 * A topic phrase cut where it naturally ends, never mid-phrase: whole chunks are kept while they fit in
 * `maxWords`; a first chunk that is already too long gives no phrase at all.
 */
function tidyPhrase(raw: string, maxWords: number): string | undefined {
  let phrase = raw.replace(/\s+/g, ' ').trim();
  const chunks = phrase.split(PHRASE_BOUNDARY);
  phrase = '';
  for (const chunk of chunks) {
    const next = phrase ? `${phrase} ${chunk}` : chunk;
    if (next.split(' ').length > maxWords) break;
    phrase = next;
    // One chunk is the phrase; more is a sentence. Keep going only through "of the ... at Acme"-style tails.
    if (!/^(?:at|in|for|with|from)\b/i.test(chunks[chunks.indexOf(chunk) + 1] ?? '')) break;
  }
  if (!phrase) return undefined;
  for (let prev = ''; prev !== phrase; ) {
    prev = phrase;
    phrase = phrase.replace(TRAILING, '');
  }
  return specificWords(phrase).length > 0 ? phrase : undefined;
}

export function draftFacts(message: Message): DraftFacts {
  const body = message.body;
  const facts: DraftFacts = {
    to: message.to,
    company: message.company,
    firstName: message.to?.split(/\s+/)[0],
    mergeFields: [...new Set(mergeFieldNames(body).map((name) => `{{${name}}}`))],
  };
  const work = WORK.exec(body);
  if (work) {
    const kind = work[1].toLowerCase();
    const split = work[2].toLowerCase() === 'at' ? EVENT_AND_TOPIC.exec(work[3].trim()) : null;
    const topic = tidyPhrase(split ? split[2] : work[3], 6);
    if (topic) facts.work = { kind, topic, event: split?.[1] };
  }
  for (const pattern of NEWS) {
    const m = pattern.exec(body);
    const news = m && tidyPhrase(m[1], 6);
    if (news) {
      facts.news = news;
      break;
    }
  }
  const act = facts.news ? null : NEWS_ACT.exec(body);
  if (act) {
    // "opened a clinic in Osaka" becomes "the new clinic in Osaka"; "raised a $20M Series B", "the $20M Series B".
    const object = tidyPhrase(act[2].replace(/^(?:a|an|the|its|their|our)\s+/i, ''), 5);
    if (object) facts.news = /^(?:launched|opened|released|shipped|announced)$/i.test(act[1]) ? `the new ${object}` : `the ${object}`;
  }
  const ask = askTopic(body);
  if (ask) facts.askTopic = tidyPhrase(ask, 6);
  const about = ABOUT_TOPIC.exec(body);
  if (about) facts.aboutTopic = tidyPhrase(about[1], 6);
  for (const pattern of MUTUAL) {
    const m = pattern.exec(body);
    if (m && m[1] !== facts.firstName && !/^(?:Hi|Hello|Dear|Hey|Thanks|Best|Cheers)$/.test(m[1].split(' ')[0])) {
      facts.mutual = m[1];
      break;
    }
  }
  return facts;
}

/**
 * The topic of the first question that has one: "about how you rolled out on-call?" gives "how you rolled
 * out on-call". As one regex, /\b(?:about|on|around|regarding|re)\s+(\p{L}[^.,;:!?\n()—–]*)\?/iu, each
 * "on" of a long clause without a question mark read the clause to its end: seconds on 100,000 characters.
 * Here each clause is read once: every start inside a clause that ends otherwise is skipped with it.
 */
export function askTopic(text: string): string | undefined {
  ASK_TOPIC_START.lastIndex = 0;
  CLAUSE_END.lastIndex = 0;
  let end: RegExpExecArray | null = null;
  for (let start = ASK_TOPIC_START.exec(text); start; start = ASK_TOPIC_START.exec(text)) {
    if (!end || end.index < start.index) {
      CLAUSE_END.lastIndex = start.index;
      end = CLAUSE_END.exec(text);
    }
    if (!end) return undefined;
    if (end[0] === '?') return text.slice(start.index, end.index);
    ASK_TOPIC_START.lastIndex = end.index + 1;
  }
  return undefined;
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "your new role at Acme" reads wrong after "Congrats on" in a subject; "your" is right there. */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export interface SubjectLimits {
  subjectWords: number;
  subjectMax: number;
}

/** 2-4 concrete subjects, best first; none generic by our own rule, each under the word limit. */
export function suggestSubjects(message: Message, limits: SubjectLimits): string[] {
  const f = draftFacts(message);
  const recipient = f.company ?? f.mergeFields.find((m) => /company|org|employer/i.test(m));
  const name = f.firstName ?? f.mergeFields.find((m) => /first|name/i.test(m));
  // "How you rolled it out" says less than what the writer named as their reason to write.
  const topic = f.work?.topic ?? f.aboutTopic ?? f.askTopic;
  const candidates: (string | undefined)[] = [
    f.work && (f.work.event ? `Your ${f.work.event} ${f.work.kind} on ${f.work.topic}` : `Your ${f.work.kind} on ${f.work.topic}`),
    f.mutual && `${f.mutual} suggested I reach out`,
    f.mutual && topic && `${f.mutual} suggested we talk about ${topic.replace(/^your\s+/i, 'your ')}`,
    f.news && `Congrats on ${f.news.replace(/^your\s+/i, recipient && !recipient.startsWith('{{') ? possessive(recipient) + ' ' : 'your ')}`,
    f.askTopic && recipient && `${sentenceCase(f.askTopic.replace(/^your\s+/i, ''))} at ${recipient}`,
    f.work && name && `${name}, a question about your ${f.work.kind}`,
    (f.aboutTopic ?? f.askTopic) && name && `${name}, a question on ${f.aboutTopic ?? f.askTopic}`,
    f.news && name && `${name}: ${f.news.replace(/^(?:the|your)\s+/i, '')}`,
    topic && recipient && `An idea for ${possessive(recipient)} ${topic.replace(/^(?:your|the)\s+/i, '')}`,
    topic && `A question on ${topic}`,
    recipient && name && `${name}, a question about ${recipient}`,
    recipient && `A question about ${recipient}`,
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of candidates) {
    if (!c) continue;
    const subject = c.replace(/\s+/g, ' ').trim();
    const key = subject.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (countWords(subject) >= limits.subjectWords || countUnits(subject) > limits.subjectMax) continue;
    if (subjectGenericReason(subject, {}) !== undefined) continue;
    // A gap copied from the draft ("Your post on [specific topic]") would only trade one problem for another.
    if (hasPlaceholder(subject)) continue;
    out.push(subject);
    if (out.length === 4) break;
  }
  return out;
}
