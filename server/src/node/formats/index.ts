/** The report in the format asked for: what goes to stdout or --output-file. */
import type { Format } from '../cli-args';
import type { PathError } from '../find-drafts';
import type { JsonFileResult } from '../lint-files';
import { formatGithub } from './github';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface Report {
  results: readonly JsonFileResult[];
  pathErrors: readonly PathError[];
  cwd: string;
  color: boolean;
}

/** The report's text, ending in a newline; empty when a format has nothing to say (github on clean drafts). */
export function formatReport(format: Format, report: Report): string {
  const { results, pathErrors, cwd } = report;
  let text: string;
  if (format === 'json') {
    const errorEntries: JsonFileResult[] = pathErrors.map((e) => ({ file: e.path, diagnostics: [], error: e.message }));
    text = JSON.stringify([...results, ...errorEntries], null, 2);
  } else if (format === 'sarif') text = formatSarif(results, pathErrors, cwd);
  else if (format === 'github') text = formatGithub(results, pathErrors);
  else text = formatStylish(results, pathErrors, report.color, cwd);
  return text ? `${text}\n` : '';
}
