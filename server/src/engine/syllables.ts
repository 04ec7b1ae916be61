/** Syllable counting for the reading-ease figure. No imports: the measuring code and the coaching share it. */

const VOWEL = new Uint8Array(128);
for (const c of 'aeiouyAEIOUY') VOWEL[c.charCodeAt(0)] = 1;

/**
 * English syllables by vowel groups in `text[start, end)`, less a silent final "e"/"es"/"ed": good
 * enough for a readability figure, not a dictionary. Works on offsets, so no word is ever copied out.
 */
export function syllablesIn(text: string, start: number, end: number): number {
  if (end - start <= 3) return 1;
  const lower = (i: number) => text.charCodeAt(i) | 0x20;
  const e = 0x65;
  if (lower(end - 1) === e && lower(end - 2) !== 0x6c) end--; // "make", not "table"
  else if ((lower(end - 1) === 0x73 || lower(end - 1) === 0x64) && lower(end - 2) === e) end -= 2; // "makes", "named"
  let groups = 0;
  let inGroup = false;
  for (let i = lower(start) === 0x79 ? start + 1 : start; i < end; i++) {
    const c = text.charCodeAt(i);
    const vowel = c < 128 && VOWEL[c] === 1;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return Math.max(1, groups);
}
