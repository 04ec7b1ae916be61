/** What a column holds, for a hover on its merge field: a few values as written, the longest, and the gaps. */
import { countUnits } from '../measure';
import type { RecipientTable } from './types';

export interface ColumnSummary {
  column: string;
  /** Up to `sampleCount` distinct values, in row order. */
  samples: string[];
  /** The value that adds the most characters, and whose it is; undefined when every value is empty. */
  longest?: { value: string; length: number; name: string; line: number };
  empty: number;
  total: number;
}

export function columnSummary(table: RecipientTable, column: number, sampleCount = 3): ColumnSummary {
  const samples: string[] = [];
  let longest: ColumnSummary['longest'];
  let empty = 0;
  for (const row of table.rows) {
    const value = row.values[column] ?? '';
    if (value === '') {
      empty++;
      continue;
    }
    if (samples.length < sampleCount && !samples.includes(value)) samples.push(value);
    const length = countUnits(value);
    if (!longest || length > longest.length) longest = { value, length, name: row.name, line: row.line };
  }
  return { column: table.columns[column], samples, longest, empty, total: table.rows.length };
}
