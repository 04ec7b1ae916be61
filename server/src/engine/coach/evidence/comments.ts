/**
 * An exchange under a post: "We went back and forth in the comments under Tariq's post on shade-grown
 * certification", "you pushed back on my comment about warehouse robotics payback periods", "nos
 * échangions dans les commentaires du post de Julie". Both parties in the sentence, and what the comments
 * were under or about, named.
 */
import { isReaderWord } from './reader';
import type { Scan } from './scan';

/** How far from the comments both parties may stand, in words. */
const REACH = 10;

export function findComments(s: Scan): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const length = s.nounLength(i, 'commentNouns');
    if (!length || s.isQuestion(i) || !bothParties(s, i)) continue;
    const head = i + length - 1;
    // "in the comments under Tom Lacey's post on EPC ratings": what they were under or about names something,
    // after any one preposition ("under", "unter", "sous", "bajo").
    const under = s.isFunction(head + 1) && s.same(head, head + 1) ? s.nounPhrase(head + 2) : undefined;
    const to = under?.to ?? s.nounPhrase(i, { headAt: head })?.to ?? head;
    if (to > head && s.namesBetween(head + 1, to)) s.add('conversation', i, { from: i, to, head }, { head: tokens[head].text });
  }
}

/** "we"/"our" (both of us), or "you" with "me"/"my" (one answering the other), near the comments. */
function bothParties(s: Scan, i: number): boolean {
  let you = false;
  let me = false;
  for (let k = Math.max(0, i - REACH); k <= i + REACH && k < s.tokens.length; k++) {
    if (!s.same(k, i)) continue;
    if (s.is(k, 'usWords') || s.is(k, 'ourWords')) return true;
    if (isReaderWord(s, k)) you = true;
    if (s.is(k, 'firstPersonWords') || s.is(k, 'myWords')) me = true;
  }
  return you && me;
}
