/**
 * Who a mutual contact is: the person named before the verb that refers the writer ("Kenji Watanabe, who ran
 * procurement with you, suggested"; "Ruth from the Ealing jazz club said"), or after it in French and Spanish
 * ("Me pasó su contacto Toni Mascaró"), and the pronoun beside the verb that makes it a referral.
 */
import type { Scan } from './scan';

/** How far before a mutual verb its subject may start: "Kenji Watanabe, who ran procurement with you at Ardent, suggested". */
const MAX_SUBJECT_DISTANCE = 24;
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

/** A pronoun for the writer or reader beside the verb: "suggested I", "mentioned you're", "m'a recommandé". */
export function objectNear(s: Scan, i: number): boolean {
  // English puts the pronoun after the verb ("suggested I", "told me"); German, French and Spanish before it ("hat mir geraten").
  // "speaks highly of you": the pronoun may stand three words on.
  // "mentioned over dinner that you": a short phrase may stand between.
  const [from, to] = s.lang === 'en' ? [i + 1, i + 8] : [i - 3, i + 5];
  // "of" counts before a pronoun ("highly of you"), not before a figure's noun ("says 12% of margin").
  for (let j = from; j <= to; j++) if (j !== i && j >= 0 && s.same(i, j) && s.is(j, 'mutualObjects') && !(s.is(j, 'ofWords') && !s.is(j + 1, 'mutualObjects'))) return true;
  return false;
}

/**
 * The person before a mutual verb in its sentence: the first run of two or more names ("Kenji Watanabe"),
 * or a title and a name ("Herr Ingo Lindner"), else the nearest single name that is not common vocabulary.
 */
export function nameBefore(s: Scan, i: number): { from: number; to: number } | undefined {
  let single: { from: number; to: number } | undefined;
  const start = Math.max(0, i - MAX_SUBJECT_DISTANCE);
  for (let j = start; j < i; j++) {
    if (!s.same(j, i)) continue;
    const titled = s.isHonorific(j) && s.tokens[j].cap;
    const first = titled ? j + 1 + (s.tokens[j + 1]?.text === '.' ? 1 : 0) : j;
    if (!isPersonWord(s, first) || first >= i) continue;
    // "Our CEO spoke at...", "unser Geschäftsführer meinte": the writer's own people are no mutual contact.
    if (s.is(j - 1, 'ourWords')) continue;
    let to = first;
    while (to + 1 < i && isPersonWord(s, to + 1)) to++;
    // "The Globe said", "searching for a Chief Operating Officer": English puts no article before a person's name.
    if (s.lang === 'en' && !titled && (s.tokens[j - 1]?.lower === 'the' || s.is(j - 1, 'indefiniteArticles'))) {
      j = to;
      continue;
    }
    // Where someone is from ("a former colleague of yours at St Luke's"); a quoted title, no person ("The Remote Manager's
    // Handbook" gave me the language); a name in another clause, with its own subject ("... across Greater Manchester,
    // and 94% of those we supported told us").
    if ((!titled && whereTheyAreFrom(s, j)) || QUOTES.has(s.tokens[j - 1]?.text ?? '') || QUOTES.has(s.tokens[to + 1]?.text ?? '') || newClauseBetween(s, to, i)) {
      j = to;
      continue;
    }
    if (to > first || titled) return { from: j, to };
    // One capitalised word is a name mid-sentence ("my colleague Dan"); at a sentence's start only if it is no common word.
    const opens = first === 0 || !s.same(first - 1, first);
    if (s.lang !== 'de' ? !opens || !s.isCommonAt(first) : !s.isCommonAt(first)) single = { from: first, to };
    // "Ruth from the Ealing jazz club said": a word where they are from follows says a person, common word or not.
    else if (affiliated(s, to, i) && !s.is(first, 'crowdWords')) single = { from: first, to };
    j = to;
  }
  // One word far from the verb is as likely a place or a company as the one who spoke ("ton post sur ... de
  // Doctolib m'a beaucoup parlé"): it must stand by the verb ("Dan suggested", "Marta me recomendó").
  // "Ruth from the Ealing jazz club said": where they are from may stand between the name and the verb.
  return single && (i - single.to <= MAX_SINGLE_NAME_DISTANCE || affiliated(s, single.to, i)) ? single : undefined;
}

/** Whether a new clause opens between the name ending at `to` and the verb at `verb`: a semicolon, or a comma and "and". */
function newClauseBetween(s: Scan, to: number, verb: number): boolean {
  for (let k = to + 1; k < verb; k++) if (s.tokens[k].text === ';' || (s.tokens[k].text === ',' && s.is(k + 1, 'andWords'))) return true;
  return false;
}

/**
 * Whether the name at `j` says where a contact is from, not who: "a former colleague of yours at St Luke's told me"
 * ("Herr von Weizsäcker" is a name: a capitalised word stands before "von").
 */
export function whereTheyAreFrom(s: Scan, j: number): boolean {
  return s.is(j - 1, 'affiliationWords') && !s.tokens[j - 2]?.cap;
}

/** How many words where a contact is from may take: "from the Ealing jazz club". */
const MAX_AFFILIATION = 7;

/** Whether the words from just after a name to just before the verb at `verb` say only where the person is from. */
function affiliated(s: Scan, name: number, verb: number): boolean {
  if (!s.is(name + 1, 'affiliationWords') || verb - name - 1 > MAX_AFFILIATION) return false;
  // "Sarah from our sales team": the writer's own people are no mutual contact.
  for (let j = name + 2; j < verb; j++) if (s.tokens[j].kind !== 'word' || s.is(j, 'relativeWords') || s.is(j, 'firstPersonWords') || s.is(j, 'youWords') || s.is(j, 'ourWords') || s.is(j, 'myWords')) return false;
  return true;
}

/** How far after its verb French or Spanish may put the one who spoke: "Me pasó su contacto Toni Mascaró". */
const MAX_TO_NAME_AFTER = 4;

/**
 * "Me pasó su contacto Toni Mascaró, de la gestoría de Ciutadella", "m'a recommandé votre atelier Julie Martin":
 * French and Spanish may put the one who spoke after the verb; two names or more, before the clause ends.
 */
export function nameAfter(s: Scan, i: number): { from: number; to: number } | undefined {
  if (s.lang !== 'es' && s.lang !== 'fr') return undefined;
  for (let j = i + 1; j <= i + MAX_TO_NAME_AFTER && j < s.tokens.length && s.same(i, j) && s.tokens[j].kind === 'word'; j++) {
    if (!isPersonWord(s, j) || s.isCommonAt(j)) continue;
    let to = j;
    while (isPersonWord(s, to + 1) && s.same(j, to + 1)) to++;
    return to > j ? { from: j, to } : undefined;
  }
  return undefined;
}

/** How far a one-word name may stand before its referral verb: the name, a pronoun, an auxiliary, the verb. */
const MAX_SINGLE_NAME_DISTANCE = 3;

export function isPersonWord(s: Scan, j: number): boolean {
  const t = s.tokens[j];
  return !!t && t.kind === 'word' && t.cap && !s.isFunction(j) && !s.isHonorific(j) && !/\d/.test(t.text) && t.lower !== 'i' && !t.lower.startsWith("i'");
}
