/** A recipients CSV as the engine reads it: the caller reads the file, the engine never touches it. */

/** Past this a file is no recipients list a person keeps by hand; reading it would stall the editor. */
export const MAX_CSV_LENGTH = 20_000_000;

/** A place in the CSV: `line` is 1-based; 0 when the problem is the file as a whole (missing, unreadable). */
export interface CsvProblem {
  message: string;
  line: number;
}

export interface RecipientRow {
  /** 0-based among the data rows. */
  index: number;
  /** 1-based line of the CSV where the row starts (a quoted value may span several lines). */
  line: number;
  /** From the name, first_name and last_name columns; `row 14` when the CSV has none. */
  name: string;
  /** One per column, trimmed; a short row is padded with empty values. */
  values: string[];
}

export interface RecipientTable {
  /** The header row as written. */
  columns: string[];
  /** The columns as merge fields match them: lower case, without spaces, `_` or `-`. */
  keys: string[];
  rows: RecipientRow[];
  /** Rows the parser could read only in part (more values than columns): reported, the rest still used. */
  problems: CsvProblem[];
}

export type ParsedRecipients = RecipientTable | { error: CsvProblem };

/** What a lint is given about a draft's recipients: where the CSV is, as the caller names it, and what it holds. */
export interface AttachedRecipients {
  /** The path or URI shown in messages and used for related information. */
  path: string;
  /** True when a `Recipients:` header named the file; false for a CSV found beside the draft. */
  named: boolean;
  parsed: ParsedRecipients;
}

export function isTable(parsed: ParsedRecipients): parsed is RecipientTable {
  return !('error' in parsed);
}
