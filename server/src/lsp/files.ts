/**
 * How the server reaches files beyond the open documents: the disk when it runs under Node, the editor's
 * `workspace.fs` when it runs in a browser's web worker (see client-files.ts). The server itself never
 * asks which.
 */
import type { ConfigResult } from '../engine/config';
import type { ParsedRecipients } from '../engine/merge/types';
import type { DraftTally } from '../engine/draft-tally';

export interface ConfigFile {
  uri: string;
  result: ConfigResult;
}

export interface WorkspaceFiles {
  /** The nearest `.inmailrc.json` at or above a document, read and checked; undefined where there is none or the URI is out of reach. */
  configFor(docUri: string): Promise<ConfigFile | undefined>;
  /** A watched file changed or went away. When it is a config file, the URI its problems are published on; else undefined. */
  configChanged(uri: string): string | undefined;
  /**
   * A mail merge's recipients CSV, read and parsed, cached until it changes. Undefined for a CSV beside a
   * draft (not `named`) that does not exist; a named one that cannot be read is an error to report.
   */
  recipients(csvUri: string, named: boolean): Promise<ParsedRecipients | undefined>;
  /** A watched file changed or went away: true when it was a recipients CSV read before, whose drafts need a new lint. */
  recipientsChanged(uri: string): boolean;
  readonly drafts: DraftSource;
}

/** The drafts in the workspace folders, as the credit estimate counts them. */
export interface DraftSource {
  readonly tally: DraftTally;
  /** Reads every draft in the folders. A draft the tally already holds (an open editor reported it) is newer there and is kept. */
  scan(folderUris: readonly string[]): Promise<void>;
  /** The tally's key for a URI that names a draft in a scanned folder; undefined for anything else. */
  keyOf(uri: string): string | undefined;
  uriOf(key: string): string;
  /** Reads a draft's file again; true when the estimate changed. */
  reread(key: string): Promise<boolean>;
}
