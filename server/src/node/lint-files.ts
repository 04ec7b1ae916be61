/** The CLI's work on each file: read it safely, lint it, and with --fix write the fixes without losing anything. */
import { dirname, isAbsolute, relative } from 'node:path';
import { computeLineStarts, toLineColumn } from '../engine/util';
import { defaultConfig, mergeConfig, type ConfigProblem } from '../engine/config';
import { fixAllEdits } from '../engine/fixes';
import { lint } from '../engine/lint';
import type { Severity } from '../engine/types';
import { ConfigFileCache, findConfigFile } from './config-files';
import { describeFsError } from './find-drafts';
import { decodeDraft, editBytes, invalidUtf8Message, looksBinary, readDraftBytes } from './read-draft';
import { replaceFile } from './safe-write';

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

export interface LintOptions {
  fix: boolean;
  quiet: boolean;
  debug: boolean;
}

export interface LintRun {
  results: JsonFileResult[];
  /** `--debug` lines: what was read, and how much. */
  notes: string[];
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

/**
 * Each file on its own: a file that cannot be read, decoded or written gets its own error and the run
 * goes on to the next.
 */
export function lintFiles(files: readonly string[], options: LintOptions, cwd: string): LintRun {
  const results: JsonFileResult[] = [];
  const notes: string[] = [];
  const configs = new ConfigFileCache();
  const reportedConfigs = new Set<string>();
  const configLookups = new Map<string, string | undefined>();
  for (const file of files) {
    const display = displayPath(file, cwd);
    const configPath = findConfigFile(dirname(file), configLookups);
    const loaded = configPath ? configs.load(configPath) : undefined;
    if (loaded?.problems.length && !reportedConfigs.has(configPath!)) {
      reportedConfigs.add(configPath!);
      results.push(configProblemResult(loaded.problems, cwd));
    }
    const config = mergeConfig(defaultConfig(), loaded?.config);
    const read = readDraftBytes(file, config.maxFileSize);
    if ('error' in read) {
      results.push({ file: display, diagnostics: [], error: read.error });
      continue;
    }
    if (options.debug) notes.push(`read ${file} (${read.bytes.length} bytes)`);
    if (looksBinary(read.bytes)) {
      results.push({ file: display, diagnostics: [], error: 'binary file (contains NUL bytes), not a draft; skipped' });
      continue;
    }
    const decoded = decodeDraft(read.bytes);
    if ('invalid' in decoded) {
      const { line, column } = decoded.invalid;
      const message = invalidUtf8Message(decoded.invalid);
      results.push({ file: display, diagnostics: [{ rule: FILE_ENCODING_RULE, severity: 'error', message, line, column, endLine: line, endColumn: column + 1 }] });
      continue;
    }
    let text = decoded.text;
    let result = lint(text, config, { coachingStats: false });
    let fixed = false;
    let error: string | undefined;
    const edits = options.fix ? fixAllEdits(result.problems) : [];
    if (edits.length) {
      try {
        const next = editBytes(read.bytes, decoded, edits);
        if (replaceFile(file, next.bytes, read) === 'replaced') {
          text = next.text;
          result = lint(text, config, { coachingStats: false });
          fixed = true;
        } else error = CHANGED_MESSAGE;
      } catch (e) {
        error = `fixes not written: ${describeFsError(e)}; the file is unchanged`;
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
      ...(error ? { error } : {}),
      ...(fixed ? { fixed } : {}),
    });
  }
  return { results, notes };
}
