/** The CLI's work on each file: read it safely, lint it, and with --fix write the fixes without losing anything. */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { computeLineStarts, toLineColumn } from '../engine/util';
import { defaultConfig, mergeConfig, type ConfigProblem, type InmailConfig as Config } from '../engine/config';
import { fixAllEdits } from '../engine/fixes';
import { lint } from '../engine/lint';
import type { Problem, Severity, TextEdit } from '../engine/types';
import { ConfigFileCache, findConfigFile } from './config-files';
import { describeFsError } from './find-drafts';
import { decodeDraft, editBytes, invalidUtf8Message, looksBinary, readDraftBytes, tooLargeMessage, type DraftBytes } from './read-draft';
import { mergeReport, type JsonMerge, type JsonRecipient } from './merge-report';
import { RecipientsFiles } from './recipients';
import { replaceFile, type ReplaceOutcome } from './safe-write';

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
  /** With --fix: how many problems the written fixes took care of. */
  fixedProblems?: number;
  /** A mail merge: each recipient's own problems, placed on the draft. */
  recipients?: JsonRecipient[];
  /** A mail merge: the CSV, and the credits its recipients cost (one each but Open Profiles and 1st-degree connections). */
  merge?: JsonMerge['merge'];
}

export interface LintOptions {
  fix: boolean;
  quiet: boolean;
  debug: boolean;
  /** --config: this file instead of the nearest .inmailrc.json (absolute). */
  configFile?: string;
  /** --recipients: this CSV for every draft (absolute). */
  recipients?: string;
}

export interface LintRun {
  results: JsonFileResult[];
  /** `--debug` lines: what was read, and how much. */
  notes: string[];
  warnings: number;
}

/** Not a rule of the engine (which sees text, not bytes): the CLI's own check, like `config`. */
export const FILE_ENCODING_RULE = 'file-encoding';
export const CHANGED_MESSAGE = 'changed since it was read; not fixed';

/** Paths below the working folder are shown relative to it, others in full. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function configProblemResult(problems: readonly ConfigProblem[], cwd: string): JsonFileResult {
  return {
    file: displayPath(problems[0].path, cwd),
    diagnostics: problems.map((p) => ({ rule: 'config', severity: 'error', message: `${p.key ? `${p.key}: ` : ''}${p.message}`, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + Math.max(1, p.end - p.start) })),
  };
}

/** Shown for a draft read from stdin without --stdin-filename. */
export const STDIN_NAME = '<stdin>';

/** A draft's bytes as read, with where they came from and how fixed bytes go back. */
interface DraftSource {
  file: string;
  display: string;
  read: DraftBytes;
  /** Puts the fixed bytes in place of the draft: 'changed' when the draft is no longer what was read. */
  write(bytes: Buffer): ReplaceOutcome;
}

interface DraftOutcome {
  result: JsonFileResult;
  /** Warnings after fixes, --quiet or not: what --max-warnings counts, as ESLint does. */
  warnings: number;
}

/** How many problems the fixes that were applied came from. */
function fixedProblemCount(problems: readonly Problem[], edits: readonly TextEdit[]): number {
  const applied = new Set(edits);
  return problems.filter((p) => p.fix && p.fix.edits.length > 0 && p.fix.edits.every((e) => applied.has(e))).length;
}

/** The CLI prints counts only: the reading-ease figure and the RABT check of the editor's gauge are skipped. */
const CLI_LINT = { coachingStats: false } as const;

function lintDraft(source: DraftSource, config: Config, options: LintOptions, recipients: RecipientsFiles): DraftOutcome {
  const { display, read } = source;
  if (looksBinary(read.bytes)) return { result: { file: display, diagnostics: [], error: 'binary file (contains NUL bytes), not a draft; skipped' }, warnings: 0 };
  const decoded = decodeDraft(read.bytes);
  if ('invalid' in decoded) {
    const { line, column } = decoded.invalid;
    const message = invalidUtf8Message(decoded.invalid);
    return { result: { file: display, diagnostics: [{ rule: FILE_ENCODING_RULE, severity: 'error', message, line, column, endLine: line, endColumn: column + 1 }] }, warnings: 0 };
  }
  let text = decoded.text;
  // The CSV is read, never written: --fix edits the draft alone.
  let result = lint(text, config, { ...CLI_LINT, recipients: recipients.forDraft(source.file, text) });
  let fixedProblems = 0;
  let error: string | undefined;
  const edits = options.fix ? fixAllEdits(result.problems) : [];
  if (edits.length) {
    try {
      const next = editBytes(read.bytes, decoded, edits);
      if (source.write(next.bytes) === 'replaced') {
        fixedProblems = fixedProblemCount(result.problems, edits);
        text = next.text;
        result = lint(text, config, { ...CLI_LINT, recipients: recipients.forDraft(source.file, text) });
      } else error = CHANGED_MESSAGE;
    } catch (e) {
      error = `fixes not written: ${describeFsError(e)}; the file is unchanged`;
    }
  }
  const lineStarts = computeLineStarts(text);
  const first = result.stats.messages[0];
  return {
    warnings: result.problems.filter((p) => p.severity === 'warning').length,
    result: {
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
      ...(error ? { error } : {}),
      ...(fixedProblems ? { fixed: true, fixedProblems } : {}),
      ...mergeReport(result, lineStarts, options.quiet),
    },
  };
}

