/**
 * Their seat on a named body that judges, decides or advises: "You sat on the standards committee that wrote
 * the heat-pump installer code", "als Jurorin beim Staatspreis Design haben Sie...", "Vous avez présidé le jury
 * du Prix de l'innovation agricole", "Tu faisais partie du jury de la French Tech Tremplin".
 */
import { isReaderWord, isYour } from './reader';
import type { Scan } from './scan';

/** How far from the body or seat the reader may stand, and how far its name may run after it, in words. */
const REACH = 12;
/** How many words may stand before the body's noun as its name: "the SIA innovation prize jury". */
const MAX_MODIFIERS = 4;

/**
 * A body or a seat on one, in a statement that speaks to the reader and names the body: not "our advisory
 * board" or "we are building a board" (the writer's), not a question ("Would you join the jury?"), not praise
 * ("you'd be a great fit for the Acme board").
 */
export function findRoles(s: Scan): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const length = s.nounLength(i, 'bodyNouns') || s.nounLength(i, 'seatNouns');
    if (!length || s.isQuestion(i)) continue;
    const head = i + length - 1;
    let from = i;
    while (from > i - MAX_MODIFIERS && from > 0 && s.same(from - 1, i) && s.isContent(from - 1) && !isYour(s, from - 1)) from--;
    if (!speaksToReader(s, i) || !s.namesBetween(from, nameEnd(s, head)) || ofAnyOne(s, head)) continue;
    const p = s.nounPhrase(from, { headAt: head });
    if (p) s.add('work', from, p, { head: tokens[head].text, seat: true });
  }
}

/** "als Vorstand eines Sportvereins", "on the board of a charity": the seat of any such body, which a role line gives every reader. */
function ofAnyOne(s: Scan, head: number): boolean {
  return s.is(head + 1, 'indefiniteArticles') || (s.is(head + 1, 'ofWords') && s.is(head + 2, 'indefiniteArticles'));
}

/** How close before the body "our" makes it the writer's: "our advisory board", "unserem Beirat". */
const OUR_REACH = 3;

/** The reader in reach, and no body of the writer's or praise: "our board", "we are building a board", "a great fit". */
function speaksToReader(s: Scan, i: number): boolean {
  let reader = false;
  // The last clause opener before the body: a reader before it is in another clause, with another subject.
  let opener = -1;
  for (let k = Math.max(0, i - REACH); k < i; k++) if (s.same(k, i) && s.at(k, 'clauseOpeners')) opener = k;
  for (let k = Math.max(0, i - REACH); k <= i + REACH && k < s.tokens.length; k++) {
    if (!s.same(k, i)) continue;
    if (s.is(k, 'weWords') || s.is(k, 'praiseOrGuessWords') || (s.is(k, 'ourWords') && k < i && k >= i - OUR_REACH)) return false;
    if (isReaderWord(s, k) && k > opener) reader = true;
  }
  return reader;
}

/** Where the body's name may end: up to the next comma, within reach ("the committee that wrote the installer code"). */
function nameEnd(s: Scan, head: number): number {
  let last = head;
  while (last < head + REACH && last + 1 < s.tokens.length && s.same(last + 1, head) && s.tokens[last + 1].text !== ',') last++;
  return last;
}
