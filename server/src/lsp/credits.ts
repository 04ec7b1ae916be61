/** Feeds the credit estimate to the client: scans the workspace once, then follows file events and edits. */
import { pathToFileURL } from 'node:url';
import type { Connection } from './library';
import { estimateCredits, isPlanId, type CreditSettings } from '../engine/credits';
import type { ParsedDocument } from '../engine/types';
import { DraftIndex } from '../node/draft-index';
import { CreditEstimateNotification, type CreditBreakdown, type CreditEstimateParams } from '../protocol';
import { filePathOf } from './uri';

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
    this.folders = folderUris.map(filePathOf).filter((p): p is string => p !== undefined);
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
    const path = this.covered(uri);
    if (path !== undefined && this.index.update(path, doc)) this.publish();
  }

  fileChanged(uri: string, deleted: boolean): void {
    const path = this.covered(uri);
    if (path !== undefined && (deleted ? this.index.remove(path) : this.index.updateFromDisk(path))) this.publish();
  }

  /** The draft's path when the URI is a draft in a workspace folder, else undefined. */
  private covered(uri: string): string | undefined {
    const path = uri.endsWith('.inmail') ? filePathOf(uri) : undefined;
    return path !== undefined && this.folders.some((f) => path.startsWith(f.endsWith('/') ? f : `${f}/`)) ? path : undefined;
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
