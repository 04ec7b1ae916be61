/** The engine alone: full lint by size, the single-pass baseline, growth and pathological inputs. */
import { lint } from '../server/src/engine';
import { emojiDraft, growthPair, hindiDraft, pathologicalInputs, sizedDrafts, standardDraft } from './corpus';
import type { Row } from './report';
import { elapsedMs, settle, timeInterleaved, timeSync } from './timing';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** What any linter must at least do: NFC normalise, split lines, run a word regex. The floor to compare with. */
export function singlePass(text: string): number {
  let words = 0;
  for (const line of text.normalize('NFC').split('\n')) words += line.match(WORD)?.length ?? 0;
  return words;
}

export async function benchEngine(quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const budget = quick ? 400 : 1500;
  const text = standardDraft();
  const [baseline, lint1900] = await timeInterleaved(() => singlePass(text), () => lint(text), { rounds: quick ? 8 : 30, roundMs: 50 });
  rows.push({ section: 'engine', what: `single-pass baseline, ${text.length.toLocaleString('en-US')} chars`, ...baseline });
  const ratio = lint1900.p50 / baseline.p50;
  rows.push({
    section: 'engine',
    what: `full lint, ${text.length.toLocaleString('en-US')} chars`,
    ...lint1900,
    value: `${ratio.toFixed(1)}x baseline`,
    budget: 'p50 <= 5x baseline',
    pass: ratio <= 5,
  });
  // The same budget in other scripts: grapheme counting, language detection and the copy rules' resting
  // must keep a Hindi or emoji-heavy draft as cheap, relative to reading it once, as the English one.
  for (const [label, other] of [['Hindi', hindiDraft()], ['emoji-heavy', emojiDraft()]] as const) {
    const [floor, linted] = await timeInterleaved(() => singlePass(other), () => lint(other), { rounds: quick ? 8 : 30, roundMs: 50 });
    const otherRatio = linted.p50 / floor.p50;
    rows.push({
      section: 'engine',
      what: `full lint, ${other.length.toLocaleString('en-US')} chars, ${label}`,
      ...linted,
      value: `${otherRatio.toFixed(1)}x its baseline, ${(linted.p50 / lint1900.p50).toFixed(1)}x the English draft`,
      budget: 'p50 <= 5x baseline',
      pass: otherRatio <= 5,
    });
  }
  for (const { label, text: sized } of sizedDrafts()) {
    rows.push({ section: 'engine', what: `full lint, ${label}`, ...timeSync(() => lint(sized), { budgetMs: budget / 3, minRuns: 100 }) });
  }
  settle();
  const { small, large } = growthPair();
  const smallTime = timeSync(() => lint(small), { budgetMs: budget / 2, minRuns: 500 });
  const largeTime = timeSync(() => lint(large), { budgetMs: budget * 2, minRuns: quick ? 3 : 10, warmup: 2 });
  const growth = largeTime.p50 / smallTime.p50;
  rows.push({ section: 'engine', what: 'full lint, 2 KB', ...smallTime });
  rows.push({ section: 'engine', what: 'full lint, 1 MB', ...largeTime, value: `${growth.toFixed(0)}x the 2 KB time`, budget: '<= 600x 2 KB (linear)', pass: growth <= 600 });
  for (const { label, text: input } of pathologicalInputs()) {
    // The previous input's garbage is collected first, so no input pays for another. Then, as in an editor
    // linting that document on every keystroke, the same lint runs back to back: two warm-ups (compiled
    // code, a young generation sized for it), then the samples. A collection before every sample would
    // measure a shrunken young generation instead: the heap right after a full GC, not the heap in use.
    settle();
    lint(input);
    lint(input);
    const samples = Array.from({ length: quick ? 3 : 7 }, () => elapsedMs(() => lint(input))).sort((a, b) => a - b);
    const p50 = samples[samples.length >> 1];
    // A blow-up shows in every sample, so the median decides, as for every other timing here; the slowest
    // sample (a major collection now and then) is printed beside it.
    rows.push({ section: 'pathological', what: label, p50, p99: samples[samples.length - 1], runs: samples.length, budget: 'p50 < 50 ms', pass: p50 < 50 });
  }
  return rows;
}
