import { parseDegree, parseYesNo } from '../headers';
import type { ParsedDocument } from '../types';
import { isTable, type ParsedRecipients, type RecipientRow, type RecipientTable } from './types';

/** The columns that make a recipient free to message, matched as merge fields are (`Open Profile`, `open-profile`). */
const OPEN_PROFILE = 'openprofile';
const DEGREE = 'degree';

/**
 * Whether messaging this recipient is free: an Open Profile (`open_profile` yes/true) or a 1st-degree
 * connection (`degree` 1st). Anything else, an empty cell included, costs a credit, as a draft without
 * those headers does.
 */
export function recipientIsFree(table: RecipientTable, row: RecipientRow): boolean {
  const open = table.keys.indexOf(OPEN_PROFILE);
  const degree = table.keys.indexOf(DEGREE);
  return (open !== -1 && parseYesNo(row.values[open]) === true) || (degree !== -1 && parseDegree(row.values[degree]) === '1st');
}

export interface RecipientCredits {
  /** Recipients whose message will spend a credit. */
  needed: number;
  openProfile: number;
  firstDegree: number;
}

/**
 * Credits a mail merge spends: one per recipient who is neither an Open Profile nor a 1st-degree
 * connection, when the draft is an InMail still to send (a connection note or a sent draft spends none).
 */
export function recipientCredits(doc: ParsedDocument, table: RecipientTable): RecipientCredits {
  const first = doc.messages[0];
  if (first.kind !== 'inmail' || first.status !== 'draft') return { needed: 0, openProfile: 0, firstDegree: 0 };
  let counts = counted.get(table);
  if (!counts) counted.set(table, (counts = countCredits(table)));
  return { ...counts };
}

// Counted once per table: the estimate asks on every keystroke in the draft.
const counted = new WeakMap<RecipientTable, RecipientCredits>();

function countCredits(table: RecipientTable): RecipientCredits {
  const counts = { needed: 0, openProfile: 0, firstDegree: 0 };
  const open = table.keys.indexOf(OPEN_PROFILE);
  const degree = table.keys.indexOf(DEGREE);
  for (const row of table.rows) {
    if (open !== -1 && parseYesNo(row.values[open]) === true) counts.openProfile++;
    else if (degree !== -1 && parseDegree(row.values[degree]) === '1st') counts.firstDegree++;
    else counts.needed++;
  }
  return counts;
}

/** For the credit estimate: what a draft with these recipients spends, or undefined when it has no readable list (it counts as one draft). */
export function mergeCredits(doc: ParsedDocument, parsed: ParsedRecipients | undefined): number | undefined {
  return parsed && isTable(parsed) ? recipientCredits(doc, parsed).needed : undefined;
}
