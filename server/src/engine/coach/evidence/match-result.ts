/**
 * A result of theirs: a score against an opponent by name ("31:29 gegen Altenholz", "3-1 against Hastings",
 * "ganar 24 a 19 contra Pucará"). Someone who followed the match knows it; a template does not. Not the writer's
 * own team's ("our under-12s lost 3-1 against ...") and not a question.
 */
import { writerBefore } from './phrase-checks';
import type { Scan } from './scan';

/** How far from the score the word for "against" may stand: "3-1 at home against Hastings". */
const MAX_TO_VERSUS = 4;
/** How far before the score the writer's own team is looked for. */
const MAX_WRITER_BEFORE = 6;
/** A side's score in a match: one to three digits. */
const SIDE = /^\d{1,3}$/;
const SCORE = /^\d{1,3}[-–:]\d{1,3}$/;

export function findMatchResult(s: Scan): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const length = scoreAt(s, i);
    if (!length || s.isQuestion(i)) continue;
    // "3-1 against Hastings", "3-1 at Lewes" (the place right after the score is where it was played).
    for (let k = i + length; k < i + length + MAX_TO_VERSUS && k + 1 < tokens.length && s.same(i, k + 1); k++) {
      const versus = s.at(k, 'versusWords') || (k === i + length && s.is(k, 'atWords') ? 1 : 0);
      if (!versus || !opponent(s, k + versus)) continue;
      if (writerBefore(s, i, MAX_WRITER_BEFORE)) return;
      let to = k + versus;
      while (to + 1 < tokens.length && s.same(i, to + 1) && opponent(s, to + 1)) to++;
      s.add('news', i, { from: i, to, head: i }, { phrase: s.text(i, to) });
      return;
    }
    // "el del sábado contra Pucará: ... ganar 24 a 19": the opponent may be named first.
    for (let k = i - 2; k >= 0 && k >= i - MAX_TO_VERSUS - 2 && s.same(k, i); k--) {
      const versus = s.at(k, 'versusWords');
      if (!versus || !opponent(s, k + versus) || writerBefore(s, k, MAX_WRITER_BEFORE)) continue;
      s.add('news', k, { from: k, to: i + length - 1, head: i }, { phrase: `${s.text(i, i + length - 1)} ${s.text(k, k + versus)}` });
      return;
    }
  }
}

/** The score's tokens at `i`: "22-19" as one, "31 : 29" or "24 a 19" as three (the language's word between sides); else 0. */
function scoreAt(s: Scan, i: number): number {
  const t = s.tokens[i];
  if (SCORE.test(t.text)) return 1;
  if (!SIDE.test(t.text) || !SIDE.test(s.tokens[i + 2]?.text ?? '') || !s.same(i, i + 2)) return 0;
  const between = s.tokens[i + 1].text;
  return between === ':' || between === '-' || between === '–' || s.is(i + 1, 'scoreJoiners') ? 3 : 0;
}

/** The opponent: a capitalised word after the score's "against" (German capitalises its nouns, and a score says it is a side). */
function opponent(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  return !!t && t.kind === 'word' && t.cap && !s.isFunction(k);
}
