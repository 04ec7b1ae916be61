/**
 * What makes a subject read as mass mail whatever it names: stacked exclamation marks, capitals, hype
 * (a growth verb opening on "your" or an abstraction, a percentage promised, bait words, stacked superlatives).
 */
import { hasPhraseOf, type WordClasses } from './classes';
import type { ReadWord } from './reading';

export type SurfaceReason = 'exclamations' | 'caps' | 'hype';

const MERGE_FIELDS = /\{\{[^{}\n]*\}\}/g;
const MULTIPLIER = /^\d{1,3}x$/;
const STACKED = /!{2,}|¡{2,}/;
// "#1" and "100%" start or end on a non-word character, so they are found in the text, not among the words.
const BAIT_SIGNS = /(?<![\p{L}\p{N}#])(?:#1|100 ?%)(?![\p{L}\p{N}%])/u;

export function surfaceReason(text: string, words: readonly ReadWord[], c: WordClasses): SurfaceReason | undefined {
  if (STACKED.test(text)) return 'exclamations';
  const letters = text.replace(MERGE_FIELDS, '').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'caps';
  return isHype(text, words, c) ? 'hype' : undefined;
}

function isHype(text: string, words: readonly ReadWord[], c: WordClasses): boolean {
  if (BAIT_SIGNS.test(text)) return true;
  let superlatives = 0;
  for (const w of words) {
    if (w.classes.has('hype')) return true;
    if (w.classes.has('superlatives')) superlatives++;
  }
  if (superlatives >= 2) return true;
  if (hasPhraseOf(words, 'hypePhrases', c)) return true;
  // A multiplier promised ("3x more replies", "Hire 2x faster") is bait; a percentage with a bait word too.
  if (words.some((w) => MULTIPLIER.test(w.word))) return true;
  if (words.some((w) => w.percent) && (words.some((w) => w.classes.has('percentBait')) || hasPhraseOf(words, 'percentBait', c))) return true;
  const growth = words.findIndex((w) => w.classes.has('growthVerbs'));
  if (growth < 0) return false;
  // A percentage next to a growth verb is a promise: "Cut costs by 20%", "um 30 % steigern".
  if (words.some((w) => w.percent)) return true;
  // An imperative growth verb opening on their anything: "Supercharge your hiring", "Boostez votre CA".
  const opening = words.findIndex((w) => !w.empty || w.kind !== 'word');
  if (growth !== opening) return false;
  return words.slice(growth + 1, growth + 5).some((w) => w.classes.has('possessives') || w.classes.has('abstractions') || w.recipient === 'company');
}
