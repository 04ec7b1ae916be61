/**
 * A fact about their company that the writer looked up: "die Ostwind Netze AG betreibt ihre Netzleitstelle
 * auf einer selbst entwickelten Open-Source-Plattform", "I've worn a Tidepool Drift 40 backpack since 2019".
 * The sentence names the company as its subject (of the sentence or of a that-clause), after "at"/"bei"/"chez" or an article, and names something
 * else too (a figure or a name); praise and guesses ("Acme is an amazing company", "at Acme you
 * probably...") and questions are what every template says.
 */
import type { Mention } from './company-mentions';
import { objectOf } from './news';
import { isYear } from './phrase-checks';
import type { Phrase, Scan } from './scan';

/** How far around the company praise or a guess is looked for, in words: a run-on sentence stays linear. */
const PRAISE_REACH = 40;
/** How far after the company the named thing may stand, in words. */
const MAX_FACT_DISTANCE = 12;

export function companyFact(s: Scan, m: Mention): boolean {
  if (s.isQuestion(m.from)) return false;
  if (thingAtThem(s, m)) return true;
  if (!placedAsSubjectOrSite(s, m)) return false;
  const { tokens } = s;
  // "l'Agence du Parc pourrait obtenir les mêmes résultats", "dass das Autohaus Kramer von unserer Lösung
  // profitieren könnte".
  const [first, last] = s.window(m.from, m.to, PRAISE_REACH);
  for (let j = first; j <= last; j++) if (s.is(j, 'praiseOrGuessWords')) return false;
  if (pitchedAt(s, m)) return false;
  if (doesWhatEveryCompanyDoes(s, m)) return false;
  for (let j = m.to + 1; j <= m.to + MAX_FACT_DISTANCE && j < tokens.length && s.same(j, m.from); j++) {
    // "im Bereich Logistik tätig", "in the field of Robotics": the name of a field says what kind of company, not what it does.
    if (!named(s, j) || s.isNoun(j - 1, 'genericNouns')) continue;
    // What the fact is about: what the company does ("betreibt ... ein eigenes Prüflabor in Cottbus"), the thing
    // of theirs the name is part of ("the Acme Nimbus 9 lifts"), else the phrase at the name.
    const about = opensSentence(s, m) ? objectOf(s, m.to + 1) : s.nounPhrase(m.to + 1);
    const p = about && about.to >= j ? about : (s.nounPhrase(j) ?? { from: j, to: j, head: j });
    s.add('company', m.from, p, { who: m.text, where: m.text, phrase: s.phraseText(p) });
    return true;
  }
  return concreteClause(s, m);
}

/**
 * The clause the company opens, up to its first comma or relative word ("..., which none of our suppliers will
 * do" is another clause), says what could or would happen to them: a pitch. What will happen is news ("Acme will
 * open a Leeds depot in May").
 */
function pitchedAt(s: Scan, m: Mention): boolean {
  // German relative pronouns are its articles, and its relative clauses are set off by commas anyway.
  const relative = (j: number) => s.lang !== 'de' && s.is(j, 'relativeWords');
  for (let j = m.to + 1; j < s.tokens.length && s.same(j, m.from) && s.tokens[j].kind !== 'punct' && !relative(j); j++) if (s.is(j, 'hypotheticalVerbs')) return true;
  return false;
}

/** How many words the thing before "at" may have: "the leakage turnaround at Tavistock Water". */
const MAX_THING_BEFORE_AT = 3;

/**
 * "Having followed the turnaround at Tavistock Water", "la migration chez Globex": one particular thing
 * (after "the", not "a" or "your"), placed at their company. Not "the team at Acme" or "the role at Acme"
 * (generic nouns), "the years at Acme" (time), "our rollout at Acme" (the writer's), or praise before it.
 */
function thingAtThem(s: Scan, m: Mention): boolean {
  const at = m.from - 1;
  const head = at - 1;
  if (!s.is(at, 'atWords') || !s.same(head, at) || s.tokens[head].kind !== 'word' || !s.isContent(head)) return false;
  if (s.isNoun(head, 'genericNouns') || s.isNoun(head, 'timeNouns') || s.isName(head)) return false;
  let d = head - 1;
  while (d > head - MAX_THING_BEFORE_AT && d >= 0 && s.same(d, at) && s.tokens[d].kind === 'word' && s.isContent(d)) d--;
  // An article: "your work anniversary at Globex" is the occasion LinkedIn prompts, read elsewhere.
  if (!s.is(d, 'determiners') || s.is(d, 'indefiniteArticles') || s.is(d, 'ourWords') || s.is(d, 'yourWords') || s.is(d, 'formalYourWords') || !s.same(d, at)) return false;
  // Praise up to the name ("I admire the rollout at Acme"); a guess later in the sentence is about the reader.
  for (let j = Math.max(s.sentenceStart(at), at - MAX_CLAUSE_TOKENS); j < at; j++) if (s.is(j, 'praiseOrGuessWords')) return false;
  s.add('company', d + 1, { from: d + 1, to: m.to, head }, { who: m.text, where: m.text, phrase: s.text(d + 1, m.to) });
  return true;
}

/**
 * "Harbor Logistics is hiring dispatchers in Seattle", "Acme is growing fast": what every company is doing
 * (the lexicon's news verbs leave these out for the same reason), wherever it does it.
 */