/** Settings for one draft: the --config file, or else the nearest .inmailrc.json; a broken one is reported once. */
class ConfigLookup {
  private readonly configs = new ConfigFileCache();
  private readonly reported = new Set<string>();
  private readonly lookups = new Map<string, string | undefined>();
  // Merged once per config file as read (a run of thousands of drafts has a handful), not once per draft.
  private readonly merged = new Map<object | undefined, Config>();

  constructor(
    private readonly configFile: string | undefined,
    private readonly cwd: string,
  ) {}

  forFolder(dir: string, results: JsonFileResult[]): Config {
    const configPath = this.configFile ?? findConfigFile(dir, this.lookups);
    const loaded = configPath ? this.configs.load(configPath) : undefined;
    if (loaded?.problems.length && !this.reported.has(configPath!)) {
      this.reported.add(configPath!);
      results.push(configProblemResult(loaded.problems, this.cwd));
    }
    let config = this.merged.get(loaded?.config);
    if (!config) {
      config = mergeConfig(defaultConfig(), loaded?.config);
      this.merged.set(loaded?.config, config);
    }
    return config;
  }
}

/**
 * Each file on its own: a file that cannot be read, decoded or written gets its own error and the run
 * goes on to the next.
 */
export function lintFiles(files: readonly string[], options: LintOptions, cwd: string): LintRun {
  const results: JsonFileResult[] = [];
  const notes: string[] = [];
  let warnings = 0;
  const configs = new ConfigLookup(options.configFile, cwd);
  const recipients = new RecipientsFiles(options.recipients);
  for (const file of files) {
    const display = displayPath(file, cwd);
    const config = configs.forFolder(dirname(file), results);
    const read = readDraftBytes(file, config.maxFileSize);
    if ('error' in read) {
      results.push({ file: display, diagnostics: [], error: read.error });
      continue;
    }
    if (options.debug) notes.push(`read ${file} (${read.bytes.length} bytes)`);
    const outcome = lintDraft({ file, display, read, write: (bytes) => replaceFile(file, bytes, read) }, config, options, recipients);
    results.push(outcome.result);
    warnings += outcome.warnings;
  }
  return { results, notes, warnings };
}

/**
 * A draft read from stdin, linted as if it were at `filename` (its settings come from there). With
 * --fix, the fixed text is returned for the caller to print; nothing is written. `readInput` reads at
 * most the bytes it is given and one more, so endless input stops at the size cap.
 */
export function lintStdin(readInput: (maxBytes: number) => Buffer, filename: string | undefined, options: LintOptions, cwd: string): LintRun & { output?: Buffer } {
  const results: JsonFileResult[] = [];
  const path = filename === undefined ? undefined : resolve(cwd, filename);
  const config = new ConfigLookup(options.configFile, cwd).forFolder(path ? dirname(path) : cwd, results);
  const display = path ? displayPath(path, cwd) : STDIN_NAME;
  let bytes: Buffer;
  try {
    bytes = readInput(config.maxFileSize);
  } catch (error) {
    results.push({ file: display, diagnostics: [], error: `cannot read stdin: ${describeFsError(error)}` });
    return { results, notes: [], warnings: 0 };
  }
  if (bytes.length > config.maxFileSize) {
    results.push({ file: display, diagnostics: [], error: tooLargeMessage(config.maxFileSize) });
    return { results, notes: [], warnings: 0 };
  }
  // Bytes, not text: a draft that is not UTF-8 goes back out exactly as it came in.
  let output = bytes;
  const identity = { dev: 0n, ino: 0n, size: BigInt(bytes.length), mtimeNs: 0n, mode: 0, uid: 0, gid: 0 };
  const write = (fixed: Buffer): ReplaceOutcome => {
    output = fixed;
    return 'replaced';
  };
  const recipients = new RecipientsFiles(options.recipients);
  const outcome = lintDraft({ file: path ?? '', display, read: { bytes, identity }, write }, config, options, recipients);
  results.push(outcome.result);
  return { results, notes: options.debug ? [`read stdin (${bytes.length} bytes)`] : [], warnings: outcome.warnings, output };
}
