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

/** Collects garbage between measurements (the bench runs with --expose-gc), so none pays for another's. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
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

/**
 * Times two functions in alternating short rounds, so both see the same machine: on a shared VM the
 * speed drifts over seconds, and two measurements taken one after the other compare the drift, not the code.
 */
export async function timeInterleaved(
  a: () => unknown,
  b: () => unknown,
  options: { rounds: number; roundMs: number },
): Promise<[Timing, Timing]> {
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const run = async (fn: () => unknown, into: number[], ms: number) => {
    const deadline = now() + ms;
    do {
      const start = now();
      await fn();
      into.push(now() - start);
    } while (now() < deadline);
  };
  for (let i = 0; i < 20; i++) {
    await a();
    await b();
  }
  // No collection between rounds: a full collection shrinks V8's young generation, and an allocating
  // function then pays for frequent scavenges until it grows back (measured: 69 µs becomes 156 µs).
  for (let round = 0; round < options.rounds; round++) {
    await run(a, samplesA, options.roundMs);
    await run(b, samplesB, options.roundMs);
  }
  return [summarize(samplesA), summarize(samplesB)];
}

export function elapsedMs(fn: () => unknown): number {
  const start = now();
  fn();
  return now() - start;
}

export { now };