function doesWhatEveryCompanyDoes(s: Scan, m: Mention): boolean {
  const aux = m.to + 1;
  if (s.lang === 'en') return (s.tokens[aux]?.lower === 'is' || s.tokens[aux]?.lower === 'are') && s.is(aux + 1, 'everydayProgressives');
  // "dass die Seniorenresidenz Am Park derzeit Pflegefachkräfte sucht", "en Transportes Méndez están contratando":
  // the present of the clause, German's at its end.
  for (let j = aux; j < s.tokens.length && j <= aux + MAX_FACT_DISTANCE && s.same(m.from, j) && s.tokens[j].kind !== 'punct'; j++) if (s.is(j, 'everydayProgressives')) return true;
  return false;
}

/** How far a clause about their company is read: a run-on sentence naming them often stays linear. */
const MAX_CLAUSE_TOKENS = 30;
/** Content words a clause about their company needs to say what it does rather than what it is. */
const MIN_CONCRETE_WORDS = 4;

/**
 * Their company doing something particular, in plain words: "Evergreen pays its carers for travel time
 * between visits". A template says what a company is (a leader, amazing, growing), in few words and
 * generic nouns; a writer who looked says what it does, with the things it does it with. The clause ends
 * at punctuation or "and" ("at Globex and thought I'd reach out").
 */
function concreteClause(s: Scan, m: Mention): boolean {
  const { tokens } = s;
  let words = 0;
  // What it does it with: the longest noun phrase in the clause ("every invoice on carbon paper").
  let about: Phrase | undefined;
  // "Chez Ferrovia, toute la signalisation est testée...": after a place put first, its comma opens the clause.
  const start = tokens[m.to + 1]?.text === ',' && s.is(m.from - 1, 'atWords') && opensSentence(s, { ...m, from: m.from - 1 }) ? m.to + 2 : m.to + 1;
  for (let j = start; j < tokens.length && j <= start + MAX_CLAUSE_TOKENS && s.same(j, m.from) && tokens[j].kind !== 'punct'; j++) {
    // "at Globex and thought I'd reach out": the next clause is not what their company does.
    if (s.is(j, 'andWords')) break;
    if (!s.isContent(j) || s.isNoun(j, 'genericNouns')) continue;
    words++;
    // "la biblioteca presta kits de robótica": right after the company stands its verb, not what it does it with.
    if (j === start && !s.is(j - 1, 'determiners')) continue;
    const p = s.nounPhrase(j);
    if (p && (!about || p.to - p.from > about.to - about.from)) about = p;
  }
  if (words < MIN_CONCRETE_WORDS || !about) return false;
  s.add('company', m.from, about, { who: m.text, where: m.text, phrase: s.phraseText(about) });
  return true;
}

function opensSentence(s: Scan, m: Mention): boolean {
  const before = s.is(m.from - 1, 'determiners') ? m.from - 2 : m.from - 1;
  // "seit letzter Woche ist es offiziell: Das Kaffeekombinat röstet jetzt auch in Leipzig": a colon opens a clause.
  return before < 0 || !s.same(before, m.from) || CLAUSE_OPENERS.has(s.tokens[before].text) || saysWhenUpTo(s, before);
}

/**
 * Whether the sentence opens with when, and nothing else, up to token `last`: "Desde octubre la biblioteca
 * presta...", "Since the summer, the pharmacy leaves...", "Last week Acme opened...". The subject comes after it.
 */
function saysWhenUpTo(s: Scan, last: number): boolean {
  const start = s.sentenceStart(last);
  const end = s.tokens[last]?.text === ',' ? last - 1 : last;
  const adverbial = s.at(start, 'timeAdverbials');
  if (adverbial) return start + adverbial - 1 === end;
  if (!s.is(start, 'sinceWords')) return false;
  const when = s.is(start + 1, 'determiners') ? start + 2 : start + 1;
  return when === end && (s.is(when, 'monthNames') || s.isNoun(when, 'timeNouns') || isYear(s.tokens[when]?.text ?? ''));
}

const CLAUSE_OPENERS = new Set([':', ';', '–', '—']);

/** The company opens its sentence (after an article), or follows "at"/"bei"/"chez"/"en", or an article in English ("a Tidepool backpack"). */
function placedAsSubjectOrSite(s: Scan, m: Mention): boolean {
  const before = m.from - 1;
  // "dass Brandt Fenster jetzt auch in Polen fertigt", "that Acme now ships from Rotterdam": the subject of a that-clause.
  // "dass das MVZ Rheintal ... betreibt": an article may stand between.
  const that = s.is(before, 'determiners') ? before - 1 : before;
  // "bei der Rätia Netz AG", "chez la Fromagerie Antony": an article may stand after "at" too.
  if (opensSentence(s, m) || s.is(before, 'atWords') || s.is(that, 'atWords') || (s.is(that, 'readInThat') && !s.is(that, 'complementWords'))) return true;
  // "I see Acme now delivers on Sundays", "noticed Acme publishes its fee bands": English may drop the "that".
  if (s.is(before, 'sawCues')) return true;
  // "Seit die Stadt Freiburg ihre Schulverpflegung ... aufgeteilt hat", "Desde que el Hotel Arrieta quitó el bufé".
  if (endsClass(s, that, 'clauseConjunctions')) return true;
  return s.lang === 'en' && s.is(before, 'determiners');
}

/**
 * A figure or a name: something a template would not know. A word missing from the frequency list may be a
 * verb form, and a year ("since 2019") says when, not what.
 */
function named(s: Scan, j: number): boolean {
  const t = s.tokens[j];
  if (t.kind !== 'word' || s.isFunction(j) || isYear(t.text)) return false;
  return /\d/.test(t.text) || s.isName(j);
}

/** Whether a phrase of the class ends at token `k` ("depuis que", "now that"). */
function endsClass(s: Scan, k: number, name: 'clauseConjunctions'): boolean {
  for (let length = 1; length <= 3 && k - length + 1 >= 0; length++) if (s.at(k - length + 1, name) === length) return true;
  return false;
}
