/** Large runs split over the machine's cores: each worker thread loads the CLI bundle and lints a slice. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintFiles, type LintOptions, type LintRun } from './lint-files';

/** Work for one worker thread: a contiguous slice of the files, so results keep their order. */
export interface WorkerJob {
  inmailLint: true;
  files: string[];
  options: LintOptions;
  cwd: string;
}

const MIN_FILES_PER_THREAD = 500;

/** Small runs stay on one thread, where a worker's start-up would cost more than it saves. */
export async function lintInParallel(files: readonly string[], options: LintOptions, cwd: string): Promise<LintRun> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD));
  const lintOptions: LintOptions = { fix: options.fix, quiet: options.quiet, debug: options.debug, configFile: options.configFile, recipients: options.recipients };
  if (threads <= 1) return lintFiles(files, lintOptions, cwd);
  const size = Math.ceil(files.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const workers = slices.slice(1).map(
    (slice) =>
      new Promise<LintRun>((resolve, reject) => {
        const job: WorkerJob = { inmailLint: true, files: slice, options: lintOptions, cwd };
        // In the bundle, __filename is dist/cli.js, whose worker branch runs the job.
        const worker = new Worker(__filename, { workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`lint worker exited with code ${code}`)));
      }),
  );
  const first = lintFiles(slices[0], lintOptions, cwd);
  const runs = [first, ...(await Promise.all(workers))];
  // Each thread reports a broken config it meets; the writer needs to read about it once.
  const seen = new Set<string>();
  const results = runs.flatMap((r) => r.results).filter((r) => !(r.diagnostics[0]?.rule === 'config') || (!seen.has(r.file) && seen.add(r.file)));
  return { results, notes: runs.flatMap((r) => r.notes), warnings: runs.reduce((sum, r) => sum + r.warnings, 0) };
}
