/**
 * A thing of theirs named before "you"/"your" or credited to them: "the library you maintain", "Episode 87 of
 * Ops Unfiltered, where you...", "the ECMO transport protocol your team put together", "La refonte du réseau
 * de Frigolux, que vous avez menée", "... under your direction".
 */
import { isYour } from './reader';
import type { Scan } from './scan';

/**
 * "The turnaround of the Corrigan Harbour Hotel, ... under your management", "La mutualisation des tournées,
 * initiée par votre équipe": the thing the sentence opens with is credited to them. Only a thing that says
 * which ("Under your leadership, the company grew" credits nothing in particular).
 */
export function credited(s: Scan, i: number, end: number): void {
  if (s.lang === 'de' && s.is(i - 1, 'determiners') && creditedBefore(s, i, end)) return;
  const first = s.sentenceStart(i);
  if (!s.is(first, 'determiners')) return;
  const p = s.nounPhrase(first);
  if (!p || p.to >= i || s.isNoun(p.head, 'genericNouns') || !s.namesBetween(p.from, p.to)) return;
  s.add('work', first, p, { head: s.tokens[p.head].text, to: end });
}

/** How many participles and adjectives may stand between German credit and its noun: "die von Ihnen verantwortete neue Studie". */
const MAX_ATTRIBUTES = 2;

/**
 * German puts credit inside the noun phrase, between the article and the noun: "Die unter Ihrer Leitung
 * erfolgte Inbetriebnahme der Großwärmepumpe am Donauufer", "die von Ihnen verantwortete Studie zur ...".
 */
function creditedBefore(s: Scan, i: number, end: number): boolean {
  let k = end + 1;
  for (let n = 0; n < MAX_ATTRIBUTES && k < s.tokens.length && s.same(i, k) && s.tokens[k].kind === 'word' && !s.tokens[k].cap; n++) k++;
  if (k === end + 1 || !s.same(i, k)) return false;
  const p = s.nounPhrase(k);
  if (!p || s.isNoun(p.head, 'genericNouns') || !s.namesBetween(p.from, p.to)) return false;
  s.add('work', i - 1, p, { head: s.tokens[p.head].text });
  return true;
}

/**
 * "Le redressement de la filière export des Brasseries Hennuyères, que vous avez piloté": in French, German and
 * Spanish a relative clause set off by a comma may speak of the thing its sentence opens with, when that
 * thing names something.
 */
function openingThingBefore(s: Scan, i: number): { at: number; end: number } | undefined {
  if (!s.is(i - 1, 'relativeWords') || s.tokens[i - 2]?.text !== ',' || !s.same(i - 2, i)) return undefined;
  const first = s.sentenceStart(i);
  if (!s.is(first, 'determiners')) return undefined;
  const p = s.nounPhrase(first);
  if (!p || p.to !== i - 3 || s.isNoun(p.head, 'genericNouns') || !s.namesBetween(p.from, p.to)) return undefined;
  return { at: p.from, end: p.to };
}

/**
 * "the thread you started on webhook retries", "the case study your team published on nurse turnover": the
 * artifact before "you"/"your" at `i`, with the verb at `k`, is what they made; recorded as their work.
 */
export function artifactTheyMade(s: Scan, i: number, k: number): boolean {
  const before = artifactBefore(s, i);
  if (!before) return false;
  // "the Figma plugin you built": the names before the artifact say which.
  while (before.at > 0 && s.same(before.at - 1, before.at) && s.isName(before.at - 1) && !s.isFunction(before.at - 1)) before.at--;
  const named = before.end > before.at;
  const about = !named && s.is(k + 1, 'complementWords') ? s.nounPhrase(k + 2) : undefined;
  const artifact = s.text(before.at, before.end);
  const phrase = about ? `${artifact} ${s.tokens[k + 1].text} ${s.phraseText(about)}` : artifact;
  s.add('work', before.at, { from: before.at, to: before.end, head: before.at }, { to: about?.to ?? k, phrase });
  return true;
}

/** An artifact noun and its number just before "of your": "episode 112 of your podcast", "chapter 3 of your book". */
export function numberedPartBefore(s: Scan, i: number): number {
  const part = i - 3;
  return part >= 0 && s.same(part, i) && s.is(i - 1, 'ofWords') && /^\d+$/.test(s.tokens[i - 2].text) && s.isNoun(part, 'artifactNouns') ? part : -1;
}

/**
 * An artifact just before "you" and its relative word: "the post (that) you wrote", "den Artikel, den Sie";
 * with the names that follow it ("Episode 87 of Ops Unfiltered, where you..."), `end` is its last name.
 */
