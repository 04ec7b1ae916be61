import * as assert from 'node:assert/strict';
import { countGraphemes, countGraphemesSlow, countSentences, countUnits, countWords, lint, overflowOffset, splitSentences, words } from '../../server/src/engine';
import { analyzeText } from '../../server/src/engine/measure';
import { generatedTexts, seededRandom } from '../helpers/generated';

describe('counting', () => {
  it('counts UTF-16 units after NFC, a line break as one', () => {
    assert.equal(countUnits('abc'), 3);
    assert.equal(countUnits('a\r\nb'), 3);
    assert.equal(countUnits('a\rb'), 3);
    // "e" + combining acute composes to one unit under NFC.
    assert.equal(countUnits('caf\u0065\u0301'), 4);
    assert.equal(countUnits('👋'), 2);
  });

  it('measures CRLF and LF files the same', () => {
    const lf = 'Subject: Your post on Rust\n\nHi Dana,\n\nLoved your post on Rust.\nCould we talk?';
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(lint(crlf).stats, lint(lf).stats);
  });

  it('does not count whitespace around the body', () => {
    const a = lint('Subject: Hi Acme\n\n\n   Hello there.   \n\n\n').stats.bodyLength;
    assert.equal(a, 'Hello there.'.length);
  });

  it('counts visible characters as graphemes', () => {
    assert.equal(countGraphemes('👋🏽'), 1);
    assert.equal(countGraphemes('👨‍👩‍👧'), 1);
    assert.equal(countGraphemes('🇩🇪'), 1);
    assert.equal(countGraphemes('e\u0301'), 1);
    assert.equal(countGraphemes('a\r\nb'), 3);
    assert.equal(countGraphemes('naïve 😀'), 7);
  });

  it('fast grapheme path agrees with Intl.Segmenter on mixed samples', () => {
    const samples = ['plain ascii', 'Ünïcödé', '😀 emoji', 'ZWJ 👩‍💻', 'Hangul 한국어 각', 'Thai กำ', 'Devanagari नमस्ते', 'flags 🇫🇷🇯🇵', 'VS ❤️', 'tags 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'lone \ud800 surrogate'];
    for (const s of samples) assert.equal(countGraphemes(s), countGraphemesSlow(s.replace(/\r\n?/g, '\n').normalize('NFC')), s);
  });

  it('counts words and merge fields', () => {
    assert.equal(countWords("Hi {{first_name}}, let's talk about Acme's Q3 plan."), 8);
  });

  it('splits sentences, not abbreviations or greetings', () => {
    assert.deepEqual(splitSentences('Hi Dana,\n\nI saw your talk, e.g. the part on hiring. It was great! Can we chat?\n\nBest,\nSam'), [
      'I saw your talk, e.g. the part on hiring.',
      'It was great!',
      'Can we chat?',
    ]);
  });

  it('finds the first character past a limit', () => {
    assert.equal(overflowOffset('abcdef', 10), undefined);
    assert.equal(overflowOffset('abcdef', 4), 4);
    assert.equal(overflowOffset('a\r\nbcdef', 3), 4);
    assert.equal(overflowOffset('😀😀', 2), 2);
  });
});

describe('word scanner', () => {
  // The scanner replaced this regex for speed; it must keep finding exactly the same words.
  const REFERENCE = /[\p{L}\p{N}\p{M}]+(?:['’.\-@&][\p{L}\p{N}\p{M}]+)*|\{\{[^{}\n]*\}\}(?:['’]s\b)?/gu;
  const alphabet = ['a', 'Z', '9', ' ', "'", '’', '.', '-', '@', '&', '{', '}', '{{', '}}', 's', '\n', 'é', 'e\u0301', '👋', '𝐀', '_', 'ß', 'ا', '中', '\ud800', '\u200d'];

  it('agrees with the reference regex on 20,000 generated strings', () => {
    for (const [s] of generatedTexts({ seed: 7, pieces: alphabet, count: 20_000, maxExtra: 24 })) {
      assert.deepEqual(words(s), s.match(REFERENCE) ?? [], JSON.stringify(s));
    }
  });
});

describe('overflow offset', () => {
  // The definition, spelled out slowly: the first offset whose prefix counts over the limit,
  // moved back to the start of a surrogate pair so an emoji is never split.
  function reference(text: string, limit: number): number | undefined {
    if (countUnits(text) <= limit) return undefined;
    for (let o = 0; o < text.length; o++) {
      if (countUnits(text.slice(0, o + 1)) > limit) {
        const c = text.charCodeAt(o);
        const before = text.charCodeAt(o - 1);
        return c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff ? o - 1 : o;
      }
    }
    return undefined;
  }
  // Marks that compose with the ASCII letter or sign before them (e + ́ = é, = + ̸ = ≠, A + ̊ = Å) are the hard cases.
  const alphabet = ['a', 'e', 'A', '=', ' ', '\n', '\r\n', '\r', 'é', '\u0301', '\u030a', '\u0338', '\u0323', '👋', '👋🏽', '👩‍💻', 'Å', '\u212b', '한', '\u1100', '\u1161', '\u11a8', '\ud800', 'ß', 'क', '\u094d', '\u093e', 'ก', '\u0e33'];

  it('agrees with the definition on generated text', () => {
    for (const [s, random] of generatedTexts({ seed: 11, pieces: alphabet, count: 6000, maxExtra: 30 })) {
      const limit = Math.floor(random() * 30);
      assert.equal(overflowOffset(s, limit), reference(s, limit), `${JSON.stringify(s)} limit ${limit}`);
    }
  });

  it('takes the shortcut only for text analyzeText calls plain, and the shortcut gives the same offset', () => {
    let plain = 0;
    for (const [s, random] of generatedTexts({ seed: 13, pieces: alphabet, count: 6000, maxExtra: 30 })) {
      const limit = Math.floor(random() * 30);
      if (!analyzeText(s, false).plain) continue;
      plain++;
      assert.equal(overflowOffset(s, limit, true), reference(s, limit), `${JSON.stringify(s)} limit ${limit}`);
    }
    assert.ok(plain > 500, `only ${plain} plain samples`);
  });
});

describe('grapheme count on long text', () => {
  const pieces = ['a', ' ', '\n', 'é', 'e\u0301\u0302', '👩‍💻', '🇫🇷', '👋🏽', '한', '\u1100\u1161\u11a8', 'क्षि', '\u0600١', '❤️', '\u200d', '🏳️‍🌈', 'x'];
  it('equals Intl.Segmenter over the whole text on long generated strings', () => {
    const random = seededRandom(5);
    for (let k = 0; k < 40; k++) {
      let s = '';
      while (s.length < 1500 + k * 200) s += pieces[Math.floor(random() * pieces.length)];
      assert.equal(countGraphemes(s), countGraphemesSlow(s), `sample ${k}`);
    }
  });

  it('counts a 1,900-character Hindi draft as Intl.Segmenter does', () => {
    const hindi = 'नमस्ते राहुल जी, मैंने पिछले हफ्ते बेंगलुरु में आपकी बातचीत सुनी। क्षमता और प्रबंधन पर आपके विचार बहुत उपयोगी थे। '.repeat(20).slice(0, 1900);
    assert.equal(countGraphemes(hindi), countGraphemesSlow(hindi));
  });
});

describe('grapheme pipeline on generated text', () => {
  const pieces = [
    'a', 'Z', ' ', '\n', '\r\n', '.', 'é', '\u0301', '\u0308', '\u093e', 'क', 'ष', '\u094d', '\u093c', 'ি', 'ক', '\u09cd',
    'த', '\u0bcd', 'ก', '\u0e33', '\u0e48', '한', '\u1100', '\u1161', '\u11a8', '👋', '\u{1f3fd}', '\u200d', '💻', '👩',
    '🇫', '🇷', '❤', '\ufe0f', '\u{e0067}', '🏴', '\u0600', '١', '\ud800', '\udc00', '中', '\u200c',
    // Keycaps, ©, skin tones on pictographs, ZWJ chains, flags.
    '#', '\u20e3', '©', '👍', '\u{1f3fb}', '🏳', '🌈', '👨‍👩‍👧', '🇩🇪', '🫱🏽‍🫲🏿',
  ];
  it('counts what Intl.Segmenter counts, on 20,000 generated strings', () => {
    for (const [s] of generatedTexts({ seed: 23, pieces, count: 20_000, minPieces: 1, maxExtra: 40 })) {
      const normalized = s.replace(/\r\n?/g, '\n').normalize('NFC');
      assert.equal(countGraphemes(s), countGraphemesSlow(normalized), JSON.stringify(s));
    }
  });
});

describe('emoji runs', () => {
  // Emoji, joiners, modifiers and flags in long runs, as pasted emoji come.
  const pieces = ['👩', '💻', '\u200d', '\ufe0f', '\u{1f3fd}', '🏳', '🌈', '🇫', '🇷', '❤', '#', '\u20e3', '©', 'a', ' ', '\u0301', '🫱', '🫲'];
  it('counts what Intl.Segmenter counts, on 5,000 generated emoji runs', () => {
    for (const [s] of generatedTexts({ seed: 41, pieces, count: 5000, minPieces: 1, maxExtra: 60 })) {
      assert.equal(countGraphemes(s), countGraphemesSlow(s.normalize('NFC')), JSON.stringify(s));
    }
  });

  it('counts a family, a rainbow flag, a coloured handshake and a country flag as one each', () => {
    for (const emoji of ['👨‍👩‍👧', '🏳️‍🌈', '🫱🏽‍🫲🏿', '🇩🇪', '#️⃣']) assert.equal(countGraphemes(`a${emoji}b`), 3, emoji);
  });
});

describe('sentence splitting on offsets', () => {
  // The string-based algorithm the offset-based one replaced, kept as its definition.
  const END = /(?<![\s.]\p{L}\.)(?<!\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co))[.!?…]+["')\]’”]*(?=\s|$)/gu;
  const tokensWithWords = (s: string) => s.split(/[ \t\n\r\u00a0\u2000-\u200a\u3000]+/).filter((t) => /[\p{L}\p{N}\p{M}]/u.test(t)).length;
  function reference(text: string): string[] {
    const out: string[] = [];
    const push = (candidate: string) => {
      for (const part of candidate.split(/\n\s*\n/)) {
        const s = part.trim();
        if (s && tokensWithWords(s) >= (/[.!?]$/.test(s) ? 1 : 3)) out.push(s);
      }
    };
    let start = 0;
    for (const m of text.matchAll(END)) {
      push(text.slice(start, m.index + m[0].length));
      start = m.index + m[0].length;
    }
    push(text.slice(start));
    return out;
  }
  const pieces = ['Hi Dana,', ' ', '\n', '\n\n', '\n \n', '\t', 'we', 'met', 'at', 'KubeCon', '.', '!', '?', 'e.g.', '3.5', 'Dr.', '…', '"', ')', 'Best,', 'Sam', '\u00a0', 'é', '👋'];
  it('finds what the string-based definition finds, on 5,000 generated texts', () => {
    const random = seededRandom(31);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let i = Math.floor(random() * 30); i > 0; i--) s += pieces[Math.floor(random() * pieces.length)] + (random() < 0.5 ? ' ' : '');
      const sentences = reference(s);
      assert.deepEqual(splitSentences(s), sentences, JSON.stringify(s));
      assert.equal(countSentences(s), sentences.length);
    }
  });
});
