/**
 * Whether a subject names something only this reader would recognise, judged by positive evidence
 * (see docs/rules/generic-subject.md): specific when it names something, generic otherwise, with the
 * reason a writer can act on.
 */
import type { CoachedLanguage } from '../language';
import { bodyIndex, EMPTY_BODY, type BodyIndex } from './body';
import { classesFor } from './classes';
import { categoryFrame, isSelfPitch, strongSignal, weakSignal, type SubjectSignal } from './evidence';
import { readWords, type ReadWord } from './reading';
import { recipientWords, type RecipientWords } from './recipient';
import { surfaceReason } from './surface';
import { tokenize } from './tokens';
import { firstQuotation } from '../quotes';
import { trimEnd } from '../../util';

export type { SubjectSignal } from './evidence';

export type GenericReason = 'empty' | 'label' | 'vague-request' | 'category' | 'self-description' | 'name-only' | 'hype' | 'caps' | 'exclamations';

export interface SubjectFacts {
  to?: string;
  company?: string;
  /** The message body, for the topic and figure signals; without it only the subject's own words count. */
  body?: string;
}

export interface SubjectJudgement {
  /** Undefined when the subject is specific. */
  reason?: GenericReason;
  /** What made it specific (or, for hype, caps and "!!", what it named despite them). */
  signal?: SubjectSignal;
}

// A subject past this is no subject; the judgement reads its start.
const MAX_SUBJECT = 400;

let lastRecipient: { to?: string; company?: string; lang: CoachedLanguage; words: RecipientWords } | undefined;

/** The recipient's words, kept while the headers stay the same (a keystroke in the body does not change them). */
function recipientsOf(facts: SubjectFacts, lang: CoachedLanguage): RecipientWords {
  if (lastRecipient?.to !== facts.to || lastRecipient?.company !== facts.company || lastRecipient?.lang !== lang) {
    lastRecipient = { to: facts.to, company: facts.company, lang, words: recipientWords(facts.to, facts.company, classesFor(lang)) };
  }
  return lastRecipient.words;
}

let last: { subject: string; lang: CoachedLanguage; to?: string; company?: string; body?: string; judgement: SubjectJudgement } | undefined;

/** Memoized on the last call: within one lint the rule and the suggestions ask about the same subject. */
export function judgeSubject(subject: string, facts: SubjectFacts = {}, lang: CoachedLanguage = 'en'): SubjectJudgement {
  if (last && last.subject === subject && last.lang === lang && last.to === facts.to && last.company === facts.company && last.body === facts.body) return last.judgement;
  const judgement = judge(subject, facts, lang);
  last = { subject, lang, to: facts.to, company: facts.company, body: facts.body, judgement };
  return judgement;
}

export function isGenericSubject(subject: string, facts: SubjectFacts = {}, lang: CoachedLanguage = 'en'): boolean {
  return judgeSubject(subject, facts, lang).reason !== undefined;
}

function judge(subject: string, facts: SubjectFacts, lang: CoachedLanguage): SubjectJudgement {
  const text = subject.trim().slice(0, MAX_SUBJECT);
  if (!text) return { reason: 'empty' };
  const classes = classesFor(lang);
  // The body is read only when a signal needs it: most subjects are judged on their own words.
  let index: BodyIndex | undefined;
  const body = () => (index ??= facts.body ? bodyIndex(facts.body, classes) : EMPTY_BODY);
  const words = readWords(tokenize(text), classes, recipientsOf(facts, lang), body);
  const surface = surfaceReason(text, words, classes);
  if (surface) return { reason: surface };
  // "“No heroics”": a line the body quotes, quoted back, is the body's own topic in its own words.
  if (facts.body && quotesTheBody(text, facts.body)) return { signal: 'body-topic' };
  const strong = strongSignal(words, classes);
  if (strong) return { signal: strong };
  if (isSelfPitch(words)) return { reason: 'self-description' };
  const frame = categoryFrame(words, classes);
  if (frame !== 'offer') {
    const weak = weakSignal(words, body(), classes, frame);
    if (weak) return { signal: weak };
  }
  return { reason: genericReason(text, words) };
}


/** Which kind of nothing: a greeting or name alone, a vague request, a label, or a category. */
function genericReason(text: string, words: readonly ReadWord[]): GenericReason {
  const core = words.filter((w) => !w.empty && !w.recipient && !w.classes.has('stock'));
  if (!core.length) return words.some((w) => w.recipient === 'name') ? 'name-only' : 'label';
  if (/[?¿]/.test(text) || core.some((w) => w.classes.has('requests') && !w.classes.has('labels') && !w.classes.has('categories'))) return 'vague-request';
  if (core.every((w) => w.classes.has('labels') || w.classes.has('possessives'))) return 'label';
  return 'category';
}

/** The words of a phrase that carry content or name something, and its merge fields: what a subject built from it would say. */
export function contentWords(text: string, lang: CoachedLanguage = 'en'): string[] {
  const classes = classesFor(lang);
  return readWords(tokenize(text.slice(0, MAX_SUBJECT)), classes, recipientWords(undefined, undefined, classes))
    .filter((w) => w.content || w.names || w.kind === 'merge' || w.kind === 'number' || w.classes.has('artifacts') || w.classes.has('news'))
    .map((w) => w.raw);
}

const CLOSING_PUNCTUATION = new Set('.,;:!?…');

/** Words a quotation needs to be a line of someone's, not a word in quotes ("the 'new' plan"). */
const MIN_QUOTED_WORDS = 2;

function quotesTheBody(subject: string, body: string): boolean {
  const text = firstQuotation(subject)?.text;
  const quoted = text && trimEnd(text, CLOSING_PUNCTUATION);
  if (!quoted || quoted.split(/\s+/).length < MIN_QUOTED_WORDS) return false;
  // Quoted in the body too: "quick question" written plainly there is no line of anyone's.
  const wanted = quoted.toLowerCase();
  // Each search starts past the last closing mark: a trimmed text's length would land inside its quotation.
  const end = Math.min(body.length, MAX_BODY_READ);
  for (let q = firstQuotation(body, 0, end); q; q = firstQuotation(body, q.end + 1, end)) {
    if (q.text.toLowerCase().includes(wanted)) return true;
  }
  return false;
}

/** How much of a body is read for its quotations: the first part holds the hook. */
const MAX_BODY_READ = 4000;
