/**
 * Thanks for something they hosted the writer at, at a place of theirs or one with a name: "Thank you for the
 * cupping session at your Bristol warehouse on Wednesday", "thanks for the tasting at the Wexford cellar door".
 * The writer was there; a template thanks for "your time", "your interest", "the opportunity" (generic nouns),
 * or for visiting "our booth", and names no place of theirs.
 */
import type { Scan } from './scan';

/** How many words the thing thanked for may have: "the cupping session". */
const MAX_THING = 3;
/** How many words may stand between "at" and the place's name: "your Bristol", "the old Wexford". */
const MAX_TO_NAME = 3;

/** `from` is the first word after the thanks. */
export function hostedTheWriter(s: Scan, thanks: number, from: number): void {
  const { tokens } = s;
  if (!s.is(from, 'determiners') || s.is(from, 'indefiniteArticles') || s.is(from, 'ourWords') || s.isQuestion(thanks)) return;
  let at = from + 1;
  while (at <= from + MAX_THING && s.same(from, at) && s.isContent(at) && !s.is(at, 'atWords')) at++;
  const head = at - 1;
  if (head === from || !s.is(at, 'atWords') || !s.same(from, at)) return;
  if (s.isNoun(head, 'genericNouns') || s.isNoun(head, 'praiseNouns') || s.isNoun(head, 'givenTime') || s.is(head, 'platformWords')) return;
  // "at your Bristol warehouse", "at the Wexford cellar door": theirs, or named, after an article.
  if (!(s.is(at + 1, 'yourWords') || s.is(at + 1, 'formalYourWords') || (s.is(at + 1, 'determiners') && !s.is(at + 1, 'indefiniteArticles')))) return;
  if (s.is(at + 1, 'ourWords')) return;
  for (let j = at + 2; j <= at + 1 + MAX_TO_NAME && j < tokens.length && s.same(at, j) && s.isContent(j); j++) {
    if (!s.isName(j)) continue;
    const place = s.nounPhrase(at + 2, { complements: 0 });
    if (!place) return;
    s.add('conversation', thanks, { from: from + 1, to: place.to, head }, { head: tokens[head].text, where: tokens[j].text, phrase: s.text(from + 1, place.to) });
    return;
  }
}
