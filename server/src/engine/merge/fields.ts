import { mergeFieldMatches } from '../copy';
import type { Message, ParsedDocument } from '../types';
import type { RecipientTable } from './types';

/** How a merge field matches a column: case, spaces, `_` and `-` do not count (`{{First Name}}` is `first_name`). */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A `{{field}}` in a draft, with the column that fills it (-1 when no column does, or no table is given). */
export interface MergeFieldUse {
  name: string;
  key: string;
  /** The braces included. */
  start: number;
  end: number;
  /** The message it is in. */
  message: number;
  /** Whether it sits in the subject, another header's value, or the body. */
  region: 'subject' | 'header' | 'body';
  column: number;
}

/**
 * Every merge field in the draft's subjects, header values and bodies, in document order. The
 * `Recipients:` header names a file, not text to fill, so it is skipped.
 */
export function mergeFieldUses(doc: ParsedDocument, table?: RecipientTable): MergeFieldUse[] {
  const uses: MergeFieldUse[] = [];
  if (!doc.text.includes('{{')) return uses;
  const columns = table ? new Map(table.keys.map((k, i) => [k, i] as const)) : undefined;
  const add = (message: Message, region: MergeFieldUse['region'], from: number, to: number) => {
    for (const m of mergeFieldMatches(doc.text.slice(from, to))) {
      const key = fieldKey(m.name);
      uses.push({ name: m.name, key, start: from + m.start, end: from + m.end, message: message.index, region, column: columns?.get(key) ?? -1 });
    }
  };
  for (const message of doc.messages) {
    for (const h of message.headers) {
      if (h.key === 'recipients') continue;
      add(message, h === message.subject ? 'subject' : 'header', h.valueSpan.start, h.valueSpan.end);
    }
    add(message, 'body', message.bodySpan.start, message.bodySpan.end);
  }
  return uses;
}
