/** Where a conversation happened, read from the body around its evidence. */
import type { Evidence } from '../evidence/types';
import type { CoachedLanguage } from '../language';
import { suggestLexiconFor } from './lexicon';

/** How far from a piece of evidence its place may stand: the finders read a sentence, either side of the cue. */
const WHERE_REACH = 200;
/** How many words before the place its preposition may stand: "en el pasillo de ENADE", "on the 07:10 to Edinburgh". */
const MAX_TO_PREPOSITION = 4;

/**
 * The evidence's place from the preposition that places it ("in Birmingham", "en el pasillo de ENADE", "on the
 * 07:10 to Edinburgh"), within its clause; undefined when no place preposition stands a few words before it.
 */
export function placedWhere(body: string, e: Evidence, lang: CoachedLanguage): string[] | undefined {
  const from = Math.max(0, e.span.start - WHERE_REACH);
  const at = body.slice(from, e.span.end + WHERE_REACH).indexOf(e.where!);
  if (at < 0) return undefined;
  const before = body.slice(Math.max(0, from + at - WHERE_REACH), from + at).split(/\s+/).filter(Boolean);
  const places = suggestLexiconFor(lang).placePrepositions;
  for (let back = 1; back <= MAX_TO_PREPOSITION && back <= before.length; back++) {
    const word = before[before.length - back];
    if (/[,;:.!?]$/.test(word)) return undefined;
    if (places.includes(word.toLowerCase())) return [word.toLowerCase(), ...before.slice(before.length - back + 1), ...e.where!.split(/\s+/)];
  }
  return undefined;
}
