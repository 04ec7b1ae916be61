/**
 * A fact about their company that the writer looked up: "die Ostwind Netze AG betreibt ihre Netzleitstelle
 * auf einer selbst entwickelten Open-Source-Plattform", "I've worn a Tidepool Drift 40 backpack since 2019".
 * The sentence names the company as its subject (of the sentence or of a that-clause), after "at"/"bei"/"chez" or an article, and names something
 * else too (a figure or a name); praise and guesses ("Acme is an amazing company", "at Acme you
 * probably...") and questions are what every template says.
 */
import { objectOf, type Mention } from './news';
import type { Scan } from './scan';

/** How far after the company the named thing may stand, in words. */
const MAX_FACT_DISTANCE = 12;

export function companyFact(s: Scan, m: Mention): boolean {
  if (s.isQuestion(m.from) || !placedAsSubjectOrSite(s, m)) return false;
  const { tokens } = s;
  for (let j = s.sentenceStart(m.from); j < tokens.length && s.same(j, m.from); j++) if (s.is(j, 'praiseOrGuessWords')) return false;
  for (let j = m.to + 1; j <= m.to + MAX_FACT_DISTANCE && j < tokens.length && s.same(j, m.from); j++) {
    if (!named(s, j)) continue;
    // What the fact is about: what the company does ("betreibt ... ein eigenes Prüflabor in Cottbus"), the thing
    // of theirs the name is part of ("the Acme Nimbus 9 lifts"), else the phrase at the name.
    const about = opensSentence(s, m) ? objectOf(s, m.to + 1) : s.nounPhrase(m.to + 1);
    const p = about && about.to >= j ? about : (s.nounPhrase(j) ?? { from: j, to: j, head: j });
    s.add('company', m.from, p, { who: m.text, where: m.text, phrase: s.phraseText(p) });
    return true;
  }
  return false;
}

function opensSentence(s: Scan, m: Mention): boolean {
  const before = s.is(m.from - 1, 'determiners') ? m.from - 2 : m.from - 1;
  return before < 0 || !s.same(before, m.from);
}

/** The company opens its sentence (after an article), or follows "at"/"bei"/"chez"/"en", or an article in English ("a Tidepool backpack"). */
function placedAsSubjectOrSite(s: Scan, m: Mention): boolean {
  const before = m.from - 1;
  // "dass Brandt Fenster jetzt auch in Polen fertigt", "that Acme now ships from Rotterdam": the subject of a that-clause.
  if (opensSentence(s, m) || s.is(before, 'atWords') || (s.is(before, 'readInThat') && !s.is(before, 'complementWords'))) return true;
  return s.lang === 'en' && s.is(before, 'determiners');
}

/**
 * A figure or a name: something a template would not know. A word missing from the frequency list may be a
 * verb form, and a year ("since 2019") says when, not what.
 */
function named(s: Scan, j: number): boolean {
  const t = s.tokens[j];
  if (t.kind !== 'word' || s.isFunction(j) || /^(?:19|20)\d\d$/.test(t.text)) return false;
  return /\d/.test(t.text) || s.isName(j);
}
