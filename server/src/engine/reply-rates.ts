/**
 * Reply rates as the field reads them. No imports: the credit estimate and the extension's wording share
 * these figures, and the extension's first bundle stays small.
 */

/** How many sent InMails make the writer's own reply rate count for more than the market average. */
export const MIN_SENT_FOR_MEASURED_RATE = 10;

/** Under this the copy needs work. Replies average 10-25%. */
export const REPLY_RATE_NEEDS_WORK = 0.15;

/** What to aim for; well-crafted messages reach 40% and more. */
export const REPLY_RATE_TARGET = 0.25;
export const REPLY_RATE_WELL_CRAFTED = 0.4;

export type ReplyVerdict = 'needs-work' | 'average' | 'on-target' | 'well-crafted';

export function replyVerdict(rate: number): ReplyVerdict {
  if (rate < REPLY_RATE_NEEDS_WORK) return 'needs-work';
  if (rate < REPLY_RATE_TARGET) return 'average';
  return rate < REPLY_RATE_WELL_CRAFTED ? 'on-target' : 'well-crafted';
}
