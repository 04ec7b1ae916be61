/**
 * Which .inmail files in the workspace will spend a credit, and which InMails went out and got replies.
 * Kept current file by file, so one edit costs one parse.
 */
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/config';
import { costsCredit, sentInMail, type ReplyRecord } from '../engine/credits';
import { parseDocument } from '../engine/parse';
import type { ParsedDocument } from '../engine/types';
import { ConfigFileCache, findConfigFile } from './config-files';
import { findDraftsInFolder, isInside } from './find-drafts';
import { readDraftBytes } from './read-draft';

export interface IndexedDraft {
  costs: boolean;
  subject: string;
  sent: 'sent' | 'replied' | undefined;
}

const SCAN_BATCH = 200;

export class DraftIndex {
  private readonly drafts = new Map<string, IndexedDraft>();
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
    let next = 0;
    return new Promise((resolve) => {
      const batch = () => {
        for (const end = Math.min(files.length, next + SCAN_BATCH); next < end; next++) {
          if (!this.drafts.has(files[next])) this.read(files[next], lookups);
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

  private read(path: string, lookups?: Map<string, string | undefined>): boolean {
    const configPath = findConfigFile(dirname(path), lookups);
    const maxFileSize = (configPath && this.configs.load(configPath).config.maxFileSize) || DEFAULT_MAX_FILE_SIZE;
    const read = readDraftBytes(path, maxFileSize);
    if ('error' in read) return this.remove(path);
    // Not strict UTF-8 here: the estimate only needs the headers, and a stray Latin-1 byte should not hide a draft.
    const text = read.bytes.toString('utf8');
    return this.update(path, parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  }

  /** Takes a parsed document, so an open editor's text is not parsed again after its lint. */
  update(path: string, doc: ParsedDocument): boolean {
    const next: IndexedDraft = { costs: costsCredit(doc), subject: doc.messages[0].subject?.value ?? '', sent: sentInMail(doc) };
    const previous = this.drafts.get(path);
    this.drafts.set(path, next);
    return !previous || previous.costs !== next.costs || previous.subject !== next.subject || previous.sent !== next.sent;
  }

  remove(path: string): boolean {
    return this.drafts.delete(path);
  }

  get size(): number {
    return this.drafts.size;
  }

  costingCount(): number {
    let n = 0;
    for (const d of this.drafts.values()) if (d.costs) n++;
    return n;
  }

  replies(): ReplyRecord {
    const record = { sent: 0, replied: 0 };
    for (const d of this.drafts.values()) {
      if (!d.sent) continue;
      record.sent++;
      if (d.sent === 'replied') record.replied++;
    }
    return record;
  }

  costing(): { path: string; subject: string }[] {
    const out: { path: string; subject: string }[] = [];
    for (const [path, d] of this.drafts) if (d.costs) out.push({ path, subject: d.subject });
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }
}
