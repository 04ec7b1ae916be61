/**
 * The slots a subject template names, filled from one piece of evidence and the draft around it:
 *
 * - `{phrase}`: the evidence's noun phrase without its determiner (in English with its event before the
 *   artifact: "SREcon keynote on canary releases"); `{said}`: the same with the body's own determiner;
 *   `{chat}`: the phrase when it names a conversation; `{placed}`: the phrase with the preposition and
 *   determiner that place it in the body ("at the Berlin DevOps meetup", "auf der Hannover Messe");
 *   `{phrase_dat}`: the phrase after a German dative ("zu den drei Standorten").
 * - `{dest}`: a move's destination when the phrase is only its name ("Datadog"); `{shared}`: the name of
 *   shared background ("IE Business School").
 * - `{where}`, `{mutual}`, `{company}`, `{company_s}` (the company's possessive), `{name}` (the addressee
 *   as the body greets them).
 * - `{your}`, `{your_dat}`, `{our}`, `{article}`: the word the language needs before the phrase's noun,
 *   in the draft's register and the noun's gender and number.
 * - `{topic}` and `{prep}`: the topic of the body's question and the word that introduced it.
 *
 * A slot the draft cannot fill is undefined, and a template that names it is skipped.
 */
import type { Evidence } from '../evidence/types';
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import type { AskTopic } from './ask';
import { fold, type Phrase } from './phrase';
import type { Agreement, Forms, Possessive, Register, SuggestLexicon } from './lexicon';

export interface Draft {
  lang: CoachedLanguage;
  register: Register;
  lexicon: SuggestLexicon;
  name?: string;
  company?: string;
  /** The message body, for what a suggestion's words stand next to there. */
  body?: string;
}

/** A slot holding a phrase: the one slot of a template that is cut to fit the words left for it. */
export const PHRASE_SLOTS = new Set(['phrase', 'phrase_dat', 'said', 'chat', 'placed', 'dest', 'topic', 'about']);
export type PhraseSlot = 'phrase' | 'phrase_dat' | 'said' | 'chat' | 'placed' | 'dest' | 'topic' | 'about';

export interface Slots {
  /** Words for the phrase slots; cut to fit when the template is filled. */
  phrase: Partial<Record<PhraseSlot, string[]>>;
  /** The other slots, ready as written. */
  text: Record<string, string | undefined>;
}

const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæh]/i;

function formFor(forms: Forms, agreement: Agreement, next: string | undefined): string | undefined {
  if (agreement.plural) {
    const gendered = agreement.gender === 'f' ? forms.plf : agreement.gender === 'm' ? forms.plm : undefined;
    // A language whose plural follows the gender ("nuestros", "nuestras") has no form for an unknown one.
    return gendered ?? forms.pl ?? (forms.plm || forms.plf ? undefined : forms.other);
  }
  if (forms.vowel && next && VOWEL.test(next)) return forms.vowel;
  return (agreement.gender && forms[agreement.gender]) || forms.other;
}

export function fillSlots(evidence: Evidence, phrase: Phrase, draft: Draft): Slots {
  const { lexicon, register } = draft;
  let words = phrase.words;
  const where = evidence.where?.trim() || undefined;
  const mentions = (name: string | undefined) => !!name && fold(words.join(' ')).includes(name.toLowerCase());
  // "keynote on canary releases" at SREcon reads "SREcon keynote on canary releases" in English.
  if (lexicon.whereBeforeHead && where && evidence.head && fold(words[0] ?? '') === evidence.head.toLowerCase() && !mentions(where)) words = [where, ...words];
  const first = words[0];
  // "Juniper Health's Series B": a name in the possessive opens the phrase.
  const possessiveFirst = possessedByName(words);
  const conversation = !!first && lexicon.conversationNouns.includes(fold(first));
  const owner = (evidence.kind === 'news' || evidence.kind === 'company') && evidence.who ? evidence.who : draft.company;
  // "company's announcement", "team's write-up": a phrase that has its owner takes no second one.
  const owned = /['’]s?$/.test(words[0] ?? '') && words.length > 1;
  const company = owner && !owned && !mentions(companyStem(owner)) ? owner : undefined;
  // "saw you moved to Datadog" may give only "Datadog": a destination, not a thing to congratulate on.
  const destination = evidence.kind === 'move' && isName(words, draft.lang);
  const place = where && /^\p{Lu}/u.test(where) ? namePart(where) : undefined;
  return {
    phrase: {
      phrase: destination ? undefined : words,
      phrase_dat: destination ? undefined : draft.lang === 'de' && phrase.agreement.plural ? dativePlural(words) : words,
      said: destination ? undefined : phrase.determiner ? [phrase.determiner, ...words] : words,
      chat: conversation ? words : undefined,
      placed: phrase.placed,
      dest: destination ? words : undefined,
      // "Our chat about the returns backlog": what a conversation was about, in the body's words.
      about: evidence.about?.phrase.split(' '),
    },
    text: {
      where: place,
      about_prep: evidence.about?.preposition,
      // "Deloitte in the Chicago office": what both share is the name the phrase opens with, not its place.
      shared: evidence.kind === 'shared-background' ? sharedName(words, draft.lang) ?? place : undefined,
      mutual: evidence.kind === 'mutual' ? mutualName(evidence, draft.lang) : undefined,
      company,
      company_s: company && possessiveOf(lexicon.possessive, company),
      name: draft.name,
      // "Congrats on Lumio's round", "Goldman's finance group": a possessive takes the determiner's place.
      your: possessiveFirst ? undefined : formFor(lexicon.your[register], phrase.agreement, first),
      your_dat: possessiveFirst ? undefined : formFor(lexicon.yourDative[register], phrase.agreement, first),
      our: possessiveFirst ? undefined : formFor(lexicon.our, phrase.agreement, first),
      // "Congrats on crossing 1,000 customers", "on Quay being bought by Teradyne": a gerund, or a name with a
      // passive after it, takes no article ("the Paloma landing" keeps one); "ta nomination", "tu nombramiento":
      // what the body calls theirs stays theirs (German contracts its article with the preposition: left alone).
      article: possessiveFirst
        ? undefined
        : draft.lang === 'en' && ((/^\p{Ll}+ing$/u.test(first ?? '') && first!.length > 5) || (/^\p{Lu}/u.test(first ?? '') && !!lexicon.passiveGerunds?.includes(fold(words[1] ?? ''))))
          ? ''
          : draft.lang !== 'de' && isYours(phrase.determiner, lexicon)
            ? formFor(lexicon.your[register], phrase.agreement, first)
            : formFor(lexicon.article, phrase.agreement, first),
    },
  };
}

/** Whether the body's determiner is one of "your"'s forms in either register ("ta", "tu", "votre", "your"). */
function isYours(determiner: string | undefined, lexicon: SuggestLexicon): boolean {
  if (!determiner) return false;
  const word = determiner.toLowerCase();
  return [lexicon.your.formal, lexicon.your.informal].some((forms) => Object.values(forms).some((form) => form?.toLowerCase() === word));
}

export function askSlots(topic: AskTopic): Slots {
  return { phrase: { topic: topic.words }, text: { prep: topic.preposition.toLowerCase() } };
}

/** A phrase that is only a name ("Datadog", "Google Cloud", "Great Yarmouth"): capitalised words, one outside common vocabulary. */
function isName(words: readonly string[], lang: CoachedLanguage): boolean {
  return words.length > 0 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => !isCommonWord(fold(w), lang));
}

