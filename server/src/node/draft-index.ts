/** The credit tally of the .inmail files on disk under the workspace folders, keyed by path. */
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/config';
import { DraftTally } from '../engine/draft-tally';
import { parseDocument } from '../engine/parse';
import { ConfigFileCache, findConfigFile } from './config-files';
import { findDraftsInFolder, isInside } from './find-drafts';
import { readDraftBytes } from './read-draft';
import { mergeCredits } from '../engine/merge/credits';
import { RecipientsFiles } from './recipients';

const SCAN_BATCH = 200;

export class DraftIndex extends DraftTally {
  private readonly configs = new ConfigFileCache();
  /** Real paths of the folders scanned: a file event never makes the index read outside them. */
  private roots: string[] = [];

  /**
   * Reads every draft under the folders, in batches between other work, so a server scanning a large
   * workspace still answers meanwhile. A draft already in the index (an open editor reported it) is
   * newer there than on disk and is kept. Unreadable files are skipped: they cost nothing we can see.
   * The walk is the CLI's: links leading out of the folder are not followed, nor special or huge files read.
   */
  scan(folders: readonly string[]): Promise<void> {
    this.roots = folders.flatMap((f) => {
      try {
        return [realpathSync(f)];
      } catch {
        return [];
      }
    });
    const files = folders.flatMap((f) => findDraftsInFolder(f).files);
    const lookups = new Map<string, string | undefined>();
    // One read of each recipients CSV per scan: a campaign's drafts share one.
    const recipients = new RecipientsFiles();
    let next = 0;
    return new Promise((resolve) => {
      const batch = () => {
        for (const end = Math.min(files.length, next + SCAN_BATCH); next < end; next++) {
          if (!this.has(files[next])) this.read(files[next], lookups, recipients);
        }
        if (next < files.length) setImmediate(batch);
        else resolve();
      };
      batch();
    });
  }

  /** Each update says whether anything the estimate shows changed, so unchanged edits send nothing. */
  updateFromDisk(path: string): boolean {
    if (this.roots.length) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        return this.remove(path);
      }
      if (!this.roots.some((root) => isInside(real, root))) return this.remove(path);
    }
    return this.read(path);
  }

  private read(path: string, lookups?: Map<string, string | undefined>, recipients = new RecipientsFiles()): boolean {
    const configPath = findConfigFile(dirname(path), lookups);
    const maxFileSize = (configPath && this.configs.load(configPath).config.maxFileSize) || DEFAULT_MAX_FILE_SIZE;
    const read = readDraftBytes(path, maxFileSize);
    if ('error' in read) return this.remove(path);
    // Not strict UTF-8 here: the estimate only needs the headers, and a stray Latin-1 byte should not hide a draft.
    const text = read.bytes.toString('utf8');
    const draft = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const doc = parseDocument(draft);
    return this.update(path, doc, mergeCredits(doc, recipients.forDraft(path, draft)?.parsed));
  }
}
