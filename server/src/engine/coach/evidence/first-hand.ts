/**
 * The writer at a place of theirs as a customer or guest: "Ate at the Gannet on Saturday", "having stayed at the
 * Ludlow inn", "I've walked through the Marlow Street library maybe thirty times". A verb of visiting and, within
 * a few words, the place by name after "the" (or their company by any short form): a place the writer went to,
 * not a city ("I visited Leeds last week") nor their website ("I visited your website").
 */
import { mentionAt } from './company-mentions';
import { readerAfterPreposition } from './reader';
import type { Scan } from './scan';

/** How far before the verb "I" may stand: "I have stayed". */
const MAX_TO_WRITER = 3;
/** How far before a German participle its clause is read for the writer and the place. */
const MAX_GERMAN_CLAUSE = 20;
/** How far after the verb the place may stand: "stayed a night at the Ludlow inn". */
const MAX_TO_PLACE = 5;

export function visitedTheirPlace(s: Scan, i: number, company: string | undefined): void {
  const verb = s.at(i, 'visitVerbs');
  if (!verb || s.isQuestion(i) || !byWriter(s, i)) return;
  // "ich hab letzte Woche bei euch in der Oderberger ... gegessen": German ends the clause on the participle, the place before it.
  if (s.lang === 'de') {
    const start = germanClauseStart(s, i);
    for (let k = i - 1; k >= start; k--) {
      const mention = mentionAt(s, company, k);
      if (mention) return void s.add('company', k, { from: k, to: mention.to, head: mention.to }, { head: s.tokens[i].text, who: mention.text, where: mention.text, to: i });
      if (readerAfterPreposition(s, k)) return void s.add('company', k - 1, { from: k - 1, to: i, head: i }, { phrase: '', to: i });
    }
    return;
  }
  for (let k = i + verb; k <= i + verb - 1 + MAX_TO_PLACE && k < s.tokens.length && s.same(i, k); k++) {
    if (s.tokens[k].kind === 'punct') return;
    const mention = mentionAt(s, company, k);
    if (mention) return void s.add('company', i, { from: k, to: mention.to, head: mention.to }, { head: s.tokens[i].text, who: mention.text, where: mention.text });
    // "j'ai dîné chez vous samedi": the reader's own place.
    if (readerAfterPreposition(s, k)) return void s.add('company', i, { from: i, to: k, head: k }, { phrase: '' });
    // "the Ludlow inn", "the Marlow Street library": a named place of its own, after "the".
    if (s.is(k - 1, 'determiners') && !s.is(k - 1, 'indefiniteArticles') && !s.is(k - 1, 'ourWords') && s.isName(k)) {
      const p = s.nounPhrase(k, { complements: 0 });
      if (p && p.head > k) return void s.add('company', i, p, { head: s.tokens[i].text });
      return;
    }
  }
}

/** The writer's verb: "I" before it, or none at all where a note drops it ("Ate at the Gannet on Saturday") or the verb says it. */
function byWriter(s: Scan, i: number): boolean {
  const opens = i === 0 || !s.same(i - 1, i) || s.tokens[i - 1].kind === 'punct';
  if (s.lang === 'de') {
    // "ich hab letzte Woche bei euch ... gegessen": the writer anywhere before the participle that ends the clause.
    const start = germanClauseStart(s, i);
    for (let k = i - 1; k >= start; k--) if (s.is(k, 'firstPersonWords')) return true;
    return false;
  }
  // Spanish says "I" in the verb: its visit verbs are listed in the first person ("comí", "pasé").
  return (opens && s.lang === 'en') || s.lang === 'es' || s.before(i, 'firstPersonWords', MAX_TO_WRITER);
}

/** The first token of the clause a German participle at `i` ends, within MAX_GERMAN_CLAUSE: no punctuation between. */
function germanClauseStart(s: Scan, i: number): number {
  let k = i;
  while (k - 1 >= 0 && k - 1 >= i - MAX_GERMAN_CLAUSE && s.same(i, k - 1) && s.tokens[k - 1].kind !== 'punct') k--;
  return k;
}
