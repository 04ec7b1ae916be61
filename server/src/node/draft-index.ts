/** Which .inmail files in the workspace will spend a credit. Kept current file by file, so one edit costs one parse. */
import { readFileSync } from 'node:fs';
import { costsCredit } from '../engine/credits';
import { parseDocument } from '../engine/parse';
import type { ParsedDocument } from '../engine/types';
import { findDrafts } from './find-drafts';

export interface IndexedDraft {
  costs: boolean;
  subject: string;
}

export class DraftIndex {
  private readonly drafts = new Map<string, IndexedDraft>();

  /** Replaces the index with every draft under the folders. Unreadable files are skipped: they cost nothing we can see. */
  scan(folders: readonly string[]): void {
    this.drafts.clear();
    for (const file of findDrafts(folders).files) this.updateFromDisk(file);
  }

  has(path: string): boolean {
    return this.drafts.has(path);
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
    const next = { costs: costsCredit(doc), subject: doc.messages[0].subject?.value ?? '' };
    const previous = this.drafts.get(path);
    this.drafts.set(path, next);
    return !previous || previous.costs !== next.costs || previous.subject !== next.subject;
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

  costing(): { path: string; subject: string }[] {
    const out: { path: string; subject: string }[] = [];
    for (const [path, d] of this.drafts) if (d.costs) out.push({ path, subject: d.subject });
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }
}
