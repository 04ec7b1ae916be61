/**
 * What makes outreach copy generic or specific. Shared by the rules that judge copy and by the
 * subject suggestions, so a suggestion can never be something our own rules would flag.
 */
import { words } from './measure';

export const MERGE_FIELD = /\{\{\s*([^{}\n]*?)\s*\}\}/g;
/** `[Name]`, `[specific topic]`: a template gap. Not `[1]` (a footnote) or `[x]` (a checkbox). */
export const PLACEHOLDER = /\[(?!\d+\])(?![ xX]\])([^\[\]\n]{1,60})\](?!\()/g;

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
    'please thanks thank again today tomorrow soon now still mutual interest interested interesting worth'
  ).split(' '),
);

const HYPE = /\b(?:once[- ]in[- ]a[- ]lifetime|don'?t miss|act now|limited time|urgent|guarantee[ds]?|risk[- ]free|game[- ]chang(?:er|ing)|revolutionary|life[- ]changing|10x|100%|#1|dream (?:job|role|opportunity)|rockstar|ninja|unicorn)\b/i;

export type GenericReason = 'empty' | 'generic' | 'hype' | 'caps' | 'exclamations';

export function subjectGenericReason(subject: string, known: RecipientFacts = {}): GenericReason | undefined {
  const text = subject.trim();
  if (!text) return 'empty';
  if (/!{2,}/.test(text)) return 'exclamations';
  if (HYPE.test(text)) return 'hype';
  const letters = text.replace(/\{\{[^}]*\}\}/g, '').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'caps';
  if (mentionsRecipient(text, known)) return undefined;
  return specificWords(text).length === 0 ? 'generic' : undefined;
}

/** The words of a piece of copy that say something particular: names, topics, numbers. */
export function specificWords(text: string): string[] {
  if (/\{\{[^{}\n]*\}\}/.test(text)) return [text.match(/\{\{[^{}\n]*\}\}/)![0]];
  return words(text).filter((w) => {
    const lower = w.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    return !FILLER.has(lower) && !FILLER.has(lower.replace(/'/g, '')) && lower.length > 1;
  });
}

export interface RecipientFacts {
  to?: string;
  company?: string;
}

function mentionsRecipient(text: string, known: RecipientFacts): boolean {
  const lower = text.toLowerCase();
  return [known.company, known.to, known.to?.split(/\s+/)[0]].some((v) => v && v.length > 1 && lower.includes(v.toLowerCase()));
}

// A greeting line: "Hi Dana,", "Hello {{first_name}},", "Dear Sir or Madam,".
const GREETING_LINE = /^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings|hiya|howdy)\b[^\n]{0,60}?(?:[,!:.—-]\s*$|\n|$)/i;
const GENERIC_GREETING = /^\s*(?:(?:hi|hey|hello)\s*(?:there|all|everyone|friend)?\s*[,!.:]?\s*$|dear\s+(?:sir|madam|sir or madam|sir\/madam|hiring manager|recruiter|friend|colleague|candidate|professional|team)\b|to whom it may concern|greetings\b)/i;

/** The greeting line of a body, if it opens with one. */
export function greetingOf(body: string): string | undefined {
  const firstLine = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return GREETING_LINE.test(firstLine) && firstLine.length <= 60 ? firstLine : undefined;
}

export function isGenericGreeting(line: string): boolean {
  return GENERIC_GREETING.test(line);
}

// Phrases that can only be written by someone who looked at this person: their post, talk, move, news.
const SPECIFIC_REFERENCE = new RegExp(
  [
    String.raw`\b(?:your|you(?:r)? recent(?:ly)?)\s+(?:\w+\s+){0,2}(?:post|article|talk|keynote|panel|podcast|episode|webinar|interview|comment|thread|piece|paper|essay|newsletter|launch|announcement|promotion|move|book|course|research|study|repo|project|open[- ]source|PR|answer|presentation|session|video)\b`,
    String.raw`\bcongrat(?:s|ulations)\b`,
    String.raw`\b(?:i|we)\s+(?:\w+\s+)?(?:saw|noticed|read|heard|watched|listened|came across|enjoyed|loved|liked)\b`,
    String.raw`\b(?:since|after|when)\s+you\s+(?:joined|moved|started|took|became|left|launched|raised|wrote|spoke|presented|posted)\b`,
    String.raw`\byour\s+(?:new\s+)?(?:role|position|team|work)\s+(?:at|on|with|as)\s+\S`,
    String.raw`\b(?:just|recently)\s+(?:raised|launched|announced|hired|joined|opened|shipped|released|closed|acquired|expanded|won)\b`,
    String.raw`\b(?:series\s+[a-e]|seed round|ipo|acquisition|funding round)\b`,
    String.raw`\b(?:suggested|recommended)\s+(?:i|that i|we)\s+(?:reach|contact|talk|speak|connect)`,
    String.raw`\bmutual (?:friend|connection|contact|colleague)\b`,
  ].join('|'),
  'i',
);

export function hasSpecificReference(text: string): boolean {
  return SPECIFIC_REFERENCE.test(text);
}

// A request the reader can say yes to: a question, or an imperative or offer that invites a reply.
const CALL_TO_ACTION = new RegExp(
  [
    String.raw`\?`,
    String.raw`\b(?:would|will|could|can|are|do|does|is)\s+you\b[^.!\n]{0,80}\b(?:open|free|available|up for|interested|willing|keen|mind|able|like|want)\b`,
    String.raw`\b(?:let me know|let's (?:talk|chat|meet|find|set|grab|hop|schedule|connect)|happy to (?:send|share|chat|talk|walk|show|jump|hop)|i'?d (?:love|like|be glad) to (?:send|share|show|chat|talk|hear|learn|buy|get|ask|invite|set|grab|hop|walk))\b`,
    String.raw`\b(?:grab|book|schedule|set up|find|pick)\s+(?:a\s+)?(?:time|slot|call|chat|coffee|meeting|15|20|30)\b`,
    String.raw`\b(?:\d{1,2}|fifteen|twenty|thirty)[- ]?(?:min(?:ute)?s?)\b[^.!\n]{0,40}\b(?:call|chat|talk|conversation|zoom|meeting|slot)\b`,
    String.raw`\b(?:reply|respond|write back|drop me a line|send me|calendly|cal\.com)\b`,
    String.raw`\bworth a (?:chat|call|conversation|look)\b`,
  ].join('|'),
  'i',
);

export function hasAsk(text: string): boolean {
  return CALL_TO_ACTION.test(text);
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
  if (/\{\{[^{}\n]*\}\}/.test(rest)) return { signal: 'merge-field' };
  const lower = rest.toLowerCase();
  if (known.company && known.company.length > 1 && lower.includes(known.company.toLowerCase())) return { signal: 'company' };
  const firstName = known.to?.trim().split(/\s+/)[0];
  if (firstName && firstName.length > 1 && new RegExp(`\\b${escapeRegExp(firstName)}\\b`, 'i').test(rest)) return { signal: 'recipient-name' };
  if (hasSpecificReference(rest)) return { signal: 'specific-reference' };
  return {};
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
