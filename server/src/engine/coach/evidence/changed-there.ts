/**
 * A change at their place, told with anything as its subject: "seit Kurzem lassen sich in der Praxis am Mühlbach
 * Impftermine online buchen", "Depuis la rentrée, le bateau de 7 h 45 de la Compagnie du Ponant accepte les vélos
 * cargo", "dass man das Matratzenlager bei euch seit diesem Sommer online reservieren kann". A word of change or a
 * recent "since", them in the sentence (their company, or "bei Ihnen", "chez vous" after a preposition), and at
 * least four words that say what changed. Not the writer's own news, praise, a guess, a hypothesis or a question:
 * a template knows their name, not what changed there.
 */
import { mentionAt } from './company-mentions';
import { isYear, notTheirsAlone } from './phrase-checks';
import { readerAfterPreposition } from './reader';
import type { Scan } from './scan';

/** Content words, not generic, the sentence must hold besides its change and them. */
const MIN_WORDS = 4;
/** How many tokens of a sentence are read: a run-on sentence stays linear. */
const MAX_SENTENCE = 40;

export function findChangeThere(s: Scan, company: string | undefined): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    while (end + 1 < tokens.length && s.same(i, end + 1)) end++;
    const last = Math.min(end, i + MAX_SENTENCE);
    // Each change in the sentence: "unsere Katze ist seit Jahren Patientin bei Ihnen, und dass Sie jetzt ..." has two.
    for (let at = s.isQuestion(i) ? -1 : changeIn(s, i, last); at >= 0; at = changeIn(s, at + 1, last)) {
      // "super, dass man das Matratzenlager bei euch seit diesem Sommer online reservieren kann": the clause of the
      // change, from the comma before it; "..., was mir ... erspart hat": the clause after them is the writer's.
      const from = clauseStart(s, i, at);
      const them = themIn(s, from, last, company);
      const clause = them >= 0 ? clauseEnd(s, Math.max(at, them), last) : last;
      if (them < 0 || !byThemAlone(s, from, clause) || concreteWords(s, from, clause) < MIN_WORDS) continue;
      // Placed on them alone: evidence another reader found across the same words keeps its place (dedupe keeps the first).
      s.add('company', them, { from: them, to: them, head: them }, { phrase: '' });
      return;
    }
    i = end + 1;
  }
}

/** Marks that part the clauses of a sentence. */
const CLAUSE_MARKS = new Set([',', ';', ':']);

/** The first token after the last comma, semicolon or colon before `at`, or the sentence's first. */
function clauseStart(s: Scan, first: number, at: number): number {
  for (let k = at - 1; k >= first; k--) if (CLAUSE_MARKS.has(s.tokens[k].text)) return k + 1;
  return first;
}

/** The last token before the first comma, semicolon or colon after `from`, or `last`. */
function clauseEnd(s: Scan, from: number, last: number): number {
  for (let k = from + 1; k <= last; k++) if (CLAUSE_MARKS.has(s.tokens[k].text)) return k - 1;
  return last;
}

/** Where a word of change or a recent "since" stands in tokens `from`..`to`, or -1. */
function changeIn(s: Scan, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    if (s.at(k, 'changeAdverbs')) return k;
    if (!s.is(k, 'sinceWords')) continue;
    // "Seit das Mittagessen bei Ihnen frisch gekocht wird", "Since the 6:10 sailing was added": "since" opening a clause.
    if (s.is(k + 1, 'determiners') && !s.at(k + 1, 'recentWords') && opensClause(s, k) && !s.isNoun(k + 2, 'timeNouns')) return k;
    const next = s.is(k + 1, 'determiners') && !s.at(k + 1, 'recentWords') ? k + 2 : k + 1;
    const when = s.tokens[next];
    if (when && (s.at(next, 'recentWords') || s.is(next, 'monthNames') || s.isNoun(next, 'timeNouns') || isYear(when.text))) return k;
  }
  return -1;
}

/** Whether token `k` opens its clause: the sentence's first, or after a comma, semicolon or colon. */
function opensClause(s: Scan, k: number): boolean {
  return k === 0 || !s.same(k - 1, k) || CLAUSE_MARKS.has(s.tokens[k - 1].text);
}

/** Their company, or the reader after a preposition ("bei Ihnen", "chez vous"), in tokens `from`..`to`; or -1. */
function themIn(s: Scan, from: number, to: number, company: string | undefined): number {
  for (let k = from; k <= to; k++) {
    if (mentionAt(s, company, k)) return k;
    if (readerAfterPreposition(s, k)) return k;
  }
  return -1;
}

/** No writer, no guess or hypothesis, nothing said of every business in the clause: "we now deliver to Globex" is our news. */
function byThemAlone(s: Scan, from: number, to: number): boolean {
  // "seit Januar gilt bei Ihnen wie überall die neue Kassenpflicht": what changed for every business, or their trade.
  for (let k = from; k <= to; k++) if (notTheirsAlone(s, k)) return false;
  return true;
}

function concreteWords(s: Scan, from: number, to: number): number {
  let words = 0;
  for (let k = from; k <= to; k++) if (s.isContent(k) && s.tokens[k].kind === 'word' && !s.isNoun(k, 'genericNouns') && !s.at(k, 'changeAdverbs') && !s.is(k, 'sinceWords')) words++;
  return words;
}
