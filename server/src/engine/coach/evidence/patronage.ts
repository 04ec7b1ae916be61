/**
 * The writer as one who uses them: "je suis patiente chez vous à Vannes", "I've been a member of your Leith
 * climbing wall since it opened", "soy clienta de la farmacia desde hace años". Someone who walks through their
 * door knows them first-hand; a template does not claim to. Not a fan ("je suis fan de votre travail" is praise)
 * nor a compound ("a customer success manager"), nor what every profile has ("a member of your network").
 */
import { companyMentionsIn } from './company-mentions';
import { isYou, isYour } from './reader';
import type { Scan } from './scan';

/** How many words may stand between the writer's "I am" and what they are: "I've been a loyal, paying". */
const MAX_TO_NOUN = 4;
/** How far after what they are the reader or their company may stand: "clienta desde hace años de la farmacia". */
const MAX_TO_THEM = 5;

export function findPatronage(s: Scan, company: string | undefined): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (!s.isNoun(i, 'patronNouns') || s.isQuestion(i) || !writerIs(s, i)) continue;
    // "a customer success manager": a noun after it makes it a modifier.
    if (s.isContent(i + 1) && s.same(i, i + 1) && tokens[i + 1].kind === 'word' && !s.isFunction(i + 1)) continue;
    const them = themAfter(s, i, company);
    if (them < 0) continue;
    s.add('company', i, { from: i, to: them, head: i }, { phrase: '', to: them });
    return;
  }
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
  const mentions = companyMentionsIn(s, company);
  for (let k = noun + 1; k <= noun + MAX_TO_THEM && k < s.tokens.length && s.same(noun, k) && s.tokens[k].kind !== 'punct'; k++) {
    if (isYour(s, k)) return s.isNoun(k + 1, 'genericNouns') ? -1 : k + 1;
    // "chez vous", "bei Ihnen", "de ustedes": the reader after a preposition.
    const afterPreposition = (s.is(k - 1, 'complementWords') || s.is(k - 1, 'atWords')) && s.is(k, 'readerObjectWords');
    if (isYou(s, k) || afterPreposition || mentions.some((m) => m.from === k)) return k;
  }
  return -1;
}
