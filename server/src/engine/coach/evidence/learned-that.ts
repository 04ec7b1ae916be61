/**
 * What the reader does or did, told in a German "dass" clause: "hab in der Morgenpost gesehen, dass ihr in der
 * Simon-Dach-Straße die dritte Filiale aufmacht", "in der Main-Post stand, dass Sie die alte Flaschenabfüllung in
 * Kitzingen stilllegen", "dass Sie die Nachtschicht im Lager Bremerhaven abgeschafft haben". Any verb will do, at
 * the clause's end, with a thing of theirs as its object, when the clause names someone or something other than
 * their company, counts something, or says it changed ("jetzt", "nicht mehr"): what a template cannot know.
 * A thing of theirs may be the subject ("dass Ihre Lkw seit ein paar Wochen nicht mehr vor sechs Uhr über den
 * Kreisel fahren"). Not what every reader does ("dass Sie ... suchen"), nor what they are.
 */
import { otherName } from './phrase-checks';
import { isYou, isYour } from './reader';
import type { Scan } from './scan';
import { objectBetween } from './work';

/** How far a German clause is read for its final verb. */
const MAX_CLAUSE = 16;

/** `from` is the word after "dass"; `cue` the word the evidence starts at. */
export function learnedThatYou(s: Scan, cue: number, from: number, company: string | undefined): void {
  const { tokens } = s;
  // After "dass", lower-case "ihr" before a lower-case word is "you all" ("dass ihr in der ..."), not "her".
  const reader = isYou(s, from) || (tokens[from]?.lower === 'ihr' && tokens[from + 1]?.kind === 'word' && !tokens[from + 1].cap);
  // "dass euer Verein ... geschaffen hat", "dass Ihre Lkw ... nicht mehr ... fahren": a thing of theirs as the subject.
  const theirs = !reader && isYour(s, from) ? s.nounPhrase(from + 1, { complements: 1 }) : undefined;
  if ((!reader && !theirs) || s.isQuestion(from)) return;
  let end = from + 1;
  while (end + 1 <= from + MAX_CLAUSE && end + 1 < tokens.length && s.same(from, end + 1) && tokens[end + 1].kind !== 'punct') end++;
  // "abgeschafft haben": a perfect puts its participle before the auxiliary.
  if (s.is(end, 'perfectAux') && tokens[end - 1]?.kind === 'word' && !tokens[end - 1].cap) end--;
  const verb = tokens[end];
  // "dass Sie in München tätig sind": what they are, as every profile says.
  if (end <= from + 1 || verb.kind !== 'word' || verb.cap || s.is(end, 'everyoneVerbs') || s.is(end, 'copulas')) return;
  let named = -1;
  let changed = false;
  for (let j = from + 1; j < end; j++) {
    if (named < 0 && (otherName(s, j, company) || ((s.is(j, 'numberWords') || /\d/.test(tokens[j].text)) && !s.isNoun(j + 1, 'timeNouns')))) named = j;
    // "nicht mehr vor sechs Uhr", "jetzt auch sonntags": a change of theirs says as much as a name.
    if (s.at(j, 'changeAdverbs')) changed = true;
  }
  if (named < 0 && !changed) return;
  // "dass ihr in Köln neue Leute einstellt", "dass Sie auf der LogiMAT ausstellen": with no thing of theirs (an
  // article opens it) the clause says what every company hiring or exhibiting does.
  const object = objectBetween(s, (theirs?.to ?? from) + 1, end);
  if (!object && theirs && theirs.to < end && !s.isNoun(theirs.head, 'genericNouns')) {
    // "dass Ihre Praxis täglich etwa 30 Anrufe ... bekommt": no article opens what it does; what it counts or
    // names is the hook, and the clause is a fact about a thing of theirs, not news to congratulate on.
    const counted = named >= 0 ? s.nounPhrase(named) : undefined;
    s.add('company', cue, counted && counted.to < end ? counted : theirs, { head: verb.text, to: end });
    return;
  }
  if (!object || s.isNoun(object.head, 'genericNouns')) return;
  // "in der Simon-Dach-Straße die dritte Filiale": where it is stands before what; a subject says it after.
  const place = named >= 0 && named < object.from ? placeOf(s, named) : undefined;
  s.add('news', cue, object, { head: verb.text, to: end, phrase: place ? `${s.phraseText(object)} ${place}` : undefined });
}

/** How far back from a name its preposition may stand: "in der Simon-Dach-Straße". */
const MAX_TO_PREPOSITION = 3;

/** The prepositional phrase that ends at the name at `named`, as written ("in der Simon-Dach-Straße"). */
function placeOf(s: Scan, named: number): string | undefined {
  for (let j = named - 1; j >= named - MAX_TO_PREPOSITION && s.same(j, named); j--) if (s.is(j, 'complementWords')) return s.text(j, named);
  return undefined;
}
