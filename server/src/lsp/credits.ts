/** Feeds the credit estimate to the client: scans the workspace once, then follows file events and edits. */
import type { Connection } from './library';
import { estimateCredits, isPlanId, type CreditSettings } from '../engine/credits';
import type { ParsedDocument } from '../engine/types';
import type { DraftSource } from './files';
import { CreditEstimateNotification, type CreditBreakdown, type CreditEstimateParams } from '../protocol';

export function readCreditSettings(raw: unknown): CreditSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
  return {
    plan: isPlanId(s.plan) ? s.plan : 'premium-career',
    balance: num(s.creditBalance),
    replyRate: num(s.expectedReplyRate),
    extraCreditPrice: num(s.extraCreditPrice),
  };
}

export class CreditTracker {
  private settings: CreditSettings = readCreditSettings(undefined);
  // A half-scanned workspace would show too few drafts: the estimate waits for the whole scan.
  private scanning = false;

  constructor(
    private readonly connection: Connection,
    private readonly drafts: DraftSource,
  ) {}

  /**
   * Scans the workspace in batches between other work, so a large workspace never delays the first
   * diagnostics; the estimate is published once the scan is complete. Resolves when it is.
   */
  async start(folderUris: readonly string[]): Promise<void> {
    this.scanning = true;
    try {
      await this.drafts.scan(folderUris);
    } finally {
      this.scanning = false;
    }
    this.publish();
  }

  setSettings(settings: CreditSettings): void {
    this.settings = settings;
    this.publish();
  }

  /** An open editor's text wins over the file on disk: the estimate follows what is being typed. */
  /** `recipientCredits`: for a mail merge, what its recipients spend. */
  documentChanged(uri: string, doc: ParsedDocument, recipientCredits?: number): void {
    const key = this.drafts.keyOf(uri);
    if (key !== undefined && this.drafts.tally.update(key, doc, recipientCredits)) this.publish();
  }

  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const key = this.drafts.keyOf(uri);
    if (key === undefined) return;
    if (deleted ? this.drafts.tally.remove(key) : await this.drafts.reread(key)) this.publish();
  }

  current(): CreditEstimateParams {
    const { tally } = this.drafts;
    const estimate = estimateCredits(tally.costingCount(), { ...this.settings, history: tally.replies() });
    return {
      estimate: { ...estimate, monthsToCover: Number.isFinite(estimate.monthsToCover) ? estimate.monthsToCover : null },
      scanned: tally.size,
    };
  }

  breakdown(): CreditBreakdown {
    const drafts = this.drafts.tally.costing().map((d) => ({ uri: this.drafts.uriOf(d.key), subject: d.subject }));
    return { ...this.current(), drafts };
  }

  private publish(): void {
    if (this.scanning) return;
    void this.connection.sendNotification(CreditEstimateNotification, this.current());
  }
}
