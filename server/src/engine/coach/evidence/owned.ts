/**
 * Their things, counted or named: "vos trois boulangeries de Rennes", "your 14 stores in Ohio", "your Castle
 * Street site". How many they have, or which one, is what only someone who looked knows; "your 10 years of
 * experience" counts time, and "your stores" or "your team" names nothing.
 */
import { otherName, whenWord } from './phrase-checks';
import { isYour } from './reader';
import type { Scan } from './scan';

/** How many words may stand between "your" and the thing: "your two new Leeds depots". */
const MAX_QUALIFIERS = 4;

export function countedOrNamed(s: Scan, i: number): void {
  if (s.isQuestion(i) || !isYour(s, i)) return;
  // "your Saturday morning ACL rehab group": when it meets says which no more than "your" does; the thing follows.
  let from = i + 1;
  while (from <= i + 2 && s.same(i, from) && whenWord(s, from)) from++;
  let marked = false;
  let head = -1;
  let first = -1;
  for (let j = from; j <= from + MAX_QUALIFIERS && j < s.tokens.length && s.same(i, j); j++) {
    const t = s.tokens[j];
    if (t.kind !== 'word' || !s.isContent(j) || s.is(j, 'platformWords')) break;
    if (isCount(s, j) || namedHere(s, j)) marked = true;
    else if (marked) {
      head = j;
      if (first < 0) first = j;
    }
  }
  if (head < 0) return;
  // "your three closest competitors offer": after a count the first plural is the thing, the next word its verb.
  const plural = countedPlural(s, from, head);
  let p = s.nounPhrase(from, { skipDeterminers: false, complements: 1, headAt: plural });
  // "your Horsham setting says ...": where the phrase stops at the name (its noun read as a participle), the
  // word right after the name is the thing.
  if (p && p.head <= from && first === from + 1 && s.lang === 'en' && !s.isNoun(first, 'genericNouns')) p = { from, to: first, head: first };
  if (!p || p.head <= from || s.isNoun(p.head, 'timeNouns')) return;
  s.add('company', i, p, { head: s.tokens[p.head].text });
}

/** A figure or a number word: "14", "two", "trois". */
function isCount(s: Scan, j: number): boolean {
  return /\d/.test(s.tokens[j].text) || s.is(j, 'numberWords');
}

/**
 * A name before the thing, as English puts it ("your Castle Street site"). German capitalises every noun
 * ("euer Portfolio"), and French and Spanish put a name after the noun it qualifies ("ton pipeline
 * Salesforce", the tool any seller has): there only a count marks the thing.
 */
function namedHere(s: Scan, j: number): boolean {
  // After "your" in the same sentence, so never its first word: a capital there is a name.
  return s.lang === 'en' && s.tokens[j].cap;
}

/**
 * The thing after a count, up to `last`. English nouns and verbs share their forms ("your three closest
 * competitors offer"): the first plural that is no name. French and Spanish put adjectives after the noun,
 * plural as it is ("six restaurants lyonnais"), where a verb's plural ends otherwise ("ferment", "cierran").
 */
function countedPlural(s: Scan, from: number, last: number): number | undefined {
  if (s.lang === 'de') return undefined;
  let counted = false;
  for (let j = from; j <= last; j++) {
    if (isCount(s, j)) counted = true;
    else if (counted && !s.tokens[j].cap && /[^s][sx]$/.test(s.tokens[j].lower)) {
      if (s.lang === 'en') return j;
      let k = j;
      while (k + 1 <= last && /[^s][sx]$/.test(s.tokens[k + 1].lower)) k++;
      return k;
    }
  }
  return undefined;
}

/**
 * "your drivers in Reno", "Ihre Fahrer in Kassel", "sus conductores en Getafe": their people or things placed by
 * a name after "in"/"at" (or "bei", "en"). Not what everyone has somewhere ("your role in fintech", "your
 * clients in Germany", "your time at Google": generic nouns and time), nor what only their company places
 * ("your colleagues at Acme" names what every template names).
 */
export function placedThing(s: Scan, i: number, company: string | undefined): void {
  // A question may ask about it too ("Wie lief die Einführung in Ihrem Werk in Zwickau?"): the name says which.
  if (!isYour(s, i)) return;
  let j = i + 1;
  while (j < i + MAX_QUALIFIERS && s.same(i, j + 1) && s.isContent(j + 1) && !placing(s, j + 1)) j++;
  // "tu empresa está en Rosario": where their company is, a clause a profile fills in, not a thing placed.
  for (let k = i + 1; k <= j; k++) if (s.is(k, 'copulas')) return;
  const at = j + 1;
  // "your pickers in the Daventry DC": in English a definite article may stand before the place's name (German
  // capitalises the noun after any article, "dein Fonds in der Startup-Szene").
  const name = s.lang === 'en' && s.is(at + 1, 'determiners') && !s.is(at + 1, 'indefiniteArticles') ? at + 2 : at + 1;
  if (!s.same(i, name) || !placing(s, at) || !s.isContent(j) || s.isNoun(j, 'genericNouns') || s.isNoun(j, 'timeNouns') || s.isNoun(j, 'artifactNouns')) return;
  if (!otherName(s, name, company)) return;
  // The phrase ends with the place's name: "drivers in Reno", "nurses on Ward 7", not "... in Reno now get paid".
  let end = name;
  while (end < at + MAX_QUALIFIERS && s.same(end, end + 1) && (s.isName(end + 1) || isCount(s, end + 1))) end++;
  s.add('company', i, { from: i + 1, to: end, head: j }, { head: s.tokens[j].text });
}

function placing(s: Scan, k: number): boolean {
  return s.is(k, 'atWords') || s.is(k, 'placeWords');
}

const OPEN_QUOTES = new Set(['"', '“', '„', '«', '‘']);
const CLOSE_QUOTES = new Set(['"', '”', '“', '»', '’']);
/** How many words a quoted name may have: "Berberechos de Carril 30/35". */
const MAX_QUOTED_NAME = 8;

/**
 * Their thing by the name they gave it, in quotes: "vos « Galettes du Marais »", "su ferry «Ciudad de Tarifa»",
 * "your 'Harbour Blend' coffee". A template cannot know what a company calls its products, boats or menus.
 */
export function quotedThing(s: Scan, i: number): void {
  if (s.isQuestion(i) || !isYour(s, i)) return;
  // One noun may stand before the name ("su ferry «...»").
  const open = OPEN_QUOTES.has(s.tokens[i + 1]?.text) ? i + 1 : s.isContent(i + 1) && OPEN_QUOTES.has(s.tokens[i + 2]?.text) ? i + 2 : -1;
  if (open < 0 || !s.same(i, open)) return;
  for (let k = open + 2; k <= open + 1 + MAX_QUOTED_NAME && k < s.tokens.length && s.same(open, k); k++) {
    if (!CLOSE_QUOTES.has(s.tokens[k].text)) continue;
    // A name is capitalised: "your 'best-ever' results" is praise in quotes.
    if (!s.tokens[open + 1].cap) return;
    return void s.add('company', i, { from: i + 1, to: k, head: open === i + 2 ? i + 1 : k - 1 }, { head: s.tokens[open + 1].text, phrase: s.text(i + 1, k) });
  }
}
