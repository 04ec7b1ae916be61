/** Timing with warm-up, percentiles over enough runs, and a time budget per measurement. */

export interface Timing {
  p50: number;
  p99: number;
  runs: number;
}

export interface TimingOptions {
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding runs after this long (but never below minRuns). */
  budgetMs?: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function summarize(samplesMs: number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), runs: sorted.length };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

export function timeSync(fn: () => unknown, options: TimingOptions = {}): Timing {
  const { warmup = 200, minRuns = 200, maxRuns = 100_000, budgetMs = 1500 } = options;
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const deadline = now() + budgetMs;
  while (samples.length < maxRuns && (samples.length < minRuns || now() < deadline)) {
    const start = now();
    fn();
    samples.push(now() - start);
  }
  return summarize(samples);
}

export async function timeAsync(fn: () => Promise<unknown>, options: TimingOptions = {}): Promise<Timing> {
  const { warmup = 20, minRuns = 50, maxRuns = 10_000, budgetMs = 1500 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const deadline = now() + budgetMs;
  while (samples.length < maxRuns && (samples.length < minRuns || now() < deadline)) {
    const start = now();
    await fn();
    samples.push(now() - start);
  }
  return summarize(samples);
}

export function elapsedMs(fn: () => unknown): number {
  const start = now();
  fn();
  return now() - start;
}

export { now };
