/**
 * Seeds and run counts for the fast-check properties. Every property runs twice:
 *
 * - with the fixed seed (42), so CI is reproducible and a failure replays exactly;
 * - once more, briefly, with a fresh seed (the clock, or INMAIL_FC_SEED to replay one), so each run
 *   explores new inputs. Its seed is in the test title, in the failure message and, once the tests of a
 *   process end, in a line of its own, so a passing run says it too (the dot reporter shows no titles).
 *
 * Replay a failing random run with `INMAIL_FC_SEED=<seed> npm test` (add `INMAIL_FC_PATH=<path>` from the
 * fast-check report to jump straight to the shrunk counterexample). `INMAIL_FC_RUNS=10` multiplies every
 * run count, for a deeper local search.
 */
import * as fc from 'fast-check';

export const FIXED_SEED = 42;

function readSeed(): number {
  const raw = process.env.INMAIL_FC_SEED;
  if (raw === undefined || raw.trim() === '') return Date.now() % 0x7fffffff;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`INMAIL_FC_SEED must be an integer, got "${raw}"`);
  return seed;
}

/**
 * One random seed per test process, shared by all properties, so one variable replays the whole run.
 * Each test file is a bundle with its own copy of this module: the seed and the hook that prints it
 * live on the global object, so every copy uses the first one's seed and it is printed once.
 */
const shared = globalThis as { inmailRandomSeed?: number; inmailSeedPrinted?: boolean };
export const RANDOM_SEED = (shared.inmailRandomSeed ??= readSeed());
if (!shared.inmailSeedPrinted) {
  shared.inmailSeedPrinted = true;
  // A root hook: it runs once the process's tests end, after the reporter's dots.
  after(() => console.log(`\nproperty tests: random seed ${RANDOM_SEED} (replay: INMAIL_FC_SEED=${RANDOM_SEED} npm test)`));
}

const RUNS_FACTOR = Math.max(1, Number(process.env.INMAIL_FC_RUNS) || 1);
const REPLAY_PATH = process.env.INMAIL_FC_PATH || undefined;

export interface PropertyRuns {
  /** Runs with the fixed seed. */
  runs: number;
  /** Runs with the random seed; a fifth of `runs` (at least 5) by default. */
  randomRuns?: number;
  /** Mocha timeout for each of the two runs. */
  timeoutMs?: number;
}

type AnyProperty<Ts> = fc.IProperty<Ts> | fc.IAsyncProperty<Ts>;

async function run<Ts>(property: AnyProperty<Ts>, params: fc.Parameters<Ts>, describeRun: string): Promise<void> {
  try {
    await fc.assert(property as fc.IAsyncProperty<Ts>, params);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // fast-check's report holds the seed, the path, the counterexample and the property's own error.
    throw new Error(`${describeRun}\n${message}`);
  }
}

/**
 * Declares two mocha tests for one property: the fixed-seed run and the short random run. `build` is
 * called per test, so a property never shares state between the two runs.
 */
export function itHolds<Ts>(title: string, build: () => AnyProperty<Ts>, runs: PropertyRuns): void {
  const fixedRuns = runs.runs * RUNS_FACTOR;
  const randomRuns = (runs.randomRuns ?? Math.max(5, Math.round(runs.runs / 5))) * RUNS_FACTOR;
  const timeout = (runs.timeoutMs ?? 20_000) * RUNS_FACTOR;

  it(`${title} [seed ${FIXED_SEED}, ${fixedRuns} runs]`, async function () {
    this.timeout(timeout);
    await run(build(), { seed: FIXED_SEED, numRuns: fixedRuns, includeErrorInReport: true }, `fixed-seed run failed: replay with seed ${FIXED_SEED} (it is the default)`);
  });

  it(`${title} [random seed ${RANDOM_SEED}, ${randomRuns} runs]`, async function () {
    this.timeout(timeout);
    await run(
      build(),
      { seed: RANDOM_SEED, numRuns: randomRuns, path: REPLAY_PATH, includeErrorInReport: true },
      `random run failed with seed ${RANDOM_SEED}: replay with INMAIL_FC_SEED=${RANDOM_SEED} npm test` +
        ' (add INMAIL_FC_PATH=<path> from the report below to replay only the counterexample)',
    );
  });
}
