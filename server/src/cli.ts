/** `inmail-lint`: the engine as a command-line linter for drafts kept in git. */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { dirname, isAbsolute, relative } from 'node:path';
import { computeLineStarts, toLineColumn } from './engine/util';
import { defaultConfig, mergeConfig, type ConfigProblem } from './engine/config';
import { applyEdits, fixAllEdits } from './engine/fixes';
import { lint } from './engine/lint';
import { configSchema } from './engine/config-schema';
import type { Severity } from './engine/types';
import { ConfigFileCache, findConfigFile } from './node/config-files';
import { describeFsError, findDrafts, type PathError } from './node/find-drafts';

const USAGE = `Usage: inmail-lint [options] PATH...

Lints LinkedIn InMail and connection-request drafts (.inmail files).
PATH may be a file, a folder (searched for *.inmail) or a glob such as "drafts/**/*.inmail".

Options:
  --format stylish|json   output format (default: stylish)
  --fix                   apply the safe fixes (the ones fix-all makes in the editor) and write the files
  --quiet                 report errors only
  --no-color              plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no errors, 1 at least one error, 2 bad usage or a path that could not be read.
Settings come from the nearest .inmailrc.json above each file.`;

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
  stats?: { subjectLength: number; bodyLength: number; bodyGraphemes: number; words: number; sentences: number; messages: number };
  error?: string;
  fixed?: boolean;
}

interface Options {
  format: 'stylish' | 'json';
  fix: boolean;
  quiet: boolean;
  color: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { format: 'stylish', fix: false, quiet: false, color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (value !== 'stylish' && value !== 'json') return `--format takes "stylish" or "json", not ${value === undefined ? 'nothing' : `"${value}"`}`;
      options.format = value;
    } else if (arg === '--fix') options.fix = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--no-color') options.color = false;
    else if (arg === '--') options.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) return 'no paths given';
  return options;
}

/** Paths below the working folder are shown relative to it, others in full. */
function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function looksBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, 8000).includes(0);
}

function configProblemResult(problems: readonly ConfigProblem[], cwd: string): JsonFileResult {
  return {
    file: displayPath(problems[0].path, cwd),
    diagnostics: problems.map((p) => ({ rule: 'config', severity: 'error', message: `${p.key ? `${p.key}: ` : ''}${p.message}`, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + Math.max(1, p.end - p.start) })),
  };
}

