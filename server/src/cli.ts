/** `inmail-lint`: the engine as a command-line linter for drafts kept in git. */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './node/cli-run';
import { lintFiles } from './node/lint-files';
import type { WorkerJob } from './node/parallel-lint';
import { escapeForTerminal } from './node/terminal-text';
import { readCoachingDataFrom } from './node/coaching-data';

export type { JsonDiagnostic, JsonFileResult } from './node/lint-files';
export { main };

readCoachingDataFrom(__dirname);

// The same bundle is the command and, for large runs, each worker thread (see parallel-lint.ts).
if (!isMainThread && (workerData as WorkerJob | undefined)?.inmailLint) {
  const job = workerData as WorkerJob;
  parentPort!.postMessage(lintFiles(job.files, job.options, job.cwd));
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`inmail-lint: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}`);
      process.exitCode = 2;
    },
  );
}
