/**
 * The writer at a place of theirs as a customer or guest: "Ate at the Gannet on Saturday", "having stayed at the
 * Ludlow inn", "I've walked through the Marlow Street library maybe thirty times". A verb of visiting and, within
 * a few words, the place by name after "the" (or their company by any short form): a place the writer went to,
 * not a city ("I visited Leeds last week") nor their website ("I visited your website").
 */
import { companyMentionsIn } from './company-mentions';
import type { Scan } from './scan';

/** How far before the verb "I" may stand: "I have stayed". */
const MAX_TO_WRITER = 3;
/** How far after the verb the place may stand: "stayed a night at the Ludlow inn". */
const MAX_TO_PLACE = 5;

export function visitedTheirPlace(s: Scan, i: number, company: string | undefined): void {
  if (!s.is(i, 'visitVerbs') || s.isQuestion(i) || !byWriter(s, i)) return;
  const theirs = companyMentionsIn(s, company);
  for (let k = i + 1; k <= i + MAX_TO_PLACE && k < s.tokens.length && s.same(i, k); k++) {
    if (s.tokens[k].kind === 'punct') return;
    const mention = theirs.find((m) => m.from === k);
    if (mention) return void s.add('company', i, { from: k, to: mention.to, head: mention.to }, { head: s.tokens[i].text, who: mention.text, where: mention.text });
    // "the Ludlow inn", "the Marlow Street library": a named place of its own, after "the".
    if (s.is(k - 1, 'determiners') && !s.is(k - 1, 'indefiniteArticles') && !s.is(k - 1, 'ourWords') && s.isName(k)) {
      const p = s.nounPhrase(k, { complements: 0 });
      if (p && p.head > k) return void s.add('company', i, p, { head: s.tokens[i].text });
      return;
    }
  }
}

/** The writer's verb: "I" before it, or none at all where a note drops it ("Ate at the Gannet on Saturday"). */
function byWriter(s: Scan, i: number): boolean {
  const opens = i === 0 || !s.same(i - 1, i) || s.tokens[i - 1].kind === 'punct';
  return (opens && s.lang === 'en') || s.before(i, 'firstPersonWords', MAX_TO_WRITER);
}
