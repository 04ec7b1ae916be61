/**
 * Whether a German, French or Spanish body addresses the reader formally (Sie, vous, usted) or
 * informally (du, tu, tú), read from its pronouns. A subject keeps the body's register; when the body
 * shows neither, it is formal, the register nobody minds.
 */
import type { CoachedLanguage } from '../language';
import { evidenceLexiconFor } from '../evidence/lexicon';
import { tuPreterite } from '../evidence/reader';
import { suggestLexiconFor, type Register } from './lexicon';

// A word with its apostrophe kept, so French "t'" is a word of its own.
const WORD = /[\p{L}\p{M}]+['’]?/gu;

export function registerOf(body: string, lang: CoachedLanguage): Register {
  if (lang === 'en') return 'formal';
  const lexicon = suggestLexiconFor(lang);
  const informal = new Set(lexicon.informalPronouns);
  const formal = new Set(lexicon.formalPronouns);
  // "coordinaste", "lideraste": a Spanish preterite of "tú" says the register without a pronoun.
  const evidence = evidenceLexiconFor(lang);
  let informalCount = 0;
  let formalCount = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const word = m[0];
    if (informal.has(word.toLowerCase()) || tuPreterite(word.toLowerCase(), evidence)) informalCount++;
    // German formal address is told from "sie"/"ihr" by its capital, and only inside a sentence.
    else if (lang === 'de' ? formal.has(word) && (word === 'Ihnen' || !atSentenceStart(body, m.index)) : formal.has(word.toLowerCase())) formalCount++;
  }
  if (lang === 'de') return formalCount > 0 || informalCount === 0 ? 'formal' : 'informal';
  // "vous" and "ustedes" may be plural in an informal note; "tu" never appears in a formal one.
  return informalCount > 0 && informalCount >= formalCount / 2 ? 'informal' : 'formal';
}

/** Where a sentence starts, German "Sie" may be "she" or "they" and "Ihr" may be "you all". */
function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || '.!?:\n„“"»«–—-'.includes(text[i]);
}
