import { setHeaderValue } from '../edits';
import { parseSendTime } from '../headers';
import type { SendTime } from '../types';
import type { Rule } from './rule';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The next Tuesday, Wednesday or Thursday at 09:00 after a poor slot. */
export function nextGoodSlot(from: SendTime): string {
  for (let add = 1; add <= 7; add++) {
    const ms = (from.dayNumber + add) * 86_400_000;
    const date = new Date(ms);
    const weekday = date.getUTCDay();
    if (weekday >= 2 && weekday <= 4) return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} 09:00`;
  }
  throw new Error('unreachable: every week has a Tuesday');
}

export const rule: Rule = {
  meta: {
    id: 'send-time',
    description: 'Send Tuesday to Thursday mornings; Friday afternoons and weekends get the fewest replies.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, report }) {
    for (const message of doc.messages) {
      const send = message.send;
      if (!send) continue;
      const weekend = send.weekday === 0 || send.weekday === 6;
      const fridayAfternoon = send.weekday === 5 && send.hour >= 12;
      if (!weekend && !fridayAfternoon) continue;
      const header = message.headers.find((h) => h.key === 'send');
      if (!header) continue;
      const slot = nextGoodSlot(send);
      report({
        start: header.valueSpan.start, end: header.valueSpan.end,
        message: `${DAY_NAMES[send.weekday]}${weekend ? '' : ' afternoon'} is a poor time to send: InMails sent Tuesday to Thursday mornings get the most replies.`,
        suggestions: [{ title: `Move to ${DAY_NAMES[parseSendTime(slot)!.weekday]} ${slot}`, edits: [setHeaderValue(doc.text, header, slot)] }],
      });
    }
  },
};
