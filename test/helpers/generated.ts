/**
 * Generated test texts: the same ones on every run (a seeded stream, not Math.random), so a failing
 * assertion's message names an input that fails again tomorrow.
 */

/** Numbers in [0, 1) from a seed: a linear congruential stream, plenty for picking pieces of text. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
}

export interface TextRecipe {
  seed: number;
  /** What texts are made of; picked uniformly, with repeats. */
  pieces: readonly string[];
  count: number;
  /** Each text has minPieces up to minPieces + maxExtra - 1 pieces. */
  minPieces?: number;
  maxExtra: number;
}

/** `count` texts from the recipe, each with the stream that made it, for the test's other random choices. */
export function* generatedTexts(recipe: TextRecipe): Generator<[text: string, random: () => number]> {
  const random = seededRandom(recipe.seed);
  const pick = () => recipe.pieces[Math.floor(random() * recipe.pieces.length)];
  for (let k = 0; k < recipe.count; k++) {
    let text = '';
    for (let i = (recipe.minPieces ?? 0) + Math.floor(random() * recipe.maxExtra); i > 0; i--) text += pick();
    yield [text, random];
  }
}
