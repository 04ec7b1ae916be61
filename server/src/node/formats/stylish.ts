/**
 * The CLI's default output, modelled on ESLint's "stylish": one block per file, then a summary. A file's
 * line is its absolute path, as ESLint prints it, so VS Code's `$eslint-stylish` problem matcher (whose
 * file locations are absolute) finds the file; each problem line is `line:column severity message rule`.
 */
import { resolve } from 'node:path';
import { STDIN_NAME, type JsonFileResult } from '../lint-files';
import type { PathError } from '../find-drafts';
import { escapeForTerminal as safe } from '../terminal-text';
import { mergeSummary } from '../merge-report';

const COLORS = { error: 31, warning: 33, info: 36, dim: 90, bold: 1, underline: 4 } as const;

/** Every string from a draft, a file name or the file system is escaped before it reaches the terminal. */
export function formatStylish(results: readonly JsonFileResult[], pathErrors: readonly PathError[], color: boolean, cwd: string): string {
  const paint = (code: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[code]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) {
    if (!r.diagnostics.length && !r.error && !r.merge) continue;
    lines.push(paint('underline', safe(r.file === STDIN_NAME ? r.file : resolve(cwd, r.file))));
    if (r.error) lines.push(`  ${paint('error', 'error')}  ${safe(r.error)}`);
    const width = Math.max(...r.diagnostics.map((d) => `${d.line}:${d.column}`.length), 0);
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      // The matcher knows error, warning and info; a hint line would end its reading of the file.
      const shown = d.severity === 'hint' ? 'info' : d.severity;
      lines.push(`  ${paint('dim', `${d.line}:${d.column}`.padEnd(width))}  ${paint(shown, shown.padEnd(7))}  ${safe(d.message)}  ${paint('dim', safe(d.rule))}`);
    }
    if (r.merge) lines.push(`  ${paint('dim', safe(mergeSummary(r.merge, cwd)))}`);
    lines.push('');
  }
  for (const e of pathErrors) lines.push(`${paint('error', 'error')}  ${safe(e.path)}: ${safe(e.message)}`);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const unreadable = pathErrors.length + results.filter((r) => r.error).length;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`;
    lines.push(paint(counts.error ? 'error' : 'warning', summary));
  } else if (unreadable === 0) {
    lines.push(`✔ ${results.length} draft${results.length === 1 ? '' : 's'} checked, no problems`);
  }
  if (unreadable > 0) lines.push(paint('error', `${unreadable} path${unreadable === 1 ? '' : 's'} could not be linted or fixed`));
  return lines.join('\n');
}
