/**
 * Being somewhere with the reader: "we were on the same table at the NFU Cymru dinner", "wir sind im Railjet
 * nach Wien nebeneinander gesessen", "on était à la même table au dîner du Sirha", "estuvimos en la misma mesa
 * en la cena de la Cámara". A past verb of "we", a word that puts both in one place, and the place or event by
 * name: a meeting only the two of them had. Not "we work together with Bupa" (others, and now), "we are the
 * same team" (no past of being there), "let us work together" (a wish), nor a sentence that names no place.
 */
import type { Phrase, Scan } from './scan';
import { wished } from './talk';

/** A French past participle's ending: "joué", "pris", "partagé", "venu" (not "-us": "tous", "plus"). */
const FRENCH_PARTICIPLE = /(?:é|ée|és|ées|i|is|ie|u|ue|it)$/;
/** How far after "we" its past verb may stand: "we were", "wir sind am Dienstag im ICE ... gesessen". */
const MAX_TO_PAST = 2;
/** How far after the past verb the word of being together may stand: "we were on the same table". */
const MAX_TO_TOGETHER = 10;

export function sideBySide(s: Scan, i: number, placeNear: (k: number) => Phrase | undefined): void {
  if (!s.is(i, 'togetherPast') || s.isQuestion(i)) return;
  // Spanish says "we" in the verb ("estuvimos"); the others need it before the verb.
  if (s.lang !== 'es' && !s.before(i, 'usWords', MAX_TO_PAST)) return;
  // "on a joué ensemble": French "a"/"avons" say the past only before a participle ("on a tous ensemble intérêt à" has none).
  if (s.lang === 'fr' && (s.tokens[i].lower === 'a' || s.tokens[i].lower === 'avons') && (s.isFunction(i + 1) || !FRENCH_PARTICIPLE.test(s.tokens[i + 1]?.lower ?? ''))) return;
  for (let k = i + 1; k <= i + MAX_TO_TOGETHER && k < s.tokens.length && s.same(i, k); k++) {
    if (!s.is(k, 'togetherWords')) continue;
    // "together with Bupa and Boots", "gemeinsam mit 80 Kunden": with others, not with the reader.
    if (s.is(k + 1, 'withWords') && !s.is(k + 2, 'youWords')) return;
    if (wished(s, i)) return;
    const place = placeNear(i + 1);
    if (place) s.add('conversation', i, place, { head: s.tokens[i].text, to: k });
    return;
  }
}
