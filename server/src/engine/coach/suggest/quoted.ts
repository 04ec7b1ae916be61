/**
 * A line of theirs the body quotes, in the sentence of a piece of evidence: "Every one of Ovation's job ads ends
 * with "we don't want heroes, we want people who write things down."". Quoted back, its first clause is a
 * subject a reader recognises at once: "we don't want heroes".
 */
import { isCommonWord } from '../common-words';
import { compile } from '../evidence/compiled';
import type { Evidence } from '../evidence/types';
import type { CoachedLanguage } from '../language';
import { firstQuotation } from '../quotes';
import { trimEnd } from '../../util';
import { suggestLexiconFor } from './lexicon';
import { sentenceAround } from './named';

/** A quoted line longer than this is cut at its first clause, and dropped when that is still longer. */
const MAX_QUOTED_WORDS = 6;
const MIN_QUOTED_WORDS = 2;
const MIN_LINE_WORDS = 3;
/** How many words back from a quotation its preposition may stand: "in der", "dans le". */
const TITLE_REACH = 2;
const CLAUSE_END = /[,;:–—]/u;
const TRAILING = new Set(' \u00a0.,;:!?…');

export function quotedLine(body: string, e: Evidence, lang: CoachedLanguage): string | undefined {
  const { start, end } = sentenceAround(body, e.span.start, e.span.end, compile(lang).abbreviations);
  const q = firstQuotation(body, start, end);
  // A line has a few words ("spare parts" in quotes is a phrase held at arm's length); one after "in" is a title,
  // where their work appeared ("in "Privacy by Design in Practice"", "in der „neuen verpackung“").
  if (!q || wordCount(q.text) < MIN_LINE_WORDS || titleAfterPreposition(body, q.at, lang)) return undefined;
  let text = trimEnd(q.text, TRAILING);
  if (wordCount(text) > MAX_QUOTED_WORDS) {
    const cut = text.search(CLAUSE_END);
    text = cut > 0 ? trimEnd(text.slice(0, cut), TRAILING) : '';
  }
  const count = wordCount(text);
  if (count < MIN_QUOTED_WORDS || count > MAX_QUOTED_WORDS || !inLanguage(text, lang)) return undefined;
  // French sets its guillemets off with a space inside, when the body does.
  const spaced = /\s/u.test(body[q.at + 1] ?? '');
  const pad = q.open === '«' && spaced ? '\u00a0' : '';
  return `${q.open}${pad}${text}${pad}${q.close}`;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function titleAfterPreposition(body: string, at: number, lang: CoachedLanguage): boolean {
  const before = body.slice(Math.max(0, at - TITLE_REACH * 12), at).split(/\s+/).filter(Boolean).slice(-TITLE_REACH).map((w) => w.toLowerCase());
  const places = suggestLexiconFor(lang).placePrepositions;
  return before.some((w) => places.includes(w));
}

/** A German, French or Spanish draft quoting an English slogan gets no English subject: most of its words are the draft's. */
function inLanguage(text: string, lang: CoachedLanguage): boolean {
  if (lang === 'en') return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((w) => isCommonWord(w, lang)).length * 2 > words.length;
}
