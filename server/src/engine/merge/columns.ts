/**
 * A recipients table's columns as numbers: each value interned once, with what the lint asks of it. Kept per
 * table, so the keystrokes that re-lint a draft against the same CSV pay for this once.
 */
import type { RecipientRow, RecipientTable } from './types';

export interface ColumnIndex {
  /** Per row, the id of its value. */
  ids: Int32Array;
  /** Per id. */
  values: string[];
  /** Whether the value counts on its own wherever it is put: no line break, nothing that joins what comes before. */
  alone: Uint8Array;
  /** The rows whose value is empty, in order. */
  emptyRows: RecipientRow[];
}

// A value that starts with a combining mark or a Hangul jamo could join the character before it under NFC.
export const JOINS_BEFORE = /^[\p{M}\u1100-\u11ff\u3130-\u318f]/u;

const indexes = new WeakMap<RecipientTable, ColumnIndex[]>();

export function columnIndex(table: RecipientTable, column: number): ColumnIndex {
  let perTable = indexes.get(table);
  if (!perTable) indexes.set(table, (perTable = []));
  return (perTable[column] ??= build(table, column));
}

function build(table: RecipientTable, column: number): ColumnIndex {
  const ids = new Int32Array(table.rows.length);
  const byValue = new Map<string, number>();
  const values: string[] = [];
  const emptyRows: RecipientRow[] = [];
  table.rows.forEach((row, i) => {
    const value = row.values[column];
    if (value === '') emptyRows.push(row);
    let id = byValue.get(value);
    if (id === undefined) {
      byValue.set(value, (id = values.length));
      values.push(value);
    }
    ids[i] = id;
  });
  const alone = new Uint8Array(values.length);
  values.forEach((v, id) => {
    alone[id] = !v.includes('\n') && !v.includes('\r') && !JOINS_BEFORE.test(v) ? 1 : 0;
  });
  return { ids, values, alone, emptyRows };
}
