/**
 * Noun phrases as a subject can carry them: the body's own words, its determiner set aside (a template
 * adds its own, in the draft's register), cut only where a phrase naturally ends and never on a word
 * that would leave it hanging.
 */
import type { CoachedLanguage } from '../language';
import { trimEnd, trimStart } from '../../util';
import { lexiconFor } from '../lexicon';
import { evidenceLexiconFor } from '../evidence/lexicon';
import { suggestLexiconFor, type Agreement, type SuggestLexicon } from './lexicon';

export interface Phrase {
  /** The words after the determiner. */
  words: string[];
  /** The body's determiner, when it can open a subject as written ("your", "unser"). */
  determiner?: string;
  agreement: Agreement;
  /** The phrase as the body places it, preposition and determiner included ("auf der Hannover Messe"). */
  placed?: string[];
}

const danglingSets = new Map<CoachedLanguage, Set<string>>();

/** Words a subject never ends on: the language's function words, question words and determiners. */
export function danglingWords(lang: CoachedLanguage): ReadonlySet<string> {
  let set = danglingSets.get(lang);
  if (!set) {
    const lexicon = suggestLexiconFor(lang);
    set = new Set([...lexiconFor(lang).functionWords, ...lexicon.danglingWords, ...Object.keys(lexicon.determiners)].map((w) => w.toLowerCase()));
    danglingSets.set(lang, set);
  }
  return set;
}

const OPENING = new Set('("\'“„«‚‘¿¡[');
const CLOSING = new Set(')"\'”“»’.,;:!?…]');
const CLAUSE_PUNCTUATION = new Set(',;:.!?…–—-');

/** A word as the lexicons list it: lower case, without the punctuation around it. */
export function fold(word: string): string {
  return trimEnd(trimStart(word.toLowerCase(), OPENING), CLOSING);
}

