/**
 * Which drafts will spend a credit, and which InMails went out and got replies, kept draft by draft so one
 * edit costs one parse. Keyed by whatever names a draft where it lives: a path on disk, a URI in a browser.
 */
import { costsCredit, sentInMail, type ReplyRecord } from './credits';
import type { ParsedDocument } from './types';

export interface TalliedDraft {
  costs: boolean;
  /** Credits it will spend: 1, or for a mail merge one per recipient who is not free to message. */
  credits: number;
  subject: string;
  sent: 'sent' | 'replied' | undefined;
}

export class DraftTally {
  private readonly drafts = new Map<string, TalliedDraft>();

  has(key: string): boolean {
    return this.drafts.has(key);
  }

  /** Takes a parsed document, so an open editor's text is not parsed again after its lint. Says whether anything the estimate shows changed. */
  update(key: string, doc: ParsedDocument, recipientCredits?: number): boolean {
    const costs = costsCredit(doc);
    const next: TalliedDraft = { costs, credits: costs ? recipientCredits ?? 1 : 0, subject: doc.messages[0].subject?.value ?? '', sent: sentInMail(doc) };
    const previous = this.drafts.get(key);
    this.drafts.set(key, next);
    return !previous || previous.costs !== next.costs || previous.credits !== next.credits || previous.subject !== next.subject || previous.sent !== next.sent;
  }

  remove(key: string): boolean {
    return this.drafts.delete(key);
  }

  get size(): number {
    return this.drafts.size;
  }

  /** Credits the drafts will spend: one each, a mail merge one per recipient who is not free to message. */
  costingCount(): number {
    let n = 0;
    for (const d of this.drafts.values()) n += d.credits;
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

  costing(): { key: string; subject: string }[] {
    const out: { key: string; subject: string }[] = [];
    for (const [key, d] of this.drafts) if (d.costs) out.push({ key, subject: d.subject });
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }
}
