/**
 * What a phrase found by the evidence readers says: whether it names or counts something, whether praise or a
 * guess stands near it, whether it is only their company.
 */
import { companyMentionsIn } from './company-mentions';
import type { Phrase, Scan } from './scan';

/** A name in the phrase. */
export function nameIn(s: Scan, p: Phrase): boolean {
  for (let j = p.from; j <= p.to; j++) if (s.isName(j)) return true;
  return false;
}

/** A number word in the phrase: "forty", "drei", "trois". */
export function countIn(s: Scan, p: Phrase): boolean {
  for (let j = p.from; j <= p.to; j++) if (s.is(j, 'numberWords')) return true;
  return false;
}

/** How far around a word praise or a guess is looked for: its clause, not a run-on sentence. */
const MAX_PRAISE_DISTANCE = 12;

export function praiseNear(s: Scan, i: number): boolean {
  for (let j = Math.max(0, i - MAX_PRAISE_DISTANCE); j <= i + MAX_PRAISE_DISTANCE && j < s.tokens.length; j++) if (s.same(j, i) && s.is(j, 'praiseOrGuessWords')) return true;
  return false;
}

/** Praise or a guess inside the phrase itself: "an impressive career". */
export function praiseIn(s: Scan, p: Phrase): boolean {
  for (let j = p.from; j <= p.to; j++) if (s.is(j, 'praiseOrGuessWords')) return true;
  return false;
}

/** An English past form: an -ed word, an irregular past the lexicon lists (phraseStops), or a work verb ("led"). */
export function englishPast(s: Scan, k: number): boolean {
  const verb = s.tokens[k]?.lower ?? '';
  return s.lang === 'en' && ((verb.length > 4 && verb.endsWith('ed')) || s.is(k, 'phraseStops') || s.is(k, 'workVerbs'));
}

/** A name or a figure in the phrase: a word merely missing from the frequency list may be jargon anyone uses. */
export function namesSomething(s: Scan, p: Phrase): boolean {
  for (let j = p.from; j <= p.to; j++) if (s.isName(j) || (s.tokens[j].kind === 'word' && /\d/.test(s.tokens[j].text))) return true;
  return false;
}

/** Whether a phrase names something: an artifact, a name, a figure or a word that is not common vocabulary. */
export function names(s: Scan, p: Phrase): boolean {
  for (let j = p.from; j <= p.to; j++) if (s.tokens[j].kind === 'word' && s.isNoun(j, 'artifactNouns')) return true;
  return s.namesBetween(p.from, p.to);
}

/** A name at `j` that is someone's or something's other than their company: "Reno", "Teradyne", not "Acme". */
export function otherName(s: Scan, j: number, company: string | undefined): boolean {
  return s.isName(j) && !onlyTheirCompany(s, { from: j, to: j, head: j }, company);
}

/** Whether a phrase is their company's name and nothing else. */
export function onlyTheirCompany(s: Scan, p: Phrase, company: string | undefined): boolean {
  return companyMentionsIn(s, company).some((m) => m.from <= p.from && m.to >= p.to);
}

/**
 * The last token of a phrase's thing itself: its head and what follows it up to a preposition other than "of"
 * ("die Mensen der Uni Freiburg", "la Ville de Grenoble"). Past it stand where and with what ("un hôtel à
 * Marseille", "el stock del almacén con Excel"): what any profile or any reader's toolset says.
 */
export function thingEnd(s: Scan, p: Phrase): number {
  // "une table « premiers romans à 10 € »": a title's own words are the thing's name, prepositions and all.
  for (let j = p.head + 1; j <= p.to; j++) if (s.is(j, 'complementWords') && !s.is(j, 'ofWords') && !s.insideQuote(j)) return j - 1;
  return p.to;
}

/** How far before "you" or "your" a condition may stand: "if you run", "si en su empresa". */
const CONDITION_REACH = 3;

/** "if you run HubSpot", "unless you moved", "si en su empresa controlan...": a condition just before `i`. */
export function conditioned(s: Scan, i: number): boolean {
  return s.before(i, 'conditionWords', CONDITION_REACH);
}

/** A verb that says what every reader does, can, may or is ("need", "kann", "avez", "sind"), or praises: no thing they did. */
export function everyReadersVerb(s: Scan, k: number): boolean {
  return s.is(k, 'everyoneVerbs') || s.is(k, 'praiseOrGuessWords') || modalOrFuture(s, k) || s.is(k, 'perfectAux') || s.is(k, 'copulas');
}

/**
 * A word that makes a clause someone else's claim, not a fact of theirs: the writer's, a hypothesis, praise or a
 * guess, or what holds everywhere or for their whole trade ("wie überall", "the logistics sector").
 */
export function notTheirsAlone(s: Scan, k: number): boolean {
  return writerWord(s, k) || s.is(k, 'hypotheticalVerbs') || s.is(k, 'praiseOrGuessWords') || s.at(k, 'everywhereWords') > 0 || s.isNoun(k, 'fieldNouns');
}

/** A word of the writer's: "I", "we", "us", "my", "our" in any of their forms. */
export function writerWord(s: Scan, k: number): boolean {
  return s.is(k, 'firstPersonWords') || s.is(k, 'weWords') || s.is(k, 'ourWords') || s.is(k, 'myWords') || s.is(k, 'usWords');
}

/** Whether a word of the writer's stands up to `reach` tokens before `k` in its sentence: "Mit unserer App erreichen Sie", "Our under-12s lost 3-1". */
export function writerBefore(s: Scan, k: number, reach: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach && s.same(j, k); j--) if (writerWord(s, j)) return true;
  return false;
}

/** A year written out ("2019", "1998"): when something happened, not what. */
export function isYear(text: string): boolean {
  return /^(?:19|20)\d\d$/.test(text);
}

/** A word that says when: a day, a month, a span of time ("Saturday", "März", "semaine"). */
export function whenWord(s: Scan, k: number): boolean {
  return s.is(k, 'dayNames') || s.is(k, 'monthNames') || s.isNoun(k, 'timeNouns');
}

/**
 * "En Tiendanet armamos tu e-commerce", "acompañamos": a verb in the writer's first person plural, where Spanish
 * needs no "we"; a written accent marks an adjective ("últimos", "próximos"), not such a verb (an ñ is no accent).
 */
export function writersVerb(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  const endings = s.c.lex.weVerbEndings;
  if (!endings || t.kind !== 'word' || t.cap || /[áéíóúü]/.test(t.lower)) return false;
  return endings.some((e) => t.lower.length > e.length + 2 && t.lower.endsWith(e));
}

/** A modal or future verb: "will", "could", "kann", "pourrait", "podría", or a Spanish future by its ending ("tendrán"). */
export function modalOrFuture(s: Scan, k: number): boolean {
  if (s.is(k, 'modalVerbs')) return true;
  const t = s.tokens[k];
  const endings = s.c.lex.futureEndings;
  return !!endings && !!t && t.kind === 'word' && !t.cap && endings.some((e) => t.lower.length > e.length + 3 && t.lower.endsWith(e));
}
