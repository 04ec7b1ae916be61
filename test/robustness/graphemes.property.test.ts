/**
 * Graphemes in the scripts that used to fall back to Intl.Segmenter, counted by unicode-segmenter: any
 * sequence of Devanagari (conjuncts, nuktas, viramas), Thai (SARA AM, tone marks), Korean (syllables and
 * conjoining jamo) and emoji (ZWJ chains, skin tones, flags, tags, keycaps) is counted as Intl.Segmenter,
 * the oracle, counts it. Generated from each script's code points, not from words, so every pairing
 * the boundary rules distinguish turns up, valid or not.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { countGraphemes, countGraphemesSlow } from '../../server/src/engine';
import { normalizeForCount } from '../../server/src/engine/measure';

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
const oneOf = (...chars: string[]) => fc.constantFrom(...chars);

const devanagari = fc.oneof(
  { weight: 3, arbitrary: range(0x0915, 0x0939) }, // consonants
  { weight: 2, arbitrary: oneOf('\u094d') }, // virama: joins the next consonant (GB9c)
  { weight: 2, arbitrary: range(0x093e, 0x094c) }, // vowel signs, spacing and not
  { weight: 1, arbitrary: oneOf('\u093c', '\u0901', '\u0902', '\u0903', '\u200d', '\u200c', '\u0964', ' ') },
  { weight: 1, arbitrary: range(0x0900, 0x097f) },
);
const thai = fc.oneof(range(0x0e01, 0x0e2e), range(0x0e30, 0x0e3a), range(0x0e40, 0x0e4e), oneOf('\u0e33', ' '));
const korean = fc.oneof(range(0xac00, 0xd7a3), range(0x1100, 0x1112), range(0x1161, 0x1175), range(0x11a8, 0x11c2), range(0xa960, 0xa97c), range(0xd7b0, 0xd7c6));
const emoji = fc.oneof(
  { weight: 3, arbitrary: oneOf('👩', '👨', '👧', '💻', '🚀', '❤', '🏳', '🌈', '🫱', '🫲', '👍', '©', '#', '1') },
  { weight: 2, arbitrary: oneOf('\u200d', '\ufe0f', '\u20e3') },
  { weight: 1, arbitrary: range(0x1f3fb, 0x1f3ff) }, // skin tones
  { weight: 1, arbitrary: range(0x1f1e6, 0x1f1ff) }, // regional indicators
  { weight: 1, arbitrary: oneOf('🏴', '\u{e0067}', '\u{e0062}', '\u{e007f}') }, // tag sequences
  { weight: 1, arbitrary: range(0x1f300, 0x1faff) },
);
const latin = oneOf('a', 'Z', ' ', '.', '\n', '\r\n', 'é', '\u0301');

const text = (unit: fc.Arbitrary<string>) => fc.array(unit, { maxLength: 120 }).map((parts) => parts.join(''));
const RUNS = { numRuns: 2000 };

function agrees(sample: string): void {
  const oracle = countGraphemesSlow(normalizeForCount(sample));
  assert.equal(countGraphemes(sample), oracle, JSON.stringify(sample));
}

describe('graphemes: unicode-segmenter counts as Intl.Segmenter does', () => {
  it('Devanagari (Hindi)', () => fc.assert(fc.property(text(devanagari), agrees), RUNS));
  it('Thai', () => fc.assert(fc.property(text(thai), agrees), RUNS));
  it('Korean syllables and jamo', () => fc.assert(fc.property(text(korean), agrees), RUNS));
  it('emoji: ZWJ chains, modifiers, flags, tags, keycaps', () => fc.assert(fc.property(text(emoji), agrees), RUNS));
  it('all of them mixed with Latin', () => fc.assert(fc.property(text(fc.oneof(devanagari, thai, korean, emoji, latin)), agrees), RUNS));
});
