/**
 * A recipients table's columns as numbers: each value interned once, with its count and kind. Kept per
 * table, so the keystrokes that re-lint a draft against the same CSV pay for this once.
 */
import { countUnits } from '../measure';
import type { RecipientRow, RecipientTable } from './types';

export const EMPTY = 0;
export const PLAIN = 1;
export const OTHER = 2;

export interface ColumnIndex {
  /** Per row, the id of its value. */
  ids: Int32Array;
  /** Per id. */
  values: string[];
  units: Int32Array;
  /** EMPTY, PLAIN (words, digits, spaces and . , ' & -) or OTHER. */
  kind: Uint8Array;
  /** Whether the value counts on its own wherever it is put: no line break, nothing that joins what comes before. */
  alone: Uint8Array;
  /** The rows whose value is empty, in order. */
  emptyRows: RecipientRow[];
}

const PLAIN_VALUE = /^[\p{L}\p{M}\p{N} .,'’&-]{1,100}$/u;
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
  const units = new Int32Array(values.length);
  const kind = new Uint8Array(values.length);
  const alone = new Uint8Array(values.length);
  values.forEach((v, id) => {
    units[id] = countUnits(v);
    kind[id] = v === '' ? EMPTY : PLAIN_VALUE.test(v) && !JOINS_BEFORE.test(v) ? PLAIN : OTHER;
    alone[id] = !v.includes('\n') && !v.includes('\r') && !JOINS_BEFORE.test(v) ? 1 : 0;
  });
  return { ids, values, units, kind, alone, emptyRows };
}