export function artifactBefore(s: Scan, i: number): { at: number; end: number } | undefined {
  let j = i - 1;
  if (s.is(j, 'relativeWords') || s.is(j, 'determiners')) j--;
  if (s.tokens[j]?.text === ',') j--;
  // "case study", "pull request": the artifact may be two words.
  if (j >= 0 && s.same(j, i) && s.isNoun(j, 'artifactNouns') && !s.is(j - 1, 'verbMarkers')) return { at: j > 0 && s.same(j - 1, j) && s.at(j - 1, 'artifactNouns') === 2 ? j - 1 : j, end: j };
  let k = j;
  // A title may hold a capitalised article: "Les Bâtisseurs", "The Changelog".
  const titleWord = (k: number) => s.isName(k) || /^\d+$/.test(s.tokens[k].text) || (s.tokens[k].cap && s.isFunction(k) && s.isName(k + 1));
  for (let steps = 0; steps < MAX_NAME_AFTER_ARTIFACT && k > 0 && s.same(k, i) && titleWord(k); steps++) k--;
  if (k === j) return topicBefore(s, i, j) ?? namedThingBefore(s, i) ?? thingBeforeYou(s, i);
  // "Episode 87 of Ops Unfiltered", "the thread on Hacker News"; or named right after it: "le podcast Génération DIY".
  if (s.is(k, 'ofWords') || s.is(k, 'complementWords')) {
    k--;
    if (/^\d+$/.test(s.tokens[k]?.text ?? '')) k--;
  }
  if (k >= 0 && s.same(k, i) && s.isNoun(k, 'artifactNouns')) return { at: k, end: j };
  return namedThingBefore(s, i) ?? thingBeforeYou(s, i);
}

/** How many words the thing a relative clause speaks of may have: "La reorganización de rutas de transporte público en Zapopan". */
const MAX_THING_WORDS = 10;
/** How far into the clause after "you" a name may stand: "que vous pilotez sur l'île de Nantes". */
const MAX_CLAUSE_WORDS = 10;

/**
 * "Le chantier que vous pilotez sur l'île de Nantes", "La reorganización de rutas en Zapopan que usted
 * coordinó", "Ihre Umstellung der Disposition auf SAP IBP, die Sie ... skizziert haben", "the timber school
 * you designed in Lyon": a noun phrase that a relative clause with "you" as its subject speaks of is what they
 * did, when the phrase or the clause names something and the verb is not what every reader does ("the results
 * you want", "les défis que vous rencontrez").
 */
export function thingBeforeYou(s: Scan, i: number): { at: number; end: number } | undefined {
  const relative = s.is(i - 1, 'relativeWords');
  if (!relative && s.lang !== 'en') return undefined;
  // English leaves out the relative word only right after its noun: "the timber school you designed". After a comma
  // "you" opens a main clause ("As a farmer, you already know ..."), and what stands before it is no thing of theirs.
  if (!relative && s.tokens[i - 1]?.text === ',') return undefined;
  // Without it, "you" must be the clause's subject, a verb after it: "a big thank you to everyone" is no clause.
  if (!relative && !s.isContent(i + 1)) return undefined;
  return thingBeforeClause(s, relative ? i - 1 : i, i, everyoneDoes(s, i));
}

/** "La digitalización del padrón que impulsó usted en Cáceres": Spanish may put "usted" after the verb. */
export function thingBeforeInvertedYou(s: Scan, i: number): { at: number; end: number } | undefined {
  if (!s.is(i - 2, 'relativeWords') || !s.isContent(i - 1) || !s.same(i - 2, i)) return undefined;
  return thingBeforeClause(s, i - 2, i, s.is(i - 1, 'everyoneVerbs'));
}

/** "el rediseño del flujo de carga de la SUBE que lideraste": a verb whose ending says "you", right after its relative word. */
export function thingBeforeYourVerb(s: Scan, verb: number): { at: number; end: number } | undefined {
  if (!s.is(verb - 1, 'relativeWords') || !s.same(verb - 1, verb)) return undefined;
  const thing = thingBeforeClause(s, verb - 1, verb, s.is(verb, 'everyoneVerbs'));
  // "la charla que diste en el Congreso de Cardiología": a thing that names nothing leaves the naming to what follows the verb.
  return thing && s.namesBetween(thing.at, thing.end) ? thing : undefined;
}

/** "La généralisation des zones 30 à Grenoble, que votre service a conduite": their team as the clause's subject. */
export function thingBeforeOwners(s: Scan, your: number, owner: number): { at: number; end: number } | undefined {
  if (!s.is(your - 1, 'relativeWords')) return undefined;
  return thingBeforeClause(s, your - 1, owner, everyoneDoes(s, owner));
}

