/**
 * The writer, or someone named, as one who uses them: "je suis patiente chez vous à Vannes", "I've been a member of your Leith
 * climbing wall since it opened", "soy clienta de la farmacia desde hace años". Someone who walks through their
 * door knows them first-hand; a template does not claim to. Not a fan ("je suis fan de votre travail" is praise)
 * nor a compound ("a customer success manager"), nor what every profile has ("a member of your network").
 */
import { inMention, mentionAt } from './company-mentions';
import { modalOrFuture, writersVerb, writerWord } from './phrase-checks';
import { isYou, isYour, readerAfterPreposition } from './reader';
import type { Scan } from './scan';

/** How many words may stand between the writer's "I am" and what they are: "I've been a loyal, paying". */
const MAX_TO_NOUN = 4;
/** How far after what they are the reader or their company may stand: "clienta desde hace años de la farmacia". */
const MAX_TO_THEM = 5;

export function findPatronage(s: Scan, company: string | undefined): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (namedUserBefore(s, i, company)) return;
    if (!s.isNoun(i, 'patronNouns') || s.isQuestion(i)) continue;
    // "a customer success manager": in English a noun after it makes it a modifier (German writes one word).
    if (s.lang === 'en' && s.isContent(i + 1) && s.same(i, i + 1) && tokens[i + 1].kind === 'word' && !s.isFunction(i + 1)) continue;
    // "als Stammkundin hab ich gemerkt, dass ...": said to them, "as" one of theirs is theirs already.
    if (asTheirs(s, i)) {
      s.add('company', i, { from: i, to: i, head: i }, { phrase: '' });
      return;
    }
    if (!writerIs(s, i)) continue;
    const them = themAfter(s, i, company);
    if (them < 0) continue;
    s.add('company', i, { from: i, to: them, head: i }, { phrase: '', to: them });
    return;
  }
}

/** How far "as" may stand before what they are ("as a longtime customer"), and the writer after it ("als Stammkundin hab ich"). */
const MAX_AS_REACH = 3;

/** "As a regular, I...", "als Stammkundin hab ich", "en tant que patiente, je": "as" before the noun, the writer right after it. */
function asTheirs(s: Scan, noun: number): boolean {
  let as = false;
  for (let j = noun - 1; j >= noun - MAX_AS_REACH && j >= 0 && s.same(j, noun); j--) {
    const length = s.at(j, 'asWords');
    if (length && j + length <= noun) {
      as = true;
      break;
    }
  }
  if (!as) return false;
  for (let k = noun + 1; k <= noun + MAX_AS_REACH && k < s.tokens.length && s.same(noun, k); k++) if (s.is(k, 'firstPersonWords')) return true;
  return false;
}

function writerIs(s: Scan, noun: number): boolean {
  for (let j = noun - 1; j >= noun - MAX_TO_NOUN - 2 && j >= 0 && s.same(j, noun); j--) {
    const length = s.at(j, 'writerIsWords');
    if (length && j + length <= noun && j + length >= noun - MAX_TO_NOUN) return true;
    if (s.tokens[j].kind === 'punct') return false;
  }
  return false;
}

/** Where the reader or their company stands after the noun, in its clause; -1 when neither does. */
function themAfter(s: Scan, noun: number, company: string | undefined): number {
  for (let k = noun + 1; k <= noun + MAX_TO_THEM && k < s.tokens.length && s.same(noun, k) && s.tokens[k].kind !== 'punct'; k++) {
    if (isYour(s, k)) return s.isNoun(k + 1, 'genericNouns') ? -1 : k + 1;
    // "chez vous", "bei Ihnen", "de ustedes": the reader after a preposition.
    if (isYou(s, k) || readerAfterPreposition(s, k) || mentionAt(s, company, k)) return k;
  }
  return -1;
}

/** How many tokens a named user and its verb may take before "your": "L'EHPAD Les Glycines, à Vienne, travaille avec". */
const MAX_USER_CLAUSE = 12;

/**
 * Someone named who uses them, as the subject of its clause: "les Cycles Gaston à Annecy montent tes cadres en
 * bambou", "L'EHPAD Les Glycines, à Vienne, travaille avec vous depuis cinq ans", "The Harbour Inn pours your cider".
 * `i` is "your" before a thing of theirs that is not generic, or "you" after a preposition. The clause before it opens
 * the sentence, names someone who is neither the writer nor their company, and holds no writer, guess or question.
 */
function namedUserBefore(s: Scan, i: number, company: string | undefined): boolean {
  const yours = isYour(s, i) && s.isContent(i + 1) && !s.isNoun(i + 1, 'genericNouns') && s.same(i, i + 1);
  const withYou = readerAfterPreposition(s, i) || ((s.is(i - 1, 'complementWords') || s.is(i - 1, 'atWords')) && isYou(s, i));
  if ((!yours && !withYou) || s.isQuestion(i)) return false;
  const start = s.sentenceStart(i);
  if (i - start > MAX_USER_CLAUSE || !s.isContent(i - (withYou ? 2 : 1))) return false;
  // "En Tiendanet armamos tu e-commerce": a clause that opens on a preposition has no named subject.
  if (s.is(start, 'complementWords') || s.is(start, 'atWords')) return false;
  let named = false;
  for (let k = start; k < i; k++) {
    // Spanish says "we" by the verb's ending: "armamos", "ofrecemos".
    if (writerWord(s, k) || writersVerb(s, k) || isYou(s, k)) return false;
    if (s.is(k, 'praiseOrGuessWords') || s.is(k, 'hypotheticalVerbs') || modalOrFuture(s, k) || s.is(k, 'crowdWords') || s.at(k, 'everywhereWords')) return false;
    if (inMention(s, company, k)) return false;
    // "für eine Kanzlei Ihrer Größe": a kind of business after "a" is any of them, not one named.
    if (s.isName(k) && k > start && !s.is(k - 1, 'indefiniteArticles')) named = true;
  }
  if (!named) return false;
  const thing = yours ? s.nounPhrase(i + 1, { complements: 1 }) : undefined;
  s.add('company', start, thing ?? { from: start, to: i, head: i }, { phrase: thing ? s.phraseText(thing) : '', to: i });
  return true;
}
