import { n } from '../measure';
import type { RecipientRow } from './types';

/** Names in a diagnostic's message; the rest are counted, and listed in its related information. */
export const NAMES_IN_MESSAGE = 3;
/** Related entries per diagnostic: past this an editor's hover is a wall; the message still counts everyone. */
export const MAX_RELATED = 20;

/** "3 of 120 recipients" */
export function howMany(count: number, total: number): string {
  return `${n(count)} of ${n(total)} recipient${total === 1 ? '' : 's'}`;
}

/** "Dana Whitfield, Bo Chen, Al Smith and more" */
export function someNames(rows: readonly RecipientRow[], label: (row: RecipientRow) => string = (r) => r.name): string {
  return rows.slice(0, NAMES_IN_MESSAGE).map(label).join(', ') + (rows.length > NAMES_IN_MESSAGE ? ' and more' : '');
}

/** The file's own name, for messages: the related information carries the full path. */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}
