/**
 * A detail the writer read in what their company publishes about itself: "Your careers page says the data
 * team runs Airflow 1.10 on Redshift", "in Ihren Stellenanzeigen steht seit einem Jahr derselbe Satz",
 * "vos conditions générales précisent encore que les fûts consignés...". "I visited your website and loved
 * it" cites nothing: the detail must be said in concrete words that name something, without praise.
 */
import { onlyTheirCompany } from './phrase-checks';
import { isYour } from './reader';
import type { Scan } from './scan';

/** How many words may stand between "your" and the published thing: "your new careers page". */
const MAX_QUALIFIERS = 2;
/** How many words either side of the page are read for its detail. */
const WINDOW = 30;
/** Content words, neither generic nor praise, the sentence must say about it. */
const MIN_DETAIL_WORDS = 4;

export function publishedDetail(s: Scan, i: number, company: string | undefined): void {
  if (!isYour(s, i) || s.isQuestion(i) || !subjectOrPlace(s, i)) return;
  const at = nounWithin(s, i, 'publishedNouns');
  if (at >= 0) citedDetail(s, i, at, company);
}

/**
 * A detail the writer read in a public record about them: "The committee report on the Market Street car park
 * (23/01187/FUL) recommends keeping all 40 disabled bays", "en el acta del pleno de marzo se aprobó...", "im
 * letzten Prüfbericht der Heimaufsicht wurde bei Ihnen ... bemängelt". `i` is the record's definite article, or
 * a preposition that holds one ("im").
 */
export function recordDetail(s: Scan, i: number, company: string | undefined): void {
  if (s.isQuestion(i)) return;
  // "im letzten Prüfbericht": a preposition with its article in it places the record itself.
  const contracted = s.is(i, 'placeWords') && !s.is(i + 1, 'determiners');
  const article = s.is(i, 'determiners') && !s.is(i, 'indefiniteArticles') && !s.is(i, 'ourWords') && subjectOrPlace(s, i);
  if (!contracted && !article) return;
  const at = nounWithin(s, i, 'recordNouns');
  if (at >= 0) citedDetail(s, i, at, company);
}

/** The last token of a noun of the class within MAX_QUALIFIERS content words after `i`, or -1. */
function nounWithin(s: Scan, i: number, name: 'publishedNouns' | 'recordNouns'): number {
  for (let j = i + 1; j <= i + 1 + MAX_QUALIFIERS && j < s.tokens.length && s.same(i, j); j++) {
    const length = s.nounLength(j, name);
    if (length) return j + length - 1;
    if (!s.isContent(j)) return -1;
  }
  return -1;
}

/** The page or record from `i` to `at` counts when the words around it say a concrete detail that names something. */
function citedDetail(s: Scan, i: number, at: number, company: string | undefined): void {
  let words = 0;
  let names = false;
  // A window around the page, not the whole sentence: a run-on sentence with many pages stays linear.
  const [first, last] = s.window(i, at, WINDOW);
  for (let j = first; j <= last; j++) {
    if (s.is(j, 'praiseOrGuessWords')) return;
    if (j <= at && j >= i) continue;
    if (s.tokens[j].kind !== 'word' || !s.isContent(j) || s.isNoun(j, 'genericNouns') || s.is(j, 'firstPersonWords') || s.is(j, 'weWords')) continue;
    words++;
    // The detail names something ("Airflow 1.10 on Redshift"): a template cannot know it. Their company's
    // own name is in every template's merge ("le rapport annuel de Globex").
    if (j > at && s.namesBetween(j, j) && !onlyTheirCompany(s, { from: j, to: j, head: j }, company)) names = true;
  }
  if (words < MIN_DETAIL_WORDS || !names) return;
  // The detail is a clause, rarely a noun phrase a subject could carry: the suggestions take their hook from the
  // other evidence or the sentence's names. Its span is the page alone, so it hides no other evidence.
  s.add('company', i, { from: i + 1, to: at, head: at }, { head: s.tokens[at].text, phrase: '' });
}

/**
 * "Your careers page says...", "dass Ihre Website...", "on your homepage", "in Ihren Stellenanzeigen steht":
 * their page as the subject or the place; "En parcourant votre site, j'ai identifié..." and "optimizamos tu
 * sitio" are what the writer does to it.
 */
function subjectOrPlace(s: Scan, i: number): boolean {
  const before = i - 1;
  // "Judging by your careers page, the data team runs dbt on BigQuery": or the source of what follows.
  return before < 0 || !s.same(before, i) || s.is(before, 'readInThat') || s.is(before, 'placeWords') || s.is(before, 'sourceWords');
}
