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
import { cpuMs } from './cpu-time';

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_RATIO = 20;

const PIECES = [
  '{{', '}}', '{{ first_name }}', '[', ']', '[Name]', ' ', '   ', '\n', '\n\n', '.', '...', '?', '!', '…', '"', ')',
  'on ', 'about how ', 're ', 'your talk on ', 'Saw that Acme just raised ', 'congrats on ', 'mutual friend ',
  'e.g. ', 'Mr. ', ' J. ', '3.5', '—', ',', 'Hi Dana,', 'Would you be open to a call?', '👩‍💻', '🏳️‍🌈', 'é', '\u0301',
  'and ', 'at ', 'the ', 'recently ', 'Subject: x\n', '---\n', 'To: Dana\n', '\t', '100%', 'ACT NOW',
  'your careers page says ', 'Airflow ', 'the turnaround at Globex ', 'your two Leeds depots ', 'thanks for the half hour on Tuesday ',
  'Try them and tell me ', 'Who reads those? ', 'Our system ', 'que dictó ', 'since ', 'Chez Globex, ', 'arguing with you ',
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * Lints the kind at doubling sizes from 1,000 characters, failing as soon as a size costs far more than linear
 * growth from there allows: a quadratic or cubic lint fails in a second, where the ratio below would first
 * spend minutes on the large text. Also the warm-up for the measurement.
 */
function climb(build: (size: number) => string): void {
  const base = build(1_000);
  lint(base);
  // Another text in between, so the base is not answered from a cache of the last lint.
  lint(build(2_000));
  const baseMs = cpuMs(() => lint(base));
  assert.ok(baseMs < 100, `1,000 characters took ${baseMs.toFixed(0)} ms`);
  for (let size = 2_000; size <= LARGE; size = size === LARGE ? Infinity : Math.min(LARGE, size * 2)) {
    const text = build(size);
    // The better of two lints of the same size: a one-off cost (a lazily loaded model, a JIT tier-up, a
    // collection) lands on one of them, a super-linear lint costs both. The second text differs in its last
    // character, so no memo of the first answers it.
    const variant = `${text.slice(0, -1)}${text.endsWith('.') ? ',' : '.'}`;
    const ms = Math.min(cpuMs(() => lint(text)), cpuMs(() => lint(variant)));
    const allowed = (size / 1_000) * baseMs * MAX_RATIO + 20;
    assert.ok(ms < allowed, `${size.toLocaleString('en-US')} characters took ${ms.toFixed(0)} ms, 1,000 took ${baseMs.toFixed(2)} ms`);
  }
}

/**
 * The large text's lint time over the small text's, medians of fifteen rounds of CPU time. Each round lints
 * both once, alternating, so each lint follows the other text as a keystroke follows an edit (a lint may
 * remember its last text; linting one text twice in a row would time a cache) and whatever the machine does
 * meanwhile weighs on both sides of the ratio alike.
 */
function growth(small: string, large: string): number {
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let round = 0; round < 15; round++) {
    smallMs.push(cpuMs(() => lint(small)));
    largeMs.push(cpuMs(() => lint(large)));
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
      climb(build);
      // Measured again once before failing: a quadratic lint gives about 100, far past any second look.
      let ratio = growth(small, large);
      if (ratio >= MAX_RATIO) ratio = Math.min(ratio, growth(small, large));
      assert.ok(ratio < MAX_RATIO, `${label}: ${LARGE.toLocaleString('en-US')} characters took ${ratio.toFixed(1)} times as long as ${SMALL.toLocaleString('en-US')}`);
    });
  }
});
