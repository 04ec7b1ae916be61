/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per problem, which the
 * runner turns into an annotation on the file and line of the pull request. Escaping follows the
 * runner's: `%`, CR and LF in the message; those and `:` and `,` in a property.
 */
import type { Severity } from '../../engine/types';
import type { PathError } from '../find-drafts';
import type { JsonFileResult } from '../lint-files';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind} ${props}::${escapeData(message)}`;
}

export function formatGithub(results: readonly JsonFileResult[], pathErrors: readonly PathError[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) lines.push(command('error', { file: r.file, title: 'inmail-lint' }, r.error));
    for (const d of r.diagnostics) {
      lines.push(command(COMMAND[d.severity], { file: r.file, line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn, title: d.rule }, d.message));
    }
  }
  for (const e of pathErrors) lines.push(command('error', { title: 'inmail-lint' }, `${e.path}: ${e.message}`));
  return lines.join('\n');
}
