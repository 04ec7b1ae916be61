/**
 * The server's files read through the editor (`vscode.workspace.fs` on the client's side, see
 * client/src/workspace-files.ts): what the browser build uses, where a web worker has no disk and the
 * workspace may be a virtual file system (github.dev, vscode.dev).
 */
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, parseConfigText, type ConfigResult } from '../engine/config';
import { parseRecipients } from '../engine/merge/csv';
import { mergeCredits } from '../engine/merge/credits';
import { recipientsSource } from '../engine/merge/source';
import { MAX_CSV_LENGTH, type ParsedRecipients } from '../engine/merge/types';
import { DraftTally } from '../engine/draft-tally';
import { parseDocument } from '../engine/parse';
import { RULE_IDS } from '../engine/rules';
import { FindFilesRequest, FindUpRequest, ReadTextFileRequest } from '../protocol';
import type { ConfigFile, DraftSource, WorkspaceFiles } from './files';
import type { Connection } from './library';
import { loadMergeCode } from './merge-code';

/** The folders a walk of the disk skips by default (node/ignore-rules.ts DEFAULT_IGNORES), as one glob. */
export const SKIPPED_GLOB = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/.*/**}';
/** Reads in flight at once during the scan: enough to hide the round trips, few enough not to crowd out edits. */
const SCAN_BATCH = 32;

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);

async function readText(connection: Connection, uri: string, maxBytes: number): Promise<{ text: string } | { error: string }> {
  try {
    return await connection.sendRequest(ReadTextFileRequest, { uri, maxBytes });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

class ClientDrafts implements DraftSource {
  readonly tally = new DraftTally();
  private folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly recipients: (csvUri: string, named: boolean) => Promise<ParsedRecipients | undefined>,
  ) {}

  /** A mail merge spends a credit per recipient who is not free to message: its CSV is read (cached) too. */
  private async tallied(uri: string, text: string, unlessTallied = false): Promise<boolean> {
    const draft = stripBom(text);
    const doc = parseDocument(draft);
    const source = draft.includes('{{') || /^recipients[ \t]*:/im.test(draft) ? recipientsSource(doc, uri) : undefined;
    const parsed = source ? await this.recipients(source.path, source.header !== undefined).catch(() => undefined) : undefined;
    // An open editor that reported the draft while its list was read is newer.
    if (unlessTallied && this.tally.has(uri)) return false;
    return this.tally.update(uri, doc, mergeCredits(doc, parsed));
  }

  async scan(folderUris: readonly string[]): Promise<void> {
    this.folders = folderUris.map((f) => (f.endsWith('/') ? f : `${f}/`));
    for (const folderUri of folderUris) {
      const files = await this.connection.sendRequest(FindFilesRequest, { folderUri, include: '**/*.inmail', exclude: SKIPPED_GLOB }).catch(() => []);
      for (let i = 0; i < files.length; i += SCAN_BATCH) {
        await Promise.all(files.slice(i, i + SCAN_BATCH).map((uri) => this.scanOne(uri)));
      }
    }
  }

  /** A draft an open editor reported, before or while its file was read, is newer there and is kept. */
  private async scanOne(uri: string): Promise<void> {
    if (this.tally.has(uri)) return;
    const read = await readText(this.connection, uri, DEFAULT_MAX_FILE_SIZE);
    if (!('error' in read) && !this.tally.has(uri)) await this.tallied(uri, read.text, true);
  }

  keyOf(uri: string): string | undefined {
    return uri.endsWith('.inmail') && this.folders.some((f) => uri.startsWith(f)) ? uri : undefined;
  }

  uriOf(key: string): string {
    return key;
  }

  async reread(uri: string): Promise<boolean> {
    const read = await readText(this.connection, uri, DEFAULT_MAX_FILE_SIZE);
    return 'error' in read ? this.tally.remove(uri) : this.tallied(uri, read.text);
  }
}

export class ClientFiles implements WorkspaceFiles {
  /** Per folder of a document: its nearest config file's URI. Any config event clears it (one may have appeared). */
  private readonly nearest = new Map<string, Promise<string | null>>();
  private readonly configs = new Map<string, Promise<ConfigResult>>();
  // Until a watched-file event says the CSV changed: each keystroke in a draft asks for its list.
  private readonly csvs = new Map<string, Promise<ParsedRecipients | undefined>>();
  readonly drafts: ClientDrafts;

  recipients(csvUri: string, named: boolean): Promise<ParsedRecipients | undefined> {
    const key = `${named}:${csvUri}`;
    let parsed = this.csvs.get(key);
    if (!parsed) {
      parsed = readText(this.connection, csvUri, MAX_CSV_LENGTH).then((read) => {
        // The parser is part of the merge code, fetched once a draft's CSV is there to read.
        if (!('error' in read)) return loadMergeCode().then(() => parseRecipients(read.text));
        // The editor's file systems word a missing file their own way.
        if (!named && /not ?found|nonexistent|ENOENT/i.test(read.error)) return undefined;
        return { error: { message: `cannot be read: ${read.error}`, line: 0 } };
      });
      this.csvs.set(key, parsed);
      // Code that failed to load is asked for again by the next keystroke, not remembered with the list.
      parsed.catch(() => this.csvs.get(key) === parsed && this.csvs.delete(key));
    }
    return parsed;
  }

  recipientsChanged(uri: string): boolean {
    const named = this.csvs.delete(`true:${uri}`);
    return this.csvs.delete(`false:${uri}`) || named;
  }

  constructor(private readonly connection: Connection) {
    this.drafts = new ClientDrafts(connection, (csvUri, named) => this.recipients(csvUri, named));
  }

  async configFor(docUri: string): Promise<ConfigFile | undefined> {
    // An untitled buffer has no folder to look in.
    if (docUri.startsWith('untitled:')) return undefined;
    const folder = folderOf(docUri);
    let found = this.nearest.get(folder);
    if (!found) {
      found = this.connection.sendRequest(FindUpRequest, { uri: docUri, name: CONFIG_FILE_NAME }).catch(() => null);
      this.nearest.set(folder, found);
    }
    const uri = await found;
    if (!uri) return undefined;
    let result = this.configs.get(uri);
    if (!result) {
      // The config reader (jsonc-parser) comes with the merge code, loaded the first time a workspace has a config.
      const unread = (why: string): ConfigResult => ({ config: {}, problems: [{ path: uri, line: 1, column: 1, start: 0, end: 0, key: '', message: `cannot read config: ${why}; defaults are used` }] });
      result = readText(this.connection, uri, DEFAULT_MAX_FILE_SIZE).then(async (read) => {
        if ('error' in read) return unread(read.error);
        try {
          await loadMergeCode();
        } catch (error) {
          // Read again next time: the reader's file may be served by then.
          this.configs.delete(uri);
          return unread(`the config reader did not load (${error instanceof Error ? error.message : String(error)})`);
        }
        return parseConfigText(read.text, uri, RULE_IDS);
      });
      this.configs.set(uri, result);
    }
    return { uri, result: await result };
  }

  configChanged(uri: string): string | undefined {
    if (!uri.endsWith(`/${CONFIG_FILE_NAME}`)) return undefined;
    this.nearest.clear();
    this.configs.delete(uri);
    return uri;
  }
}
