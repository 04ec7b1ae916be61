/**
 * Lint time grows linearly with the text: 100,000 characters of a kind of text cost about ten times what
 * 10,000 of the same kind cost, never twenty. The kinds are the inputs that once made a lint quadratic or
 * worse (bench/corpus.ts, where the bench times them at 100 KB), real prose and emoji, and seeded mixes of
 * every piece our patterns look for. 100,000 characters is the most a document may have with every
 * heuristic, coaching figure and suggestion still running, so all of them are in the measurement.
 */
import * as assert from 'node:assert/strict';
import { ADVERSARIAL } from '../../bench/corpus';
import { lint } from '../../server/src/engine';
import { seededRandom } from '../helpers/generated';

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_RATIO = 20;

const PIECES = [
  '{{', '}}', '{{ first_name }}', '[', ']', '[Name]', ' ', '   ', '\n', '\n\n', '.', '...', '?', '!', '…', '"', ')',
  'on ', 'about how ', 're ', 'your talk on ', 'Saw that Acme just raised ', 'congrats on ', 'mutual friend ',
  'e.g. ', 'Mr. ', ' J. ', '3.5', '—', ',', 'Hi Dana,', 'Would you be open to a call?', '👩‍💻', '🏳️‍🌈', 'é', '\u0301',
  'and ', 'at ', 'the ', 'recently ', 'Subject: x\n', '---\n', 'To: Dana\n', '\t', '100%', 'ACT NOW',
];

/** `size` characters drawn from PIECES by a seeded stream: the small text is the start of the large one. */
function mix(seed: number): (size: number) => string {
  return (size) => {
    const random = seededRandom(seed);
    let text = '';
    while (text.length < size) text += PIECES[Math.floor(random() * PIECES.length)];
    return text.slice(0, size);
  };
}

const KINDS = [...ADVERSARIAL, ...[1, 2, 3].map((seed) => ({ label: `seeded mix ${seed} of the pieces patterns look for`, build: mix(seed) }))];

function elapsedMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * The large text's lint time over the small text's, medians of seven rounds. Each round times both, the small
 * one ten times over, so a machine that slows down for a few seconds slows both sides of the ratio alike.
 */
function growth(small: string, large: string): number {
  for (let i = 0; i < 3; i++) {
    lint(small);
    lint(large);
  }
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let round = 0; round < 7; round++) {
    smallMs.push(elapsedMs(() => { for (let i = 0; i < 10; i++) lint(small); }) / 10);
    largeMs.push(elapsedMs(() => lint(large)));
  }
  return median(largeMs) / median(smallMs);
}

describe('lint time grows linearly: 100,000 characters cost under 20 times 10,000 of the same kind', function () {
  this.timeout(60_000);
  for (const { label, build } of KINDS) {
    it(label, () => {
      const small = build(SMALL);
      const large = build(LARGE);
      assert.equal(large.length, LARGE);
      // Measured again once before failing: a quadratic lint gives about 100, far past any second look.
      let ratio = growth(small, large);
      if (ratio >= MAX_RATIO) ratio = Math.min(ratio, growth(small, large));
      assert.ok(ratio < MAX_RATIO, `${label}: ${LARGE.toLocaleString('en-US')} characters took ${ratio.toFixed(1)} times as long as ${SMALL.toLocaleString('en-US')}`);
    });
  }
});
