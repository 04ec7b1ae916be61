/**
 * Which .inmail files in the workspace will spend a credit, and which InMails went out and got replies.
 * Kept current file by file, so one edit costs one parse.
 */
import { readFileSync } from 'node:fs';
import { costsCredit, sentInMail, type ReplyRecord } from '../engine/credits';
import { parseDocument } from '../engine/parse';
import type { ParsedDocument } from '../engine/types';
import { findDrafts } from './find-drafts';

export interface IndexedDraft {
  costs: boolean;
  subject: string;
  sent: 'sent' | 'replied' | undefined;
}

const SCAN_BATCH = 200;

export class DraftIndex {
  private readonly drafts = new Map<string, IndexedDraft>();

  /**
   * Reads every draft under the folders, in batches between other work, so a server scanning a large
   * workspace still answers meanwhile. A draft already in the index (an open editor reported it) is
   * newer there than on disk and is kept. Unreadable files are skipped: they cost nothing we can see.
   */
  scan(folders: readonly string[]): Promise<void> {
    const files = findDrafts(folders).files;
    let next = 0;
    return new Promise((resolve) => {
      const batch = () => {
        for (const end = Math.min(files.length, next + SCAN_BATCH); next < end; next++) {
          if (!this.drafts.has(files[next])) this.updateFromDisk(files[next]);
        }
        if (next < files.length) setImmediate(batch);
        else resolve();
      };
      batch();
    });
  }

  /** Each update says whether anything the estimate shows changed, so unchanged edits send nothing. */
  updateFromDisk(path: string): boolean {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return this.remove(path);
    }
    return this.update(path, parseDocument(text));
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
