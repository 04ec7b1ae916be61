/** Feeds the credit estimate to the client: scans the workspace once, then follows file events and edits. */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from './library';
import { estimateCredits, isPlanId, type CreditSettings } from '../engine/credits';
import type { ParsedDocument } from '../engine/types';
import { DraftIndex } from '../node/draft-index';
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
  readonly index = new DraftIndex();
  private settings: CreditSettings = readCreditSettings(undefined);
  private folders: string[] = [];
  // A half-scanned workspace would show too few drafts: the estimate waits for the whole scan.
  private scanning = false;

  constructor(private readonly connection: Connection) {}

  /**
   * Scans the workspace in batches between other work, so a large workspace never delays the first
   * diagnostics; the estimate is published once the scan is complete. Resolves when it is.
   */
  async start(folderUris: readonly string[]): Promise<void> {
    this.folders = folderUris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    this.scanning = true;
    await this.index.scan(this.folders);
    this.scanning = false;
    this.publish();
  }

  setSettings(settings: CreditSettings): void {
    this.settings = settings;
    this.publish();
  }

  /** An open editor's text wins over the file on disk: the estimate follows what is being typed. */
  documentChanged(uri: string, doc: ParsedDocument): void {
    if (!this.covers(uri)) return;
    if (this.index.update(fileURLToPath(uri), doc)) this.publish();
  }

  fileChanged(uri: string, deleted: boolean): void {
    if (!this.covers(uri)) return;
    const path = fileURLToPath(uri);
    if (deleted ? this.index.remove(path) : this.index.updateFromDisk(path)) this.publish();
  }

  private covers(uri: string): boolean {
    if (!uri.startsWith('file:') || !uri.endsWith('.inmail')) return false;
    const path = fileURLToPath(uri);
    return this.folders.some((f) => path.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  current(): CreditEstimateParams {
    const estimate = estimateCredits(this.index.costingCount(), { ...this.settings, history: this.index.replies() });
    return {
      estimate: { ...estimate, monthsToCover: Number.isFinite(estimate.monthsToCover) ? estimate.monthsToCover : null },
      scanned: this.index.size,
    };
  }

  breakdown(): CreditBreakdown {
    const drafts = this.index.costing().map((d) => ({ uri: pathToFileURL(d.path).toString(), subject: d.subject }));
    return { ...this.current(), drafts };
  }

  private publish(): void {
    if (this.scanning) return;
    void this.connection.sendNotification(CreditEstimateNotification, this.current());
  }
}
