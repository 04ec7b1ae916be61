/**
 * What makes outreach copy generic or specific. Shared by the rules that judge copy and by the
 * subject suggestions, so a suggestion can never be something our own rules would flag.
 */
import { findAsk } from './coach/ask/ask';
import type { CoachedLanguage } from './coach/language';
import { contentWords, judgeSubject, type GenericReason } from './coach/subject/judge';
import type { MessageKind } from './types';

/**
 * `{{first_name}}`, `{{ company }}`: braces around a name, a line break allowed only in the spaces around
 * it. The name is trimmed in code: as /\{\{\s*([^{}\n]*?)\s*\}\}/g the regex tried every way to share a
 * run of spaces among its three parts, and `{{` with 5,000 spaces took 38 seconds.
 */
const MERGE_FIELD = /\{\{([^{}]*)\}\}/g;
/** A merge field as the word count reads one: nothing but the name between the braces, on one line. */
const MERGE_FIELD_TOKEN = /\{\{[^{}\n]*\}\}/;

/** The names of the merge fields in `text`, trimmed: `company` for `{{ company }}`. */
export function mergeFieldNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(MERGE_FIELD)) {
    const name = m[1].trim();
    if (!name.includes('\n')) names.push(name);
  }
  return names;
}

/** `[Name]`, `[specific topic]`: a template gap. Not `[1]` (a footnote) or `[x]` (a checkbox). */
export const PLACEHOLDER = /\[(?!\d+\])(?![ xX]\])([^\[\]\n]{1,60})\](?!\()/g;

export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  const found = PLACEHOLDER.test(text);
  PLACEHOLDER.lastIndex = 0;
  return found;
}

export type { GenericReason } from './coach/subject/judge';

/**
 * Why a subject is generic, or undefined when it names something; judged by coach/subject (positive
 * evidence per language). With the message's body the topic and figure signals are read too.
 */
export function subjectGenericReason(subject: string, known: RecipientFacts & { body?: string } = {}, lang: CoachedLanguage = 'en'): GenericReason | undefined {
  return judgeSubject(subject, { to: known.to, company: known.company, body: known.body }, lang).reason;
}

/** The words of a piece of copy that say something particular: names, topics, numbers, merge fields. */
export function specificWords(text: string, lang: CoachedLanguage = 'en'): string[] {
  return contentWords(text, lang);
}

export interface RecipientFacts {
  to?: string;
  company?: string;
}

const MAX_NAME = 200;

// Compiled once per name: the same recipient is looked for in the subject and the body on every keystroke.
const mentionPatterns = new Map<string, RegExp>();

/** Whole-word mention, so the recipient "Ed" is not found in "Interested". */
export function mentions(text: string, name: string | undefined): boolean {
  const trimmed = name?.trim();
  // A "name" of thousands of characters is no name; as a pattern it would overflow the regex compiler's stack.
  if (!trimmed || trimmed.length < 2 || trimmed.length > MAX_NAME) return false;
  let pattern = mentionPatterns.get(trimmed);
  if (!pattern) {
    // A workspace names many recipients; a long-running server keeps only the recent ones.
    if (mentionPatterns.size >= 256) mentionPatterns.clear();
    pattern = mentionPattern(trimmed);
    mentionPatterns.set(trimmed, pattern);
  }
  return pattern.test(text);
}

export function mentionPattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
}

// The greeting at the start of a body: "Hi Dana,", "Hello {{first_name}}!", "Dear Sir or Madam,"; only
// the salutation itself, so "Hi Dana, I loved your post" keeps its reference in the rest.
const GREETING = /^\s*(?:(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings|hiya|howdy)\b[^,!:.\n—–-]{0,40}(?:[,!:.—–-]|$|(?=\n))|to whom it may concern[,:.]?)/i;
const GENERIC_GREETING = /^\s*(?:(?:hi|hey|hello)\s*(?:there|all|everyone|friend)?\s*[,!.:]?\s*$|dear\s+(?:sir|madam|sir or madam|sir\/madam|hiring manager|recruiter|friend|colleague|candidate|professional|team)\b|to whom it may concern|greetings\b)/i;

/** The salutation a body opens with, if any. */
export function greetingOf(body: string): string | undefined {
  return GREETING.exec(body)?.[0];
}

