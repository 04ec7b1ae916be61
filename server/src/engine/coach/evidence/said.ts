/**
 * What a piece is about when its own words name nothing: what they said in it ("in your latest newsletter
 * you argued that rural vets...", "your memo arguing that..."), or what its how-clause names ("Ihr
 * Fachbeitrag, in dem Sie zeigen, wie der neue Hafenkran...").
 */
import { isYou } from './reader';
import type { Scan } from './scan';

/** How far after the artifact "you wrote that" may follow: "in your latest newsletter, you wrote that...". */
const MAX_TO_SAID = 6;
/** "la santé animale était...": the said clause's subject, without its verb. */
const MAX_SAID_WORDS = 2;

/**
 * "Dans votre dernière newsletter, vous écriviez que la santé animale...": what they said in a piece that the
 * piece's own words do not name; from its article ("la santé animale"), or undefined.
 */
export function saidThat(s: Scan, from: number): { from: number; to: number } | undefined {
  for (let i = from; i < s.tokens.length && i <= from + MAX_TO_SAID && s.same(from - 1, i); i++) {
    // "your essay arguing that...", "your thread, the one claiming that...": the piece itself says it.
    if (s.lang === 'en' && s.tokens[i].lower.endsWith('ing') && s.isContent(i) && s.is(i + 1, 'readInThat')) return clauseSubject(s, i + 1);
    if (!isYou(s, i)) continue;
    // German may put the verb first and a comma before "dass": "schreiben Sie, dass der Mittelstand...".
    const verbFirst = s.lang === 'de' && s.tokens[i + 1]?.text === ',' && s.is(i + 2, 'readInThat') && s.isContent(i - 1);
    const that = verbFirst || s.is(i + 2, 'readInThat') ? i + 2 : s.is(i + 3, 'readInThat') ? i + 3 : -1;
    if (that < 0 || !(verbFirst || s.isContent(that - 1)) || !s.same(i, that)) return undefined;
    return clauseSubject(s, that);
  }
  return undefined;
}

/**
 * The clause's thing after "über"/"sur": German "über" takes the accusative, so a masculine subject's "der neue
 * Kran" becomes "den neuen Kran" (its adjectives before the noun take -n).
 */
export function asTopic(s: Scan, said: { from: number; to: number }): string {
  const text = s.text(said.from, said.to);
  if (s.lang !== 'de' || s.tokens[said.from].lower !== 'der') return text;
  const words = text.split(' ');
  words[0] = 'den';
  for (let k = 1; k < words.length && !/^\p{Lu}/u.test(words[k]); k++) if (words[k].endsWith('e')) words[k] += 'n';
  return words.join(' ');
}

/** How far after the piece its "wie"/"comment" clause may start, and how far into it the thing may stand. */
const MAX_TO_HOW = 8;
const MAX_INTO_HOW = 12;

/**
 * "Ihren Fachbeitrag, in dem Sie beschreiben, wie das neue Cross-Docking-Terminal in Linz...", "dein Blogartikel,
 * wie ihr auf ein Nx-Monorepo umgezogen seid": in German and French the piece's topic is the first thing its
 * how-clause names, from its article. English reads "your post on how..." as a complement already.
 */
export function howClause(s: Scan, from: number): { from: number; to: number } | undefined {
  if (s.lang !== 'de' && s.lang !== 'fr') return undefined;
  let how = -1;
  for (let i = from; i < s.tokens.length && i <= from + MAX_TO_HOW && s.same(from - 1, i) && how < 0; i++) if (s.is(i, 'topicClauseWords')) how = i;
  if (how < 0) return undefined;
  for (let j = how + 1; j < s.tokens.length && j <= how + MAX_INTO_HOW && s.same(how, j) && s.tokens[j].kind !== 'punct'; j++) {
    // An article right after a preposition opens a complement ("auf dem Hof"), not the clause's own thing.
    if (!s.is(j, 'determiners') || s.is(j - 1, 'complementWords')) continue;
    const p = s.nounPhrase(j, { complements: 1 });
    if (p && s.namesBetween(p.from, p.to)) return { from: j, to: p.to };
  }
  return undefined;
}

/**
 * The subject of the clause "that"/"que" at `that` opens, from its article ("la santé animale"): its topic.
 * Its verb is not told from a noun by form in every language, so two words at most.
 */
function clauseSubject(s: Scan, that: number): { from: number; to: number } | undefined {
  const p = s.nounPhrase(that + 1, { complements: 0 });
  return p && s.same(that, p.to) ? { from: that + 1, to: Math.min(p.to, p.from + MAX_SAID_WORDS - 1) } : undefined;
}
