import { n } from '../measure';
import { fileName } from '../merge/names';
import { recipientsHeader } from '../merge/source';
import { isTable } from '../merge/types';
import type { Rule } from './rule';

/** Per draft: a file with a problem on every line would bury the draft's own. */
const MAX_REPORTED = 5;

export const rule: Rule = {
  meta: {
    id: 'recipients-file',
    description: 'The recipients CSV is missing, unreadable or not CSV; the draft\'s other rules still run.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    heuristic: false,
  },
  check({ doc, recipients, report }) {
    if (!recipients) return;
    // On the header that names the file, or on the draft's first line for the CSV beside it.
    const header = recipientsHeader(doc);
    const span = header ? header.valueSpan : { start: 0, end: Math.max(0, doc.text.search(/\r|\n|$/)) };
    // The file as the writer named it; the related information carries the full path.
    const shown = header?.value || fileName(recipients.path);
    const where = (line: number) => (line > 0 ? `${shown}, line ${n(line)}` : shown);
    if (!isTable(recipients.parsed)) {
      const { message, line } = recipients.parsed.error;
      report({ ...span, message: `Recipients file ${where(line)}: ${message}. Recipients are not checked until it reads.`, related: line > 0 ? [{ path: recipients.path, line, message }] : undefined });
      return;
    }
    const problems = recipients.parsed.problems;
    for (const p of problems.slice(0, MAX_REPORTED)) {
      report({ ...span, message: `Recipients file ${where(p.line)}: ${p.message}.`, related: [{ path: recipients.path, line: p.line, message: p.message }] });
    }
    if (problems.length > MAX_REPORTED) report({ ...span, message: `Recipients file ${shown}: ${n(problems.length - MAX_REPORTED)} more rows like these.` });
  },
};
