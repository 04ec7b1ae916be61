/**
 * The reader in a body: "your" (German "Ihr" only capitalised, never inside a quotation) and "you" (German
 * "sie" only capitalised, "ihr" only with its own verb).
 */
import type { EvidenceLexicon } from './lexicon';
import type { Scan } from './scan';

/** How far past "Sie haben" a German participle may stand at the end of its clause. */
export const MAX_PARTICIPLE_DISTANCE = 16;

/**
 * German puts the participle at the end of its clause: the first word from `from` to `last`, in `anchor`'s
 * sentence, that `accept` takes, or -1 where the clause ends first (a hyphen or "&" stands inside a name).
 */
export function participleEndingClause(s: Scan, anchor: number, from: number, last: number, accept: (k: number) => boolean): number {
  for (let k = from; k < s.tokens.length && k <= last && s.same(anchor, k); k++) {
    const t = s.tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '&') return -1;
    if (accept(k)) return k;
  }
  return -1;
}

export function isYour(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word') return false;
  // "your slide about 'returns are your cheapest research'": a quotation is their words, not about them.
  if (s.is(i, 'yourWords')) return !s.insideQuote(i) && !ourClientsOwn(s, i);
  // German "Ihr" is "your" only capitalised; lower-case it is "her" or "their".
  return s.is(i, 'formalYourWords') && t.cap;
}

export function isYou(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word' || !s.is(i, 'youWords')) return false;
  if (s.lang !== 'de') return true;
  // "sie" is "they" lower-case; "ihr" is "you all" only with its own verb ("ihr habt", "wie ihr ... umgebaut habt", "ihr liefert").
  if (t.lower === 'sie') return t.cap;
  if (t.lower !== 'ihr') return true;
  // "ihr beliefert die Mensen": its verb in "-t" right after it.
  const next = s.tokens[i + 1];
  if (next?.kind === 'word' && !next.cap && next.lower.length > 3 && next.lower.endsWith('t') && s.isContent(i + 1) && s.same(i, i + 1)) return true;
  // "Wie habt ihr ... gedrückt?": a question puts the auxiliary first.
  if (IHR_AUXILIARIES.test(s.tokens[i - 1]?.lower ?? '') && s.same(i - 1, i)) return true;
  for (let k = i + 1; k <= i + MAX_PARTICIPLE_DISTANCE + 1 && s.same(i, k); k++) if (IHR_AUXILIARIES.test(s.tokens[k].lower)) return true;
  return false;
}

/** The auxiliaries of German "ihr" ("ihr habt", "seid ihr"): beside one, "ihr" is "you all". */
const IHR_AUXILIARIES = /^(?:habt|hattet|seid|wart)$/;

/** A webinar or a livestream the reader sat in as one of its audience: a broadcast event, not "your webinar". */
export function audienceEvent(s: Scan, k: number): boolean {
  return !!s.at(k, 'broadcastEvents') && !isYour(s, k - 1) && !isYour(s, k - 2);
}

/** "you" or "your" in any of the language's forms: the reader by a word of theirs. */
export function isReaderWord(s: Scan, i: number): boolean {
  return isYou(s, i) || isYour(s, i);
}

/** "chez vous", "bei Ihnen", "with you": the reader as the object of a preposition. */
export function readerAfterPreposition(s: Scan, k: number): boolean {
  return (s.is(k - 1, 'complementWords') || s.is(k - 1, 'atWords')) && s.is(k, 'readerObjectWords') && s.tokens[k]?.kind === 'word';
}

/** Five letters holds "diste" ("diste una charla"); shorter words in "-iste" are too often something else. */
const MIN_TU_PRETERITE = 5;
const tuExceptions = new WeakMap<EvidenceLexicon, ReadonlySet<string>>();

/** A Spanish preterite of "tú" by its ending ("dijiste", "coordinaste"), lower-cased: "you did" without a pronoun; not "triste", "existe". */
export function tuPreterite(word: string, lex: EvidenceLexicon): boolean {
  const endings = lex.youPastEndings;
  if (!endings || word.length < MIN_TU_PRETERITE) return false;
  let exceptions = tuExceptions.get(lex);
  if (!exceptions) tuExceptions.set(lex, (exceptions = new Set(lex.youPastExceptions ?? [])));
  return !exceptions.has(word) && endings.some((e) => word.endsWith(e));
}

/** How far before "su" the writer's client may be named: "Nuestro cliente Conservas Ebro redujo sus mermas un 22 % en su planta". */
const MAX_CLIENT_DISTANCE = 16;

/**
 * Spanish "su" is "your" (usted) or "his/her/their": in a sentence about the writer's client ("nuestro cliente
 * ... en su planta de Zaragoza") it is the client's. Other languages have a word of their own for "your".
 */
function ourClientsOwn(s: Scan, i: number): boolean {
  if (s.lang !== 'es' || !s.tokens[i].lower.startsWith('su')) return false;
  for (let j = Math.max(0, i - MAX_CLIENT_DISTANCE); j < i - 1; j++) if (s.same(j, i) && s.is(j, 'ourWords') && (s.isNoun(j + 1, 'userNouns') || s.isNoun(j + 2, 'userNouns'))) return true;
  return false;
}
