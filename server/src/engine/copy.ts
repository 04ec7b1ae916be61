/**
 * What makes outreach copy generic or specific. Shared by the rules that judge copy and by the
 * subject suggestions, so a suggestion can never be something our own rules would flag.
 */
import { findAsk } from './coach/ask/ask';
import { hasRecipientEvidence, recipientEvidence, type Evidence } from './coach/evidence';
import type { CoachedLanguage } from './coach/language';
import { judgeSubject, type GenericReason } from './coach/subject/judge';
import type { Message, MessageKind } from './types';

/**
 * `{{first_name}}`, `{{ company }}`: braces around a name, a line break allowed only in the spaces around
 * it. The name is trimmed in code: as /\{\{\s*([^{}\n]*?)\s*\}\}/g the regex tried every way to share a
 * run of spaces among its three parts, and `{{` with 5,000 spaces took 38 seconds.
 */
const MERGE_FIELD = /\{\{([^{}]*)\}\}/g;

/** A `{{field}}` in a text: `start`/`end` cover the braces, `name` is trimmed. */
export interface MergeFieldMatch {
  name: string;
  start: number;
  end: number;
}

/** The merge fields in `text`, in order; a name holding a line break is no field. */
export function mergeFieldMatches(text: string): MergeFieldMatch[] {
  const found: MergeFieldMatch[] = [];
  if (!text.includes('{{')) return found;
  for (const m of text.matchAll(MERGE_FIELD)) {
    const name = m[1].trim();
    if (!name.includes('\n')) found.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The names of the merge fields in `text`, trimmed: `company` for `{{ company }}`. */
export function mergeFieldNames(text: string): string[] {
  return mergeFieldMatches(text).map((m) => m.name);
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

/**
 * The RABT Reason: the body shows the writer looked at this recipient (see coach/evidence). `lang` as the
 * copy rules read it; a language they do not read has none.
 */
export function hasSpecificReference(body: string, lang: CoachedLanguage | undefined, company?: string): boolean {
  return lang !== undefined && hasRecipientEvidence({ body, company }, lang);
}

/**
 * Whether the body asks the reader for something they can act on: a question put to them, an offer, an
 * imperative or invitation, a booking link; a connection note's request to connect. See coach/ask.
 */
export function hasAsk(body: string, lang: CoachedLanguage | undefined, kind: MessageKind = 'inmail'): boolean {
  return findAsk({ body, kind }, lang) !== undefined;
}

export interface Personalization {
  /** What in the body is about this recipient, in the order written; empty for a template. */
  evidence: Evidence[];
}

/**
 * Whether the body says anything that could only be said to this recipient: their work, news, move, a
 * conversation, a mutual contact, shared background, their company with something particular. A first
 * name in the greeting, merge fields and praise any template carries are not.
 */
export function personalization(message: Pick<Message, 'body' | 'company'>, lang: CoachedLanguage): Personalization {
  return { evidence: recipientEvidence(message, lang) };
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
