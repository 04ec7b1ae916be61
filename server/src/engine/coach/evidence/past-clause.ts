/**
 * A past thing of theirs told in plain trade words: "You dropped the visitor berth rate for boats under 8m to
 * £18 a night this season", "your aseptic unit moved the TPN cut-off from 2pm to 11am in March", "your crew
 * finished resurfacing the Marsh Mills roundabout two nights early". An English past verb (a Spanish preterite
 * after "su"/"tu" + their thing) with "you" or "your" + their thing as its subject, and a clause after it that counts, names or dates something: what only someone
 * who looked knows. In the present ("your team spends 12 hours a week on reporting") it is what a template claims
 * of every reader; their sector ("your industry saw 12% growth") is no thing of theirs.
 */
import { englishPast, otherName, praiseNear } from './phrase-checks';
import type { Phrase, Scan } from './scan';

/** How many words the clause after the verb is read for its figure, name or date. */
const MAX_CLAUSE = 16;
/** How many words may stand between "your" and its verb: "your aseptic unit", "your Leeds night crew". */
const MAX_SUBJECT = 3;

/** Whether the clause from `from` (to its punctuation or MAX_CLAUSE words) counts, names or dates something other than their company. */
export function countsNamesOrDates(s: Scan, from: number, company: string | undefined): boolean {
  for (let j = from; j < from + MAX_CLAUSE && j < s.tokens.length && s.same(from, j); j++) {
    const t = s.tokens[j];
    if (t.kind === 'punct') return false;
    if (/\d/.test(t.text)) return true;
    if (otherName(s, j, company)) return true;
    // "this season", "last spring", "two years ago".
    if ((t.lower === 'this' || t.lower === 'last') && s.isNoun(j + 1, 'timeNouns')) return true;
    if (t.lower === 'ago') return true;
  }
  return false;
}

// The endings of a Spanish preterite of the third person, as "su"/"tu" + their thing takes it: "apostó", "abrió",
// "cerraron". Read with endsWith: an unanchored pattern would retry from every letter of a long word.
const SPANISH_PRETERITE_ENDINGS = ['ó', 'aron', 'ieron'];
const spanishPreterite = (word: string) => word.length > 3 && SPANISH_PRETERITE_ENDINGS.some((e) => word.endsWith(e));

/**
 * "your crew finished resurfacing the Marsh Mills roundabout two nights early", "su fondo apostó por Cosecha
 * Vertical cuando nadie creía en la agricultura vertical": their thing did something particular.
 */
export function yourThingDid(s: Scan, i: number, company: string | undefined): void {
  if ((s.lang !== 'en' && s.lang !== 'es') || s.isQuestion(i) || praiseNear(s, i)) return;
  const past = (k: number) => (s.lang === 'en' ? englishPast(s, k) : spanishPreterite(s.tokens[k].lower));
  for (let k = i + 2; k <= i + 1 + MAX_SUBJECT && k < s.tokens.length && s.same(i, k); k++) {
    if (!s.isContent(k - 1) || s.isNoun(k - 1, 'genericNouns')) return;
    if (!past(k) || s.is(k, 'everyoneVerbs')) continue;
    if (countsNamesOrDates(s, k + 1, company)) s.add('work', i, { from: i + 1, to: k - 1, head: k - 1 }, { head: s.tokens[k].text, to: k });
    return;
  }
}

/** How far after "Sie"/"vous" or their thing the auxiliary may stand: "Ihr Betrieb hat", "votre équipe a". */
const MAX_TO_AUX = 3;
/** How far the participle that ends a German clause may stand from its auxiliary. */
const MAX_TO_PARTICIPLE = 14;
// A German participle by its form, whatever the verb: "gerodet", "umgestellt", "sortiert", "verwendet".
const GERMAN_PARTICIPLE = /^(?:\p{Ll}{0,5}ge\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}iert|(?:be|ver|er|ent|zer)\p{Ll}{3,}t)$/u;

/**
 * A perfect of theirs by any verb, with a name or a figure in its clause (not a span of years: "Sie haben in 20
 * Jahren viel bewegt"): "Sie haben auf den unteren Parzellen Riesling gerodet", "Ihr Betrieb hat an der Kirche
 * in Verden den alten Schiefer wieder verwendet" (German: the participle ends the clause, found by its form),
 * "Vous avez fait passer l'abonnement de 19 à 24 € par mois" (French: it follows the auxiliary). "Sie", "du",
 * "vous", "tu", or "Ihr"/"votre" + their thing; not praise or a guess, not their career or profile, not what
 * struck the writer ("ist mir bei meiner Recherche aufgefallen", "vous avez reçu notre catalogue").
 */
export function perfectDid(s: Scan, i: number, reader: boolean, company: string | undefined): void {
  if ((s.lang !== 'de' && s.lang !== 'fr') || s.isQuestion(i) || praiseNear(s, i)) return;
  let aux = -1;
  for (let k = i + 1; k <= i + MAX_TO_AUX && k < s.tokens.length && s.same(i, k); k++) {
    if (s.is(k, 'perfectAuxiliaries')) {
      aux = k;
      break;
    }
    // "Ihr Betrieb hat": their thing stands between; "Sie haben": nothing does. "Ihr Werdegang ist" praises what every reader has.
    if (reader || !s.isContent(k) || s.isNoun(k, 'genericNouns')) return;
  }
  if (aux < 0) return;
  let particular = false;
  for (let k = aux + 1; k <= aux + MAX_TO_PARTICIPLE && k < s.tokens.length && s.same(i, k); k++) {
    const t = s.tokens[k];
    if (t.kind === 'punct' && !INSIDE_CLAUSE.has(t.text)) return;
    if (s.is(k, 'firstPersonWords') || s.is(k, 'usWords') || s.is(k, 'myWords') || s.is(k, 'ourWords')) return;
    if (/\d/.test(t.text) && !s.isNoun(k + 1, 'timeNouns')) particular = true;
    else if (otherName(s, k, company)) particular = true;
    const ends = s.lang === 'de' ? t.kind === 'word' && !t.cap && GERMAN_PARTICIPLE.test(t.lower) : particular;
    if (particular && ends) {
      s.add('work', i, s.lang === 'fr' ? participleObject(s, aux + 1, k) : { from: aux + 1, to: Math.max(aux + 1, k - 1), head: Math.max(aux + 1, k - 1) }, { head: s.tokens[aux + 1].text, to: k });
      return;
    }
  }
}

/** Marks that stand inside a clause: a dash of a name, a figure's unit, the quotes of a name ("der „Insel Amrum“"). */
const INSIDE_CLAUSE = new Set(['-', '–', '%', '€', '„', '“', '”', '«', '»', '"', '‚', '‘', '’']);

/**
 * "vous a confié l'an dernier l'ouverture de l'unité de soins palliatifs": French puts the participle first, and
 * what a subject names is its object, when was aside; else the words up to the name or figure.
 */
function participleObject(s: Scan, participle: number, named: number): Phrase {
  // "confié en mars la reprise", "confié l'an dernier l'ouverture": when it was may stand before the object.
  let after = participle + 1 + s.at(participle + 1, 'timeAdverbials');
  if (s.is(after, 'complementWords') && !s.is(after + 1, 'determiners') && s.is(after + 2, 'determiners') && s.same(after, after + 2)) after += 2;
  // "fait passer l'abonnement de 19 à 24 €": no article, no object yet; the verbs stay with what they govern.
  return (s.is(after, 'determiners') ? s.nounPhrase(after) : undefined) ?? { from: participle, to: Math.max(participle, named - 1), head: Math.max(participle, named - 1) };
}