export function lintFiles(files: readonly string[], options: Pick<Options, 'fix' | 'quiet'>, cwd: string): JsonFileResult[] {
  const results: JsonFileResult[] = [];
  const configs = new ConfigFileCache();
  const reportedConfigs = new Set<string>();
  const configLookups = new Map<string, string | undefined>();
  for (const file of files) {
    const display = displayPath(file, cwd);
    let text: string;
    try {
      const buffer = readFileSync(file);
      if (looksBinary(buffer)) {
        results.push({ file: display, diagnostics: [], error: 'binary file (contains NUL bytes), not a draft; skipped' });
        continue;
      }
      text = buffer.toString('utf8');
    } catch (error) {
      results.push({ file: display, diagnostics: [], error: describeFsError(error) });
      continue;
    }
    const configPath = findConfigFile(dirname(file), configLookups);
    const loaded = configPath ? configs.load(configPath) : undefined;
    if (loaded?.problems.length && !reportedConfigs.has(configPath!)) {
      reportedConfigs.add(configPath!);
      results.push(configProblemResult(loaded.problems, cwd));
    }
    const config = mergeConfig(defaultConfig(), loaded?.config);
    let result = lint(text, config);
    let fixed = false;
    if (options.fix) {
      const edits = fixAllEdits(result.problems);
      if (edits.length) {
        text = applyEdits(text, edits);
        writeFileSync(file, text);
        result = lint(text, config);
        fixed = true;
      }
    }
    const lineStarts = computeLineStarts(text);
    const first = result.stats.messages[0];
    results.push({
      file: display,
      diagnostics: result.problems
        .filter((p) => !options.quiet || p.severity === 'error')
        .map((p) => {
          const start = toLineColumn(lineStarts, p.start);
          const end = toLineColumn(lineStarts, p.end);
          return { rule: p.ruleId, severity: p.severity, message: p.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
        }),
      stats: {
        subjectLength: result.stats.subjectLength,
        bodyLength: result.stats.bodyLength,
        bodyGraphemes: first.bodyGraphemes,
        words: first.bodyWords,
        sentences: first.bodySentences,
        messages: result.stats.messages.length,
      },
      ...(fixed ? { fixed } : {}),
    });
  }
  return results;
}

const COLORS = { error: 31, warning: 33, info: 36, hint: 90, dim: 90, bold: 1, underline: 4 } as const;

function formatStylish(results: readonly JsonFileResult[], pathErrors: readonly PathError[], color: boolean): string {
  const paint = (code: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[code]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) {
    if (!r.diagnostics.length && !r.error) continue;
    lines.push(paint('underline', r.file));
    if (r.error) lines.push(`  ${paint('error', 'error')}  ${r.error}`);
    const width = Math.max(...r.diagnostics.map((d) => `${d.line}:${d.column}`.length), 0);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      lines.push(`  ${paint('dim', `${d.line}:${d.column}`.padEnd(width))}  ${paint(d.severity, d.severity.padEnd(7))}  ${d.message}  ${paint('dim', d.rule)}`);
    }
    lines.push('');
  }
  for (const e of pathErrors) lines.push(`${paint('error', 'error')}  ${e.path}: ${e.message}`);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const unreadable = pathErrors.length + results.filter((r) => r.error).length;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`;
    lines.push(paint(counts.error ? 'error' : 'warning', summary));
  } else if (unreadable === 0) {
    lines.push(`✔ ${results.length} draft${results.length === 1 ? '' : 's'} checked, no problems`);
  }
  if (unreadable > 0) lines.push(paint('error', `${unreadable} path${unreadable === 1 ? '' : 's'} could not be linted`));
  return lines.join('\n');
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
    console.error(`inmail-lint: ${options}\n\n${USAGE}`);
    return 2;
  }
  const { files, errors } = findDrafts(options.paths, cwd);
  const results = await lintInParallel(files, options, cwd);
  if (options.format === 'json') {
    const errorEntries: JsonFileResult[] = errors.map((e) => ({ file: e.path, diagnostics: [], error: e.message }));
    process.stdout.write(`${JSON.stringify([...results, ...errorEntries], null, 2)}\n`);
    for (const e of [...errors, ...results.filter((r) => r.error).map((r) => ({ path: r.file, message: r.error! }))]) console.error(`inmail-lint: ${e.path}: ${e.message}`);
  } else {
    console.log(formatStylish(results, errors, options.color));
  }
  if (errors.length > 0 || results.some((r) => r.error)) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

declare const INMAIL_VERSION: string;

/** Work for one worker thread: a contiguous slice of the files, so results keep their order. */
interface WorkerJob {
  inmailLint: true;
  files: string[];
  options: Pick<Options, 'fix' | 'quiet'>;
  cwd: string;
}

const MIN_FILES_PER_THREAD = 500;

/**
 * Large runs are split over the machine's cores: each worker thread loads this same bundle and lints a
 * slice. Small runs stay on one thread, where a worker's start-up would cost more than it saves.
 */
async function lintInParallel(files: readonly string[], options: Pick<Options, 'fix' | 'quiet'>, cwd: string): Promise<JsonFileResult[]> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD));
  if (threads <= 1) return lintFiles(files, options, cwd);
  const size = Math.ceil(files.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const workers = slices.slice(1).map(
    (slice) =>
      new Promise<JsonFileResult[]>((resolve, reject) => {
        const job: WorkerJob = { inmailLint: true, files: slice, options, cwd };
        const worker = new Worker(__filename, { workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`lint worker exited with code ${code}`)));
      }),
  );
  const first = lintFiles(slices[0], options, cwd);
  const all = [first, ...(await Promise.all(workers))].flat();
  // Each thread reports a broken config it meets; the writer needs to read about it once.
  const seen = new Set<string>();
  return all.filter((r) => !(r.diagnostics[0]?.rule === 'config') || (!seen.has(r.file) && seen.add(r.file)));
}

if (!isMainThread && (workerData as WorkerJob | undefined)?.inmailLint) {
  const job = workerData as WorkerJob;
  parentPort!.postMessage(lintFiles(job.files, job.options, job.cwd));
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`inmail-lint: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
