/**
 * What makes outreach copy generic or specific. Shared by the rules that judge copy and by the
 * subject suggestions, so a suggestion can never be something our own rules would flag.
 */
import { sentenceQuestions, words, type SentenceQuestions } from './words';

/**
 * `{{first_name}}`, `{{ company }}`: braces around a name, a line break allowed only in the spaces around
 * it. The name is trimmed in code: as /\{\{\s*([^{}\n]*?)\s*\}\}/g the regex tried every way to share a
 * run of spaces among its three parts, and `{{` with 5,000 spaces took 38 seconds.
 */
const MERGE_FIELD = /\{\{([^{}]*)\}\}/g;
/** A merge field as the word count reads one: nothing but the name between the braces, on one line. */
const MERGE_FIELD_TOKEN = /\{\{[^{}\n]*\}\}/;
const MERGE_FIELD_TOKENS = /\{\{[^{}\n]*\}\}/g;

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

// Words that carry no information about this recipient: remove them and see whether anything is left.
const FILLER = new Set(
  (
    "a an the and or but of to for in on at by with from about re fw fwd regarding into over " +
    "i i'd id i'm im i've ive me my we we're our us you you're your yours their they it it's its this that these those " +
    'is are be been was were am do does did have has had will would could can should may might let let\'s lets ' +
    'just quick quickly brief short small little some any one two few new hello hi hey there dear greetings ' +
    'question questions query idea ideas thought thoughts chat call meeting coffee minute minutes min time ' +
    'love like want wanted hoping hope reach reaching out touch touching base connect connecting connection network networking ' +
    'opportunity opportunities role roles position positions job jobs career careers offer opening openings vacancy ' +
    'exciting excited amazing great awesome incredible exceptional unique perfect huge big exclusive ' +
    'pick brain follow following followed up checking check in intro introduction introducing partnership partner collaboration collaborate ' +
    'company companies business businesses team teams firm organisation organization startup start-up fast-growing growing leading innovative top ' +
    'work profile background experience skills talent candidate candidates industry space field world ' +
    'help helping solution solutions service services product products offer value win growth results success ' +
    'please thanks thank again today tomorrow soon now still mutual interest interested interesting worth ' +
    'last previous earlier prior message messages note email emails inmail reply response week weeks month ' +
    'open available looking considering explore exploring move next step steps ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening weekend'
  ).split(' '),
);

// "100%" and "#1" start or end on a non-word character, so they need their own boundaries.
const HYPE = /\b(?:once[- ]in[- ]a[- ]lifetime|don'?t miss|act now|limited time|urgent|guarantee[ds]?|risk[- ]free|game[- ]chang(?:er|ing)|revolutionary|life[- ]changing|10x|dream (?:job|role|opportunity)|rockstar|ninja|unicorn)\b|(?<![\w#])(?:100%|#1)(?![\w%])/i;

export type GenericReason = 'empty' | 'generic' | 'hype' | 'caps' | 'exclamations';

export function subjectGenericReason(subject: string, known: RecipientFacts = {}): GenericReason | undefined {
  const text = subject.trim();
  if (!text) return 'empty';
  if (/!{2,}/.test(text)) return 'exclamations';
  if (HYPE.test(text)) return 'hype';
  const letters = text.replace(MERGE_FIELD_TOKENS, '').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'caps';
  if (mentionsRecipient(text, known)) return undefined;
  return specificWords(text).length === 0 ? 'generic' : undefined;
}

/** The words of a piece of copy that say something particular: names, topics, numbers. */
export function specificWords(text: string): string[] {
  const field = MERGE_FIELD_TOKEN.exec(text);
  if (field) return [field[0]];
  return words(text).filter((w) => {
    const lower = w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    return !FILLER.has(lower) && !FILLER.has(lower.replace(/'/g, '')) && lower.length > 1;
  });
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

function mentionsRecipient(text: string, known: RecipientFacts): boolean {
  return [known.company, known.to, known.to?.split(/\s+/)[0]].some((v) => mentions(text, v));
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

// A request the reader can say yes to: an imperative or offer that invites a reply.
export const CALL_TO_ACTION = new RegExp(
  [
    String.raw`\b(?:would|will|could|can|are|do|does|is)\s+you\b[^.!\n]{0,80}\b(?:open|free|available|up for|interested|willing|keen|mind|able|like|want)\b`,
    String.raw`\b(?:let me know|let's (?:talk|chat|meet|find|set|grab|hop|schedule|connect)|happy to (?:send|share|chat|talk|walk|show|jump|hop)|i'?d (?:love|like|be glad) to (?:send|share|show|chat|talk|hear|learn|buy|get|ask|invite|set|grab|hop|walk|connect))\b`,
    String.raw`\b(?:grab|book|schedule|set up|find|pick)\s+(?:a\s+)?(?:time|slot|call|chat|coffee|meeting|15|20|30)\b`,
    String.raw`\b(?:\d{1,2}|fifteen|twenty|thirty)[- ]?(?:min(?:ute)?s?)\b[^.!\n]{0,40}\b(?:call|chat|talk|conversation|zoom|meeting|slot)\b`,
    String.raw`\b(?:reply|respond|write back|drop me a line|send me|calendly|cal\.com)\b`,
    String.raw`\bworth a (?:chat|call|conversation|look)\b`,
  ].join('|'),
  'i',
);

const callToAction = lastResult((text: string) => CALL_TO_ACTION.test(text));

/**
 * A question or a call to action. In a body of three or more sentences the opening question is a
 * hook ("Tired of losing senior engineers?"), not an ask, so only the rest is searched for a question mark.
 */
export function hasAsk(text: string, questions: SentenceQuestions = sentenceQuestions(text)): boolean {
  if (callToAction(text)) return true;
  return questions.afterFirst || (questions.sentences < 3 && questions.inFirst);
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
