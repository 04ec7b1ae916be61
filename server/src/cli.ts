/** `inmail-lint`: the engine as a command-line linter for drafts kept in git. */
import { relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { configSchema } from './engine/config-schema';
import { findDrafts, SKIPPED_DIRS } from './node/find-drafts';
import { lintFiles, type JsonFileResult, type LintOptions, type LintRun } from './node/lint-files';
import { formatStylish } from './node/stylish';
import { escapeForTerminal } from './node/terminal-text';

export type { JsonDiagnostic, JsonFileResult } from './node/lint-files';

const USAGE = `Usage: inmail-lint [options] PATH...

Lints LinkedIn InMail and connection-request drafts (.inmail files).
PATH may be a file, a folder (searched for *.inmail) or a glob such as "drafts/**/*.inmail".
Folder walks skip ${SKIPPED_DIRS.join(', ')} and hidden folders, and links that lead out of the
folder named; name such a folder in the PATH or pattern to lint it.

Options:
  --format stylish|json   output format (default: stylish)
  --fix                   apply the safe fixes (the ones fix-all makes in the editor) and write the files
  --quiet                 report errors only
  --no-color              plain output (also when NO_COLOR is set or output is not a terminal)
  --debug                 list skipped folders and links, and each file read (on stderr)
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no errors, 1 at least one error, 2 bad usage, or a path that could not be read or fixed.
Settings come from the nearest .inmailrc.json above each file.`;

interface Options extends LintOptions {
  format: 'stylish' | 'json';
  color: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { format: 'stylish', fix: false, quiet: false, debug: false, color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (value !== 'stylish' && value !== 'json') return `--format takes "stylish" or "json", not ${value === undefined ? 'nothing' : `"${value}"`}`;
      options.format = value;
    } else if (arg === '--fix') options.fix = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--debug') options.debug = true;
    else if (arg === '--no-color') options.color = false;
    else if (arg === '--') options.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) return 'no paths given';
  return options;
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  // Used by the build to write schemas/inmailrc.schema.json; not part of the documented interface.
  if (argv[0] === '--print-config-schema') {
    console.log(JSON.stringify(configSchema(), null, 2));
    return 0;
  }
  if (argv.includes('-v') || argv.includes('--version')) {
    console.log(INMAIL_VERSION);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(`inmail-lint: ${escapeForTerminal(options)}\n\n${USAGE}`);
    return 2;
  }
  const { files, errors, notes, skippedWithDrafts = [] } = findDrafts(options.paths, cwd);
  const run = await lintInParallel(files, options, cwd);
  const { results } = run;
  if (options.debug) for (const note of [...notes, ...run.notes]) console.error(`inmail-lint: debug: ${escapeForTerminal(note)}`);
  if (options.format === 'json') {
    const errorEntries: JsonFileResult[] = errors.map((e) => ({ file: e.path, diagnostics: [], error: e.message }));
    process.stdout.write(`${JSON.stringify([...results, ...errorEntries], null, 2)}\n`);
    for (const e of [...errors, ...results.filter((r) => r.error).map((r) => ({ path: r.file, message: r.error! }))]) console.error(`inmail-lint: ${escapeForTerminal(`${e.path}: ${e.message}`)}`);
  } else {
    console.log(formatStylish(results, errors, options.color));
  }
  for (const folder of skippedWithDrafts) {
    const shown = relative(cwd, folder) || folder;
    console.error(`inmail-lint: note: ${escapeForTerminal(shown)} holds drafts that were not linted (its folder is skipped by default); name it to lint them, e.g. "${escapeForTerminal(shown)}"`);
  }
  if (errors.length > 0 || results.some((r) => r.error)) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

declare const INMAIL_VERSION: string;

/** Work for one worker thread: a contiguous slice of the files, so results keep their order. */
interface WorkerJob {
  inmailLint: true;
  files: string[];
  options: LintOptions;
  cwd: string;
}

const MIN_FILES_PER_THREAD = 500;

/**
 * Large runs are split over the machine's cores: each worker thread loads this same bundle and lints a
 * slice. Small runs stay on one thread, where a worker's start-up would cost more than it saves.
 */
async function lintInParallel(files: readonly string[], options: LintOptions, cwd: string): Promise<LintRun> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD));
  const lintOptions: LintOptions = { fix: options.fix, quiet: options.quiet, debug: options.debug };
  if (threads <= 1) return lintFiles(files, lintOptions, cwd);
  const size = Math.ceil(files.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const workers = slices.slice(1).map(
    (slice) =>
      new Promise<LintRun>((resolve, reject) => {
        const job: WorkerJob = { inmailLint: true, files: slice, options: lintOptions, cwd };
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
  return { results, notes: runs.flatMap((r) => r.notes) };
}

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
