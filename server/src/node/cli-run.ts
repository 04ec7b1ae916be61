/** One run of `inmail-lint`: find the drafts (or read stdin), lint them, report, and choose the exit code. */
import { mkdirSync, readSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { configSchema } from '../engine/config-schema';
import { parseCliArgs, USAGE, wantsColor, type CliOptions } from './cli-args';
import type { PathError } from './find-drafts';
import { findDrafts } from './find-globs';
import { describeFsError } from './fs-errors';
import { formatReport } from './formats';
import { loadIgnoreRules } from './ignore-rules';
import { lintStdin, type JsonFileResult, type LintOptions, type LintRun } from './lint-files';
import { lintInParallel } from './parallel-lint';
import { writeFileAtomically } from './safe-write';
import { escapeForTerminal } from './terminal-text';

declare const INMAIL_VERSION: string;

const say = (line: string) => process.stderr.write(`inmail-lint: ${escapeForTerminal(line)}\n`);

/** At most `maxBytes + 1` bytes of stdin: enough to tell a draft over the cap without reading on forever. */
function readStdin(maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= maxBytes) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}

interface Linted extends LintRun {
  pathErrors: PathError[];
  skippedWithDrafts: string[];
  /** stdin with --fix: the draft's fixed bytes, for stdout. */
  output?: Buffer;
}

async function lint(options: CliOptions, lintOptions: LintOptions, cwd: string): Promise<Linted | string> {
  if (options.stdin) return { ...lintStdin(readStdin, options.stdinFilename, lintOptions, cwd), pathErrors: [], skippedWithDrafts: [] };
  const rules = loadIgnoreRules(cwd, { enabled: options.ignore, patterns: options.ignorePatterns });
  if ('error' in rules) return `cannot read ${rules.error}`;
  const found = findDrafts(options.paths, cwd, rules);
  const run = await lintInParallel(found.files, lintOptions, cwd);
  return { ...run, notes: [...found.notes, ...run.notes], pathErrors: found.errors, skippedWithDrafts: found.skippedWithDrafts ?? [] };
}

function countOf(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  const options = parseCliArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`inmail-lint: ${escapeForTerminal(options)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) return process.stdout.write(`${USAGE}\n`), 0;
  if (options.version) return process.stdout.write(`${INMAIL_VERSION}\n`), 0;
  if (options.printConfigSchema) return process.stdout.write(`${JSON.stringify(configSchema(), null, 2)}\n`), 0;
  const configFile = options.config === undefined ? undefined : resolve(cwd, options.config);
  if (configFile) {
    try {
      if (!statSync(configFile).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    } catch (error) {
      say(`--config ${options.config}: ${describeFsError(error)}`);
      return 2;
    }
  }
  const recipients = options.recipients === undefined ? undefined : resolve(cwd, options.recipients);
  const linted = await lint(options, { fix: options.fix, quiet: options.quiet, debug: options.debug, configFile, recipients }, cwd);
  if (typeof linted === 'string') {
    say(linted);
    return 2;
  }
  const { results, pathErrors } = linted;
  if (options.debug) for (const note of linted.notes) say(`debug: ${note}`);
  for (const r of results) if (r.fixedProblems) say(`fixed ${countOf(r.fixedProblems, 'problem')} in ${r.file}`);
  // stdin's fixed text takes stdout, so the report moves to stderr unless it has a file of its own.
  const output = linted.output && options.fix ? linted.output : undefined;
  const reportToStderr = output !== undefined && options.outputFile === undefined;
  const toTerminal = options.outputFile === undefined && !!(reportToStderr ? process.stderr : process.stdout).isTTY;
  const report = formatReport(options.format, { results, pathErrors, cwd, color: wantsColor(options.color, process.env, toTerminal) });
  let written = true;
  if (options.outputFile !== undefined) {
    const target = resolve(cwd, options.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomically(target, Buffer.from(report, 'utf8'));
    } catch (error) {
      say(`cannot write the report to ${options.outputFile}: ${describeFsError(error)}`);
      written = false;
    }
  } else (reportToStderr ? process.stderr : process.stdout).write(report);
  if (output) process.stdout.write(output);
  if (options.format !== 'stylish') {
    const failures: PathError[] = [...pathErrors, ...results.filter((r) => r.error).map((r: JsonFileResult) => ({ path: r.file, message: r.error! }))];
    for (const e of failures) say(`${e.path}: ${e.message}`);
  }
  for (const folder of linted.skippedWithDrafts) {
    const shown = relative(cwd, folder) || folder;
    const name = folder.split(/[\\/]/).pop();
    say(`note: ${shown} holds drafts that were not linted (its folder is skipped by default); name it to lint them, e.g. "${shown}", or add "!${name}/" to .inmailignore`);
  }
  if (!written || pathErrors.length > 0 || results.some((r) => r.error)) return 2;
  if (results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return 1;
  if (options.maxWarnings !== undefined && linted.warnings > options.maxWarnings) {
    say(`${countOf(linted.warnings, 'warning')}, more than --max-warnings ${options.maxWarnings} allows`);
    return 1;
  }
  return 0;
}
