/**
 * InMail credit arithmetic. Plans, rollover and refunds as LinkedIn documents them:
 * unused credits roll over for 90 days up to 3x the monthly allotment; a reply within 90 days
 * refunds the credit, and refunded credits do not count toward that cap.
 */
import { parseDocument } from './parse';
import { MIN_SENT_FOR_MEASURED_RATE } from './reply-rates';
import type { ParsedDocument } from './types';

export const PLANS = {
  free: { label: 'Free', monthly: 0 },
  'premium-career': { label: 'Premium Career', monthly: 5 },
  'premium-business': { label: 'Premium Business', monthly: 15 },
  'sales-navigator-core': { label: 'Sales Navigator Core', monthly: 50 },
  'sales-navigator-advanced': { label: 'Sales Navigator Advanced', monthly: 50 },
  'recruiter-lite': { label: 'Recruiter Lite', monthly: 30 },
  'recruiter-corporate': { label: 'Recruiter Corporate', monthly: 150 },
} as const;

export type PlanId = keyof typeof PLANS;
export const PLAN_IDS = Object.keys(PLANS) as PlanId[];
export const ROLLOVER_MONTHS_CAP = 3;
export const DEFAULT_REPLY_RATE = 0.15;
export const DEFAULT_EXTRA_CREDIT_PRICE = 10;

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === 'string' && value in PLANS;
}

/**
 * Whether sending this file's first message will spend a credit. Follow-ups ride in the same thread;
 * Open Profiles and 1st-degree connections are messaged for free.
 */
export function costsCredit(doc: ParsedDocument): boolean {
  const first = doc.messages[0];
  return first.kind === 'inmail' && first.status === 'draft' && !first.openProfile && first.degree !== '1st';
}

export function draftCosts(text: string): boolean {
  return costsCredit(parseDocument(text));
}

/** An InMail that spent a credit and is marked `Status: sent` or `replied`: the writer's own reply record. */
export function sentInMail(doc: ParsedDocument): 'sent' | 'replied' | undefined {
  const first = doc.messages[0];
  if (first.kind !== 'inmail' || first.openProfile || first.degree === '1st') return undefined;
  return first.status === 'sent' || first.status === 'replied' ? first.status : undefined;
}

/** Sent InMails, replied ones among them: enough of them and the writer's own rate replaces the average. */
export interface ReplyRecord {
  sent: number;
  replied: number;
}

export interface CreditSettings {
  plan: PlanId;
  /** Credits on hand now; when unknown, one month's allotment is assumed. */
  balance?: number;
  /** When unset: the measured rate from `history`, given enough sent InMails, else the average. */
  replyRate?: number;
  extraCreditPrice?: number;
  history?: ReplyRecord;
}

export interface CreditEstimate {
  plan: PlanId;
  planLabel: string;
  /** Drafts that will each spend a credit. */
  needed: number;
  onHand: number;
  /** True when `onHand` is the assumed monthly allotment rather than a known balance. */
  onHandAssumed: boolean;
  monthly: number;
  rolloverCap: number;
  replyRate: number;
  /** Where the reply rate comes from: the writer's setting, their sent InMails, or the market average. */
  replyRateSource: 'setting' | 'measured' | 'average';
  history: ReplyRecord;
  /** Credits expected back from replies within 90 days. */
  expectedRefunds: number;
  /** Credits to buy to send every draft now (refunds arrive later, so they cannot fund today's sends). */
  shortfall: number;
  shortfallCost: number;
  extraCreditPrice: number;
  /** Credits spent for good, once replies have refunded theirs. */
  netSpend: number;
  /** Months of allotment that cover the net spend beyond what is on hand; Infinity on a plan with none. */
  monthsToCover: number;
}

export function estimateCredits(drafts: number, settings: CreditSettings): CreditEstimate {
  const plan = PLANS[settings.plan];
  const history = settings.history ?? { sent: 0, replied: 0 };
  const measured = history.sent >= MIN_SENT_FOR_MEASURED_RATE ? history.replied / history.sent : undefined;
  const replyRateSource = settings.replyRate !== undefined ? 'setting' : measured !== undefined ? 'measured' : 'average';
  const replyRate = clamp(settings.replyRate ?? measured ?? DEFAULT_REPLY_RATE, 0, 1);
  const price = Math.max(0, settings.extraCreditPrice ?? DEFAULT_EXTRA_CREDIT_PRICE);
  const onHandAssumed = settings.balance === undefined;
  const onHand = Math.max(0, Math.floor(settings.balance ?? plan.monthly));
  const needed = Math.max(0, Math.floor(drafts));
  const expectedRefunds = Math.floor(needed * replyRate);
  const shortfall = Math.max(0, needed - onHand);
  const netSpend = needed - expectedRefunds;
  const beyondHand = Math.max(0, netSpend - onHand);
  return {
    plan: settings.plan,
    planLabel: plan.label,
    needed,
    onHand,
    onHandAssumed,
    monthly: plan.monthly,
    rolloverCap: plan.monthly * ROLLOVER_MONTHS_CAP,
    replyRate,
    replyRateSource,
    history,
    expectedRefunds,
    shortfall,
    shortfallCost: shortfall * price,
    extraCreditPrice: price,
    netSpend,
    monthsToCover: beyondHand === 0 ? 0 : plan.monthly > 0 ? Math.ceil(beyondHand / plan.monthly) : Infinity,
  };
}

/**
 * The balance at the start of next month: unused allotment rolls over up to the cap, then refunds
 * land on top, since refunded credits do not count toward the cap.
 */
export function nextMonthBalance(plan: PlanId, unused: number, refunds: number): number {
  const { monthly } = PLANS[plan];
  return Math.min(Math.max(0, unused) + monthly, monthly * ROLLOVER_MONTHS_CAP) + Math.max(0, refunds);
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
