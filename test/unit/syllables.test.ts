import * as assert from 'node:assert/strict';
import { readingEase } from '../../server/src/engine/coaching';
import { scanWords, type ProseTally } from '../../server/src/engine/words';
import { generatedTexts } from '../helpers/generated';

/** Syllables of each prose word, as the word scanner counts them in passing. */
function syllablesPerWord(text: string): [string, number][] {
  const tally: ProseTally = { words: 0, syllables: 0 };
  const out: [string, number][] = [];
  let before = 0;
  scanWords(text, (start, end) => {
    if (text.charCodeAt(start) !== 123) out.push([text.slice(start, end), tally.syllables - before]);
    before = tally.syllables;
  }, tally);
  return out;
}

// The rule, spelled out on the word itself: vowel groups, less a silent final e/es/ed and a leading y.
function reference(word: string): number {
  if (word.length <= 3) return 1;
  let w = word.toLowerCase();
  if (/[^l]e$/.test(w)) w = w.slice(0, -1);
  else if (/e[sd]$/.test(w)) w = w.slice(0, -2);
  if (w.startsWith('y')) w = w.slice(1);
  return Math.max(1, (w.match(/[aeiouy]+/g) ?? []).length);
}

describe('syllables', () => {
  const cases: [string, number][] = [
    ['make', 1], ['table', 2], ['makes', 1], ['named', 1], ['free', 1], ['queue', 1], ['goes', 1],
    ['beautiful', 3], ['yellow', 2], ['yearly', 2], ['yes', 1], ['rhythm', 1], ['engineering', 4],
    ['onboarding', 3], ['it’s', 1], ['e-mail', 2], ['Zoë', 1], ['naïve', 1], ['SaaStr', 1],
  ];
  for (const [word, expected] of cases) {
    it(`"${word}" has ${expected}`, () => assert.deepEqual(syllablesPerWord(word), [[word, expected]]));
  }

  it('counts per word what the rule spelled out on the word counts, on 20,000 generated texts', () => {
    const pieces = ['a', 'e', 'y', 'Y', 'E', 'l', 's', 'd', 'b', 'o', 'u', 'i', 'q', ' ', '-', "'", '’', '.', 'é', 'ü', '👋', '{{x}}', '\n', '3'];
    let words = 0;
    for (const [s] of generatedTexts({ seed: 17, pieces, count: 20_000, maxExtra: 16 })) {
      for (const [word, counted] of syllablesPerWord(s)) {
        words++;
        assert.equal(counted, reference(word), `${JSON.stringify(word)} in ${JSON.stringify(s)}`);
      }
    }
    assert.ok(words > 20_000, `only ${words} words checked`);
  });

  it('leaves merge fields out of the prose', () => {
    const tally: ProseTally = { words: 0, syllables: 0 };
    assert.equal(scanWords('Hi {{first_name}}, welcome', undefined, tally), 3);
    assert.deepEqual(tally, { words: 2, syllables: 3 });
  });
});

describe('reading ease', () => {
  it('scores short plain sentences high and long polysyllabic ones low', () => {
    assert.equal(readingEase(0, 0, 0), undefined);
    const plain = readingEase(8, 9, 2)!;
    const dense = readingEase(30, 60, 1)!;
    assert.ok(plain > 90 && plain <= 100, String(plain));
    assert.ok(dense < 30, String(dense));
  });
});