/** The noun phrase that ends just before the clause opening at `clause`, whose subject is at `subject`. */
function thingBeforeClause(s: Scan, clause: number, subject: number, commonVerb: boolean): { at: number; end: number } | undefined {
  let end = clause - 1;
  if (s.tokens[end]?.text === ',') end--;
  if (end < 0 || !s.same(end, subject) || !s.isContent(end) || s.tokens[end].possessive || commonVerb) return undefined;
  for (let d = Math.max(0, end - MAX_THING_WORDS); d < end; d++) {
    if (!s.same(d, subject) || !(s.is(d, 'determiners') || isYour(s, d))) continue;
    const p = s.nounPhrase(isYour(s, d) ? d + 1 : d, { complements: 3 });
    if (!p || p.to !== end) continue;
    if (s.isNoun(p.head, 'genericNouns') || s.isNoun(p.head, 'praiseNouns')) return undefined;
    return s.namesBetween(p.from, p.to) || clauseNames(s, subject) ? { at: p.from, end: p.to } : undefined;
  }
  return undefined;
}

/** Whether the verb of the clause after "you" at `i` is what every reader does: the first content word, German's last. */
function everyoneDoes(s: Scan, i: number): boolean {
  let verb = -1;
  for (let k = i + 1; k <= i + MAX_CLAUSE_WORDS && k < s.tokens.length && s.same(i, k) && s.tokens[k].kind !== 'punct'; k++) {
    // German ends the clause on its auxiliary: the verb is the word before it ("die Sie ... skizziert haben").
    if ((s.isFunction(k) && !s.is(k, 'everyoneVerbs')) || (s.lang === 'de' && s.is(k, 'perfectAux'))) continue;
    verb = k;
    if (s.lang !== 'de') break;
  }
  return verb < 0 || s.is(verb, 'everyoneVerbs');
}

/** Whether the clause after "you" at `i` names something, up to its end. */
function clauseNames(s: Scan, i: number): boolean {
  for (let k = i + 1; k <= i + MAX_CLAUSE_WORDS && k < s.tokens.length && s.same(i, k); k++) {
    if (s.tokens[k].text === ',' || s.tokens[k].text === ';') return false;
    if (s.namesBetween(k, k)) return true;
  }
  return false;
}

/** How many words the topic between an artifact and "you" may have: "the piece on cold-chain audits you put out". */
const MAX_TOPIC_BEFORE_YOU = 4;

/**
 * "the piece on cold-chain audits you put out in March", "el informe sobre fletes que publicaste": the
 * artifact with its topic just before "you" (`end` is the topic's last word), the artifact after an article.
 */
function topicBefore(s: Scan, i: number, end: number): { at: number; end: number } | undefined {
  let k = end;
  for (let n = 0; n < MAX_TOPIC_BEFORE_YOU && k > 0 && s.same(k, i) && s.isContent(k) && !s.is(k, 'complementWords'); n++) k--;
  if (k === end || !s.is(k, 'complementWords') || !s.same(k, i)) return undefined;
  const artifact = k - 1;
  if (!s.isNoun(artifact, 'artifactNouns') || !s.is(artifact - 1, 'determiners') || !s.same(artifact - 1, i)) return undefined;
  return { at: artifact, end };
}

/** How many words a named thing of theirs may have: "the ECMO transport protocol". */
const MAX_NAMED_THING = 5;

/**
 * "the ECMO transport protocol your team put together": in English, a thing that "the" opens and that names
 * something, just before "you"/"your", is theirs whatever its noun; without a name ("the results you want")
 * it is every reader's.
 */
function namedThingBefore(s: Scan, i: number): { at: number; end: number } | undefined {
  if (s.lang !== 'en') return openingThingBefore(s, i);
  const end = s.is(i - 1, 'relativeWords') ? i - 2 : i - 1;
  if (end < 0 || !s.same(end, i) || !s.isContent(end) || s.tokens[end].possessive) return undefined;
  let at = end;
  while (at > 0 && end - at < MAX_NAMED_THING && s.same(at - 1, i) && s.isContent(at - 1)) at--;
  if (s.tokens[at - 1]?.lower !== 'the' || !s.same(at - 1, i)) return undefined;
  return s.namesBetween(at, end) && !s.isNoun(end, 'genericNouns') ? { at, end } : undefined;
}

/** How many names or figures may follow the artifact: "Episode 87", "keynote at SREcon EU". */
const MAX_NAME_AFTER_ARTIFACT = 4;
