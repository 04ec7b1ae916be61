/**
 * Reading a recipients CSV. Papa Parse does the CSV: quoted fields, embedded separators and line breaks,
 * a BOM, CRLF, and it detects `,`, `;`, tab or `|` as the separator. It was chosen over csv-parse because
 * its browser build is 19 KB with no Node built-in (csv-parse's browser entry carries a Buffer polyfill,
 * 120 KB), and the web server bundle has a size budget.
 */
import Papa from 'papaparse';
import { computeLineStarts, toLineColumn } from '../util';
import { fieldKey } from './fields';
import { MAX_CSV_LENGTH, type CsvProblem, type ParsedRecipients, type RecipientRow } from './types';

export { MAX_CSV_LENGTH };

const NAME_KEYS = ['name', 'fullname'];
const FIRST_KEYS = ['firstname', 'first', 'givenname'];
const LAST_KEYS = ['lastname', 'last', 'surname', 'familyname'];

export function parseRecipients(csvText: string): ParsedRecipients {
  const text = csvText.charCodeAt(0) === 0xfeff ? csvText.slice(1) : csvText;
  if (text.length > MAX_CSV_LENGTH) return { error: { message: `the file is ${Math.round(text.length / 1e6)} MB; recipients lists over 20 MB are not read`, line: 0 } };
  // A NUL never appears in text a spreadsheet exports: this is a binary file (an .xlsx renamed, a zip).
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { error: { message: 'this is a binary file, not CSV (export the sheet as CSV)', line: lineAt(text, nul) } };
  // The separator is guessed from the first rows without blank lines (which would read as one-column rows);
  // the whole file is then read with blank lines kept, so every record's line can be counted.
  const delimiter = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) {
    const message = quotes.code === 'MissingQuotes' ? 'a quoted value is never closed (a " is missing)' : quotes.message.toLowerCase();
    return { error: { message, line: quotes.index !== undefined ? lineAt(text, quotes.index) : 1 } };
  }
  // Each record's line: the records before it, blank lines included, and the line breaks inside their quoted values.
  const records: { values: string[]; line: number }[] = [];
  let line = 1;
  // A CR the parser left in a value, next to its LF line end, is half of that CRLF line break.
  const { linebreak } = parsed.meta;
  for (const values of parsed.data) {
    if (!(values.length === 1 && values[0].trim() === '')) records.push({ values, line });
    line += 1;
    for (const v of values) line += lineBreaks(v);
    if (linebreak === '\n' && values[values.length - 1]?.endsWith('\r')) line--;
    if (linebreak === '\r' && values[0]?.startsWith('\n') && line > 2) line--;
  }
  if (records.length === 0) return { error: { message: 'the file is empty: it needs a header row naming the columns', line: 1 } };
  const [header, ...data] = records;
  const columns = header.values.map((c) => c.trim());
  const emptyColumn = columns.findIndex((c) => c === '');
  if (columns.length === 1 && !/[\p{L}\p{N}]/u.test(columns[0])) return { error: { message: 'the first line is no header row of column names', line: 1 } };
  const problems: CsvProblem[] = [];
  if (emptyColumn !== -1 && columns.length > 1) problems.push({ message: `column ${emptyColumn + 1} has no name in the header row`, line: header.line });
  const keys = columns.map(fieldKey);
  const nameAt = (ks: string[]) => keys.findIndex((k) => ks.includes(k));
  const nameColumn = nameAt(NAME_KEYS);
  const firstColumn = nameAt(FIRST_KEYS);
  const lastColumn = nameAt(LAST_KEYS);
  const rows: RecipientRow[] = [];
  for (const record of data) {
    const rowLine = record.line;
    if (record.values.length > columns.length && record.values.slice(columns.length).some((v) => v.trim() !== '')) {
      problems.push({ message: `this row has ${record.values.length} values for ${columns.length} columns (a separator inside a value that is not quoted?)`, line: rowLine });
    }
    const values: string[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) values[i] = i < record.values.length ? record.values[i].trim() : '';
    let full = nameColumn !== -1 ? values[nameColumn] : '';
    if (!full && firstColumn !== -1) full = values[firstColumn];
    if (lastColumn !== -1 && nameColumn === -1 && values[lastColumn]) full = full ? `${full} ${values[lastColumn]}` : values[lastColumn];
    rows.push({ index: rows.length, line: rowLine, name: full || `row ${rowLine}`, values });
  }
  return { columns, keys, rows, problems };
}

/** Line breaks in a value: CRLF counts one. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  for (let i = value.indexOf('\r'); i !== -1; i = value.indexOf('\r', i + 1)) if (value.charCodeAt(i + 1) !== 10) count++;
  return count;
}

function lineAt(text: string, offset: number): number {
  return toLineColumn(computeLineStarts(text), offset).line;
}

/** A recipient's value for a column, '' when the column does not exist. */
export function valueOf(row: RecipientRow, column: number): string {
  return column >= 0 ? row.values[column] ?? '' : '';
}
