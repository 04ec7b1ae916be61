/**
 * A news noun with a name in its phrase: someone's particular news ("the Brightsmile acquisition in Leeds",
 * "la adquisición de Bodegas Altamira"), unless it is the writer's own.
 */
import { isYour } from './reader';
import { writersVerb } from './phrase-checks';
import type { Scan } from './scan';

/** How far after "your" + its noun the name that says which news may stand: "durch die Nordpak-Gruppe". */
const MAX_TO_NAME = 6;

/**
 * "mit der Übernahme Ihres Hauses durch die Nordpak-Gruppe", "the acquisition of your firm by Halvard": a news
 * noun whose complement is theirs, and a name in it that says which.
 */
function theirsByName(s: Scan, i: number): boolean {
  const own = s.is(i + 1, 'ofWords') ? i + 2 : i + 1;
  if (!s.same(i, own) || !isYour(s, own) || s.isQuestion(i)) return false;
  for (let j = own + 2; j <= own + 1 + MAX_TO_NAME && j < s.tokens.length && s.same(i, j); j++) {
    if (s.tokens[j].kind === 'punct') return false;
    if (s.isName(j)) {
      s.add('news', i, { from: i, to: j, head: i }, { head: s.tokens[i].text, where: s.tokens[j].text });
      return true;
    }
  }
  return false;
}

/** How many words a name may have before a news noun: "the Brightsmile Dental acquisition". */
const MAX_NAME_BEFORE_NEWS = 3;

/**
 * A news noun with a name in its phrase is someone's particular news: "the Brightsmile acquisition in Leeds",
 * "la adquisición de Bodegas Altamira". Not the
 * writer's own ("our acquisition by Oracle"), and not a bare noun ("an acquisition", "the expansion").
 */
export function namedNews(s: Scan, i: number): void {
  if (writersHonour(s, i)) return;
  if (theirsByName(s, i)) return;
  // "the Okta rollout checklist": a news noun before another noun only says what kind of thing that is.
  // "That Leeds cross-dock rollout finished early": a past form after it is its verb, not a noun it qualifies.
  if (s.same(i, i + 1) && s.isContent(i + 1) && !s.is(i + 1, 'complementWords') && s.tokens[i + 1].kind === 'word' && !s.isName(i + 1) && !pastForm(s, i + 1)) return;
  let from = i;
  while (from > i - MAX_NAME_BEFORE_NEWS && s.same(from - 1, i) && s.isName(from - 1)) from--;
  // "the Leeds depot rollout": a plain word may stand between the name and the noun.
  if (from === i && s.same(i - 2, i) && s.isContent(i - 1) && !s.tokens[i - 1].cap && s.tokens[i - 1].kind === 'word' && s.isName(i - 2)) {
    from = i - 2;
    while (from > i - 1 - MAX_NAME_BEFORE_NEWS && s.same(from - 1, i) && s.isName(from - 1)) from--;
  }
  const opener = from - 1;
  if (from < i) {
    if (!s.is(opener, 'determiners') || s.is(opener, 'ourWords')) return;
    s.add('news', from, s.nounPhrase(from) ?? { from, to: i, head: i }, { head: s.tokens[i].text, who: s.text(from, i - 1) });
    return;
  }
  if (s.is(i - 1, 'ourWords')) return;
  // "the investment from Ascent Growth", "la levée de 12 millions d'euros": a particular one, by a name or a
  // figure in its complement, after an article that says which ("an expansion into Europe" is any).
  // "the cross-dock redesign at the Daventry site": one plain word may qualify the noun.
  const det = s.isContent(i - 1) && !s.tokens[i - 1].cap && s.tokens[i - 1].kind === 'word' && s.same(i - 2, i) ? i - 2 : i - 1;
  // "nuestro cliente ... en su planta de Zaragoza": a "your" that is someone else's says whose it is.
  if (s.is(det, 'yourWords') && !isYour(s, det)) return;
  // "die Nachricht vom Zuschlag für die 58 neuen S-Bahn-Züge": German folds the article into "vom", "zum", "beim".
  const says = (s.is(det, 'determiners') || s.is(det, 'definiteArticles')) && !s.is(det, 'indefiniteArticles') && !s.is(det, 'ourWords');
  if (says && s.is(i + 1, 'complementWords')) {
    const p = s.nounPhrase(det + 1, { complements: 1, headAt: i });
    if (p && p.to > i + 1 && s.namesBetween(i + 2, p.to)) {
      s.add('news', det + 1, p, { head: s.tokens[i].text });
      return;
    }
  }
  // "la adquisición de Bodegas Altamira": the name follows "of"; an article may stand between.
  if (!s.is(i + 1, 'ofWords')) return;
  const name = i + 2 + (s.is(i + 2, 'determiners') ? 1 : 0);
  if (!s.same(i, name) || !s.isName(name)) return;
  const p = s.nounPhrase(i, { complements: 1 });
  if (p && p.to >= name) s.add('news', i, p, { head: s.tokens[i].text });
}

/** How far before the news noun its writer may stand: "We now operate six sites, employ over 140 staff and were shortlisted for...". */
const MAX_HONOUR_REACH = 24;

/**
 * "We were shortlisted for the 2025 Veterinary Employer of the Year award", "wir wurden als Arbeitgeber des
 * Jahres ausgezeichnet", "we're excited to announce our new range, the SW-X series": an honour the writer
 * received or a launch they announce, before the news noun in its sentence, with "you" nowhere there.
 */
function writersHonour(s: Scan, i: number): boolean {
  let honour = false;
  let writer = false;
  for (let j = i - 1; j >= 0 && j >= i - MAX_HONOUR_REACH && s.same(j, i); j--) {
    if (s.is(j, 'yourWords') || s.is(j, 'youWords') || s.is(j, 'sawCues') || s.is(j, 'readIn')) return false;
    // "este año recibimos el premio": Spanish says "we" in the verb itself.
    if (s.is(j, 'honourVerbs')) honour = true;
    if (s.is(j, 'usWords') || s.is(j, 'firstPersonWords') || s.is(j, 'ourWords') || writersVerb(s, j)) writer = true;
  }
  return honour && writer;
}

/** An English past form ("finished", "launched", or a news or work verb: "went live"), as the noun phrases read it too. */
function pastForm(s: Scan, k: number): boolean {
  const w = s.tokens[k].lower;
  return s.lang === 'en' && !s.tokens[k].cap && ((w.length > 4 && w.endsWith('ed')) || s.is(k, 'newsVerbs') || s.is(k, 'workVerbs'));
}
