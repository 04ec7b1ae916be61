/**
 * A role or a task given to them, the reader as its receiver: "man hat Ihnen die Leitung des neuen Werks in
 * Zwickau übertragen", "on vous a confié la refonte du réseau de bus de Namur", "le encargaron la apertura de la
 * planta de Zaragoza", "the audit panel asked you to rebuild the Harlow scoring matrix".
 */
import { isYou, MAX_PARTICIPLE_DISTANCE } from './reader';
import type { Scan } from './scan';

/** How far the task may run after the verb. */
const REACH = 12;

export function findEntrusted(s: Scan): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (!s.is(i, 'readerObjectWords') || s.isQuestion(i)) continue;
    // German "Ihnen" is the reader only capitalised.
    if (s.lang === 'de' && !tokens[i].cap) continue;
    // English says "you" as the object after the verb: "asked you to", "handed you the".
    if (s.lang === 'en' && !(isYou(s, i) && s.is(i - 1, 'entrustVerbs'))) continue;
    // "Ihnen ... übertragen": German ends the clause with the participle.
    for (let k = Math.max(0, i - 2); k <= i + MAX_PARTICIPLE_DISTANCE && k < tokens.length; k++) {
      if (!s.same(k, i) || !s.is(k, 'entrustVerbs')) continue;
      // "I asked you to send...", "je vous ai demandé": what the writer gave them is no role of theirs.
      if (byWriter(s, Math.min(i, k))) break;
      // The task: what follows the reader in English and Romance ("to rebuild the scoring matrix", "la refonte de...");
      // in German what stands between the reader and the participle at the end.
      const from = s.lang === 'de' ? i + 1 : Math.max(i, k) + 1;
      const to = s.lang === 'de' ? k - 1 : Math.min(tokens.length - 1, from + REACH);
      let end = from;
      while (end < to && s.same(end + 1, i) && tokens[end + 1].text !== ',' && tokens[end + 1].text !== ';') end++;
      if (end >= from && s.namesBetween(from, end)) {
        // "asked you to rebuild the procurement scoring matrix": the task is the infinitive's object.
        const first = tokens[from].lower === 'to' ? from + 2 : from;
        const p = s.nounPhrase(first) ?? { from: first, to: end, head: first };
        s.add('work', Math.min(i, k), p, { head: tokens[k].text, to: Math.max(i, k) });
      }
      break;
    }
  }
}

/** How far before the reader or the verb the writer as subject is looked for. */
const WRITER_REACH = 3;

/** "I asked you", "wir haben Ihnen ... übergeben", "nous vous avons confié"; French "on vous a confié" is impersonal. */
function byWriter(s: Scan, at: number): boolean {
  for (let j = Math.max(0, at - WRITER_REACH); j < at; j++) {
    if (!s.same(j, at) || s.tokens[j].lower === 'on') continue;
    if (s.is(j, 'firstPersonWords') || s.is(j, 'usWords')) return true;
  }
  return false;
}
