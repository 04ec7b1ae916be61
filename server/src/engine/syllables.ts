/** Syllable counting for the reading-ease figure. No imports: the word scanner and the coaching share it. */

function isVowel(code: number): boolean {
  const c = code | 0x20;
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

/**
 * English syllables of the word `text[start, end)` by vowel groups, less a silent final "e"/"es"/"ed"
 * ("make", "makes", "named", but "table") and a leading "y" read as a consonant: good enough for a
 * readability figure, not a dictionary. `vowelGroups` is the number of runs of a e i o u y in the whole
 * word, which the word scanner counts as it goes; this only takes off the groups those rules remove.
 */
export function syllablesOfWord(text: string, start: number, end: number, vowelGroups: number): number {
  if (end - start <= 3) return 1;
  let groups = vowelGroups;
  const last = text.charCodeAt(end - 1) | 0x20;
  const beforeLast = text.charCodeAt(end - 2) | 0x20;
  // A dropped "e" takes a group away only when it stood alone, not inside one ("free" keeps its "ee").
  if (last === 0x65 && beforeLast !== 0x6c) {
    if (!isVowel(text.charCodeAt(end - 2))) groups--;
  } else if ((last === 0x73 || last === 0x64) && beforeLast === 0x65) {
    if (!isVowel(text.charCodeAt(end - 3))) groups--;
  }
  if ((text.charCodeAt(start) | 0x20) === 0x79 && !isVowel(text.charCodeAt(start + 1))) groups--;
  return Math.max(1, groups);
}