export function isGenericGreeting(line: string): boolean {
  return GENERIC_GREETING.test(line);
}

// Phrases that can only be written by someone who looked at this person: their post, talk, move, news.
export const SPECIFIC_REFERENCE = new RegExp(
  [
    String.raw`\b(?:your|you(?:r)? recent(?:ly)?)\s+(?:\w+\s+){0,2}(?:post|article|talk|keynote|panel|podcast|episode|webinar|interview|comment|thread|piece|paper|essay|newsletter|launch|announcement|book|course|research|study|repo|open[- ]source|PR|answer|presentation|video)\b`,
    // A role change names where they went; "your next career move" is every recruiter's template.
    String.raw`\byour\s+(?:recent\s+|new\s+)?(?:move|promotion|transition|switch|jump)\s+(?:to|into|at|from)\s+\S`,
    String.raw`\bcongrat(?:s|ulations)\b`,
    // Noticing something they did counts; "I came across your profile" is what every template says.
    String.raw`\b(?:i|we)\s+(?:\w+\s+)?(?:saw|noticed|read|heard|learned|watched|came across)\s+(?:that\s+)?(?:you|your team)\s+(?:just\s+|recently\s+)?(?:\w+ed|are|were|have|had|spoke|wrote|won|took|began|left|led|ran|built|grew|gave|got)\b`,
    String.raw`\b(?:since|after|when)\s+you\s+(?:joined|moved|started|took|became|left|launched|raised|wrote|spoke|presented|posted)\b`,
    String.raw`\byour\s+(?:new\s+)?(?:role|position|team|work)\s+(?:at|on|with|as)\s+\S`,
    // Their news, not the sender's: "you just raised", "your Series B".
    String.raw`\b(?:you|your (?:team|company|startup|group))\s+(?:just|recently)\s+(?:raised|launched|announced|hired|joined|opened|shipped|released|closed|acquired|expanded|won)\b`,
    String.raw`\byour\s+(?:recent\s+|new\s+)?(?:series\s+[a-e]|seed round|ipo|acquisition|funding round|raise)\b`,
    String.raw`\b(?:suggested|recommended)\s+(?:i|that i|we)\s+(?:reach|contact|talk|speak|connect)`,
    String.raw`\bmutual (?:friend|connection|contact|colleague)\b`,
  ].join('|'),
  'i',
);

// "Saw that Initech just opened a Lisbon office": news about a named company. Case matters for the name.
const NAMED_NEWS = /\b(?:[Ss]aw|[Nn]oticed|[Rr]ead|[Hh]eard|[Ll]earned)\s+(?:that\s+)?[\p{Lu}][\p{L}\p{N}&.-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.-]*){0,3}(?:'s\s+\w+)?\s+(?:just|recently)\s+\p{Ll}+/u;

/**
 * Remembers the last answer: within one lint the same body is asked about by a rule and by the RABT
 * check, and these scans are the costliest in a keystroke's work.
 */
function lastResult<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue;
  };
}

export const hasSpecificReference = lastResult((text: string) => SPECIFIC_REFERENCE.test(text) || NAMED_NEWS.test(text));

/**
 * Whether the body asks the reader for something they can act on: a question put to them, an offer, an
 * imperative or invitation, a booking link; a connection note's request to connect. See coach/ask.
 */
export function hasAsk(body: string, lang: CoachedLanguage | undefined, kind: MessageKind = 'inmail'): boolean {
  return findAsk({ body, kind }, lang) !== undefined;
}

export interface Personalization {
  /** What made the body personal, for messages and tests. */
  signal?: 'merge-field' | 'recipient-name' | 'company' | 'specific-reference';
}

/** Whether the body says anything that could only be said to this recipient. */
export function personalization(body: string, known: RecipientFacts): Personalization {
  const greeting = greetingOf(body);
  // Everyone's template greets by first name; only what follows the greeting can make it personal.
  const rest = greeting ? body.slice(greeting.length) : body;
  if (MERGE_FIELD_TOKEN.test(rest)) return { signal: 'merge-field' };
  if (mentions(rest, known.company)) return { signal: 'company' };
  if (mentions(rest, known.to?.trim().split(/\s+/)[0])) return { signal: 'recipient-name' };
  if (hasSpecificReference(rest)) return { signal: 'specific-reference' };
  return {};
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