const POSSESSIVE = /\p{L}['’]s$/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Words as a reader counts them at a glance: every run of letters or digits, so "nurse-to-patient" is
 * three and "Acme's" two. Stricter than the word count of the subject-words limit, so a suggestion is
 * under 10 words however it is counted.
 */
export function countSubjectWords(text: string): number {
  return text.match(WORD_RUN)?.length ?? 0;
}
/** How many inflected adjectives may stand between a German determiner and the phrase: "Ihrem letzten Newsletter". */
const MAX_ADJECTIVES_BEFORE = 2;
const ELISION = /^([lLdD]['’])(\p{L}.*)$/u;
const CLOSES_CLAUSE = /[,;:]$/;

/** The phrase of a piece of evidence, with the determiner and preposition just before it in the body. */
export function readPhrase(raw: string, before: string, lang: CoachedLanguage): Phrase {
  const lexicon = suggestLexiconFor(lang);
  const words = raw.split(/\s+/).filter(Boolean);
  const elided = words.length ? ELISION.exec(words[0]) : null;
  if (elided && lang === 'fr') words.splice(0, 1, elided[1], elided[2]);
  let written: string | undefined;
  let agreement: Agreement = {};
  const preceding = before.trimEnd().split(/\s+/).filter(Boolean);
  const own = words.length > 1 ? lexicon.determiners[words[0].toLowerCase()] : undefined;
  if (own) {
    written = words.shift();
    agreement = own;
  } else {
    // "Ihrem letzten Newsletter": an inflected adjective or two may stand between the determiner and the phrase.
    let back = 1;
    while (back <= MAX_ADJECTIVES_BEFORE && lang === 'de' && /^\p{Ll}+$/u.test(preceding[preceding.length - back] ?? '') && !Object.hasOwn(lexicon.determiners, preceding[preceding.length - back].toLowerCase()) && !opensClause(preceding[preceding.length - back], lang)) back++;
    const previous = preceding[preceding.length - back] ?? '';
    const elidedBefore = lang === 'fr' ? /[lL]['’]$/.exec(previous) : null;
    const hint = Object.hasOwn(lexicon.determiners, elidedBefore ? "l'" : previous.toLowerCase()) ? lexicon.determiners[elidedBefore ? "l'" : previous.toLowerCase()] : undefined;
    if (hint && (back === 1 || !hint.indefinite)) {
      preceding.length -= back;
      written = elidedBefore ? elidedBefore[0] : previous;
      agreement = hint;
    }
  }
  // "at the Berlin meetup", "auf der Hannover Messe", "beim Pflegetag": where it happened, as written.
  const preposition = preceding[preceding.length - 1] ?? '';
  const place =
    written && lexicon.placePrepositions.includes(written.toLowerCase())
      ? [written]
      : lexicon.placePrepositions.includes(preposition.toLowerCase()) && !agreement.indefinite
        ? [preposition, ...(written ? [written] : [])]
        : undefined;
  // "auf der Hannover Messe": after a preposition a German article is dative, whatever its form says.
  if (written && lexicon.afterPreposition && lexiconFor(lang).functionWords.includes(preposition.toLowerCase())) {
    agreement = { ...(lexicon.afterPreposition[written.toLowerCase()] ?? agreement), dropped: true };
  }
  if (agreement.gender === 'f' && !agreement.plural && endsAsPlural(lexicon.pluralAfterFeminine, words[0] ?? '')) agreement = { ...agreement, plural: true };
  // "400.000 líneas", "25 panaderías", "drei Standorte": a count other than one makes the noun plural, determiner or not.
  const counted = (/^\d/.test(words[0] ?? '') && !/^0*1$/.test(words[0])) || evidenceLexiconFor(lang).numberWords.includes((words[0] ?? '').toLowerCase());
  if (counted) agreement = { ...agreement, plural: true };
  // "you're now", "most of its team": a phrase that opens on a pronoun or a function word is a clause, not a noun phrase.
  if (words.length && opensClause(words[0], lang)) words.length = 0;
  // "2012" alone ("tú acabaste en 2012") is a date, not a thing to name in a subject.
  if (!words.some((w) => /\p{L}/u.test(w))) words.length = 0;
  // "Bei einem …" at the start of a sentence is "bei einem …" inside a subject.
  const placed = place && [...place.map((w) => w.toLowerCase()), ...words];
  // "Ihrer letzten Folge": the adjective agrees with the body's determiner, not the template's.
  if (lexicon.dropsInflectedAdjectives && written !== undefined) {
    for (let dropped = 0; dropped < 2 && words.length > 1 && /^\p{Ll}/u.test(words[0]) && /^\p{Lu}/u.test(words[1]) && !counted; dropped++) words.shift();
  }
  return { words, determiner: agreement.dropped ? undefined : written, agreement, placed };
}

const functionWordSets = new Map<CoachedLanguage, ReadonlySet<string>>();

/** A language's function words, lower-cased, as a set built once. */
export function functionWordSet(lang: CoachedLanguage): ReadonlySet<string> {
  let set = functionWordSets.get(lang);
  if (!set) functionWordSets.set(lang, (set = new Set(lexiconFor(lang).functionWords.map((w) => w.toLowerCase()))));
  return set;
}

/** A pronoun, preposition or conjunction ("you're" too); an adjective such as "last" may open a noun phrase. */
export function opensClause(word: string, lang: CoachedLanguage): boolean {
  const set = functionWordSet(lang);
  const folded = fold(word);
  const stem = folded.split(/['’]/)[0];
  return set.has(folded) || (stem !== folded && set.has(stem));
}

/**
 * At most `budget` words of a phrase, ending where it naturally ends: before a preposition or
 * conjunction, or after a comma; never inside quotes or brackets, never on a function word, never a
 * possessive before a clause. Undefined when no such ending fits.
 */
export function fitPhrase(words: readonly string[], budget: number, lang: CoachedLanguage): string | undefined {
  if (budget < 1 || words.length === 0) return undefined;
  const dangling = danglingWords(lang);
  let kept = words.slice();
  let fits = 0;
  for (let total = 0; fits < kept.length && (total += countSubjectWords(kept[fits])) <= budget; ) fits++;
  if (fits < kept.length) {
    let cut = 0;
    const determiners = suggestLexiconFor(lang).determiners;
    // An article after a content word opens that word's object ("para duplicar | la producción"): no cut there.
    const splitsObject = (k: number) => Object.hasOwn(determiners, fold(kept[k])) && !dangling.has(fold(kept[k - 1])) && !CLOSES_CLAUSE.test(kept[k - 1]);
    for (let k = fits; k >= 1 && !cut; k--) if ((dangling.has(fold(kept[k])) && !splitsObject(k)) || CLOSES_CLAUSE.test(kept[k - 1]) || /^[(–—-]/.test(kept[k])) cut = k;
    if (!cut) return undefined;
    kept = kept.slice(0, cut);
  }
  kept = kept.slice(0, balancedUpTo(kept));
  // "Acme's how you…": a possessive needs a noun after it.
  const glued = kept.findIndex((w, i) => POSSESSIVE.test(w) && i + 1 < kept.length && dangling.has(fold(kept[i + 1])));
  if (glued >= 0) kept = kept.slice(0, glued);
  while (kept.length) {
    // A closing quote or bracket of its own ("« Prix Juste »") stays with the word before it.
    let end = kept.length;
    while (end > 0 && isCloser(kept[end - 1])) end--;
    const last = trimEnd(kept[end - 1] ?? '', CLAUSE_PUNCTUATION);
    const folded = fold(last);
    // "Harlow v" (of "Harlow v. Meridian Freight"): a lone lower-case letter is part of something cut away.
    const loneLetter = /^\p{Ll}$/u.test(last);
    if (end > 0 && folded && !dangling.has(folded) && !POSSESSIVE.test(last) && !loneLetter && /[\p{L}\p{N}]/u.test(last)) {
      kept[end - 1] = last;
      break;
    }
    kept = kept.slice(0, Math.max(0, end - 1));
    kept = kept.slice(0, balancedUpTo(kept));
  }
  // "Your 14" (of "got 14 off"): a figure cut from what it counts names nothing.
  return kept.some((w) => /\p{L}/u.test(w)) ? kept.join(' ') : undefined;
}

const CLOSERS = new Set(['»', '“', '”', '‘', '’', '"', ')', ']']);

function isCloser(word: string): boolean {
  return word.length > 0 && [...word].every((ch) => CLOSERS.has(ch));
}

const PAIRS: Record<string, string> = { '(': ')', '«': '»', '„': '“', '“': '”', '‚': '‘', '[': ']' };

/** How many leading words hold no quote or bracket left open. */
function balancedUpTo(words: readonly string[]): number {
  const open: { close: string; word: number }[] = [];
  let straight = -1;
  for (let i = 0; i < words.length; i++) {
    for (const ch of words[i]) {
      if (open.length && ch === open[open.length - 1].close) open.pop();
      else if (PAIRS[ch]) open.push({ close: PAIRS[ch], word: i });
      else if (ch === '"') straight = straight < 0 ? i : -1;
    }
  }
  const firstOpen = Math.min(open.length ? open[0].word : words.length, straight < 0 ? words.length : straight);
  return firstOpen;
}

/** Whether a noun's ending reads plural after a feminine-or-plural determiner ("deine Patches", "Ihre Studien"). */
function endsAsPlural(rule: SuggestLexicon['pluralAfterFeminine'], word: string): boolean {
  return !!rule && rule.endings.some((e) => word.endsWith(e)) && !rule.not.some((e) => word.endsWith(e));
}