/** The capitalised words a phrase opens with ("IE Business School"); German capitalises every noun, so none there. */
function sharedName(words: readonly string[], lang: CoachedLanguage): string | undefined {
  if (lang === 'de') return undefined;
  const name: string[] = [];
  // "programme Station F Founders", "école Centrale": a word for what it is may come before the name.
  const start = /^\p{Lu}/u.test(words[0] ?? '') ? 0 : /^\p{Lu}/u.test(words[1] ?? '') ? 1 : 0;
  for (const w of words.slice(start)) {
    if (!/^\p{Lu}/u.test(w) || name.length === 4) break;
    const bare = w.replace(/[,;:.!?]$/, '');
    name.push(bare);
    // "IE Business School, promoción de 2016": the name ends where the clause does.
    if (bare !== w) break;
  }
  return name.length ? name.join(' ') : undefined;
}

function possessedByName(words: readonly string[]): boolean {
  for (let i = 0; i < words.length && i < 4 && /^\p{Lu}/u.test(words[i]); i++) if (/['’]s?$/.test(words[i])) return true;
  return false;
}

/** "McKinsey's Chicago office" as a place is "McKinsey": the owner, not what it owns. */
function namePart(where: string): string {
  const words = where.split(/\s+/);
  const owner = words.findIndex((w) => /['’]s?$/.test(w));
  return owner < 0 ? where : words.slice(0, owner + 1).join(' ').replace(/['’]s?$/, '');
}

/** The first word of a company's name, enough to see the phrase already names it ("Lumio's round"). */
function companyStem(company: string): string {
  return company.split(/\s+/)[0];
}

/**
 * A mutual contact's name: the evidence's `who`, else the capitalised words that open its phrase
 * ("Kenji Watanabe's suggestion"). A possessive or a function word inside is no person's name
 * ("Remote Manager's Handbook").
 */
function mutualName(evidence: Evidence, lang: CoachedLanguage): string | undefined {
  const words = (evidence.who ?? evidence.phrase).trim().split(/\s+/);
  const name: string[] = [];
  for (const word of words) {
    // German nouns are capitalised too: "Empfehlung" after "Lena Hoffmann" is common vocabulary, not a name.
    if (!/^\p{Lu}/u.test(word) || (evidence.who === undefined && lang === 'de' && name.length > 0 && isCommonWord(fold(word), lang))) break;
    const possessive = evidence.who === undefined && /['’]s$/.test(word);
    name.push(possessive ? word.slice(0, -2) : word);
    if (possessive) break;
  }
  if (name.length === 0 || name.length > 4 || name.some((w) => /['’]s$/.test(w))) return undefined;
  return name.join(' ');
}

/** A German plural noun takes "-n" in the dative unless it ends in "-n" or "-s": "Standorte", "zu den Standorten". */
function dativePlural(words: readonly string[]): string[] {
  const head = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (head < 0 || /[ns]$/.test(words[head]) || !/\p{Ll}$/u.test(words[head])) return [...words];
  return words.map((w, i) => (i === head ? `${w}n` : w));
}

/** "Lumio's", "Tafelrundes", "Weiß’"; undefined where the language has no such genitive or the name takes none. */
export function possessiveOf(rule: Possessive | undefined, company: string): string | undefined {
  if (!rule) return undefined;
  const lower = company.toLowerCase();
  const space = lower.lastIndexOf(' ');
  const last = space < 0 ? '' : lower.slice(space + 1);
  if (rule.never?.some((ending) => last.endsWith(ending))) return undefined;
  return rule.bareAfter.some((ending) => lower.endsWith(ending)) ? `${company}${rule.bare}` : `${company}${rule.suffix}`;
}
