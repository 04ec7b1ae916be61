/**
 * A draft's recipients CSV from disk, for the CLI: the file the `Recipients:` header or `--recipients`
 * names, or the CSV beside the draft with its base name. Read only, never written: the list is the user's.
 */
import { resolve } from 'node:path';
import { parseRecipients } from '../engine/merge/csv';
import { recipientsSource } from '../engine/merge/source';
import { MAX_CSV_LENGTH, type AttachedRecipients, type ParsedRecipients } from '../engine/merge/types';
import { parseDocument } from '../engine/parse';
import { describeFsError } from './fs-errors';
import { decodeDraft, invalidUtf8Message, readDraftBytes } from './read-draft';

export class RecipientsFiles {
  // One read per CSV per run: a campaign's drafts usually share one list.
  private readonly read = new Map<string, ParsedRecipients | undefined>();

  /** `override`: the --recipients file (absolute), used for every draft instead of its own. */
  constructor(private readonly override?: string) {}

  forDraft(draftFile: string, text: string): AttachedRecipients | undefined {
    if (this.override) return { path: this.override, named: true, parsed: this.load(this.override, true)! };
    // A draft with no field and no header is no template: a CSV beside it is none of its business.
    const hasHeader = /^(?:\uFEFF)?recipients[ \t]*:/im.test(text);
    if (!hasHeader && !text.includes('{{')) return undefined;
    const source = recipientsSource(parseDocument(text), draftFile);
    if (!source) return undefined;
    const path = resolve(source.path);
    const parsed = this.load(path, source.header !== undefined);
    return parsed ? { path, named: source.header !== undefined, parsed } : undefined;
  }

  /** Undefined for a CSV beside the draft that does not exist: only a named file must. */
  private load(path: string, named: boolean): ParsedRecipients | undefined {
    const key = `${named ? 'named' : 'beside'}:${path}`;
    if (this.read.has(key)) return this.read.get(key);
    const parsed = readCsv(path, named);
    this.read.set(key, parsed);
    return parsed;
  }
}

/** The CSV at `path` as the engine reads it; undefined when a CSV beside a draft (not `named`) does not exist. */
export function readCsv(path: string, named: boolean): ParsedRecipients | undefined {
  const bytes = readDraftBytes(path, MAX_CSV_LENGTH);
  if ('error' in bytes) {
    if (!named && bytes.error === describeFsError({ code: 'ENOENT' })) return undefined;
    return { error: { message: `cannot be read: ${bytes.error}`, line: 0 } };
  }
  const decoded = decodeDraft(bytes.bytes);
  if ('invalid' in decoded) {
    // The draft's message, up to where it speaks of linting and fixing drafts.
    const message = invalidUtf8Message(decoded.invalid);
    const cut = message.indexOf('; not linted');
    return { error: { message: `${cut === -1 ? message : message.slice(0, cut)}; export it from the spreadsheet as CSV UTF-8`, line: decoded.invalid.line } };
  }
  return parseRecipients(decoded.text);
}
