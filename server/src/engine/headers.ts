import { parseLanguage } from './coach/language-names';
import type { Degree, MessageKind, MessageStatus, SendTime } from './types';

/**
 * Every header the format knows, with the values it documents and, for those, how the parser reads a
 * value (which may accept more spellings). Drives parsing, completion, the header rules and docs.
 */
export const KNOWN_HEADERS = [
  { name: 'Subject', description: 'The InMail subject line (up to 200 characters; under 10 words works best).' },
  { name: 'To', description: "The recipient's name." },
  { name: 'Company', description: "The recipient's company." },
  { name: 'Kind', description: '`inmail` (default) or `connection` for a connection-request note.', values: ['inmail', 'connection'], read: parseKind },
  { name: 'Send', description: 'Planned send time, `YYYY-MM-DD HH:MM` in your own time zone.' },
  { name: 'Status', description: '`draft` (default), `sent` or `replied`.', values: ['draft', 'sent', 'replied'], read: parseStatus },
  { name: 'Open-Profile', description: '`yes` when the recipient has an Open Profile: sending costs no credit.', values: ['yes', 'no'], read: parseYesNo },
  { name: 'Degree', description: 'How far the recipient is from you on LinkedIn: `1st` (a connection: messaging them costs no credit), `2nd` or `3rd`.', values: ['1st', '2nd', '3rd'], read: parseDegree },
  { name: 'Recipients', description: 'The recipients CSV for a mail merge, relative to the draft (`leads.csv`): its columns fill the `{{fields}}`, and every recipient\'s message is linted. Without it, a CSV beside the draft with its base name is used.' },
  {
    name: 'Language',
    description:
      "The draft's language, when detection should not decide: `en`, `de`, `fr` or `es` (coached fully), any other ISO 639-1 code, a region tag such as `de-AT`, or a name such as `Deutsch`. In any other language the copy rules rest. A follow-up inherits the first message's.",
    values: ['en', 'de', 'fr', 'es'],
    // Completion offers the coached four; any ISO code is read, so a message must not say "one of" them.
    expects: 'an ISO 639-1 code such as en, de, fr, es or pt, or a language name such as Deutsch',
    read: parseLanguage,
  },
] as const;

export type HeaderSpec = (typeof KNOWN_HEADERS)[number];

const byKey = new Map<string, HeaderSpec>(KNOWN_HEADERS.map((h) => [h.name.toLowerCase(), h]));

export function headerSpec(name: string): HeaderSpec | undefined {
  return byKey.get(name.toLowerCase());
}

export function parseKind(value: string): MessageKind | undefined {
  const v = value.trim().toLowerCase();
  return v === 'inmail' || v === 'connection' ? v : undefined;
}

export function parseStatus(value: string): MessageStatus | undefined {
  const v = value.trim().toLowerCase();
  return v === 'draft' || v === 'sent' || v === 'replied' ? v : undefined;
}

/** The recipient's connection degree, as LinkedIn labels it ("3rd+" is how it labels the rest). */
export function parseDegree(value: string): Degree | undefined {
  const v = value.trim().toLowerCase().replace(/\+$/, '');
  return v === '1st' || v === '2nd' || v === '3rd' ? v : undefined;
}

export function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'true') return true;
  if (v === 'no' || v === 'false') return false;
  return undefined;
}

const DAY_MS = 86_400_000;

/** The number written by the `count` ASCII digits at `from`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `YYYY-MM-DD HH:MM` (or with a T), read by position: a regex match and its captures cost more than the rest of the check. */
export function parseSendTime(value: string): SendTime | undefined {
  const v = value.trim();
  if (v.length !== 16 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || (v.charCodeAt(10) !== 32 && v.charCodeAt(10) !== 84) || v.charCodeAt(13) !== 58) return undefined;
  const year = digitsAt(v, 0, 4);
  const month = digitsAt(v, 5, 2);
  const day = digitsAt(v, 8, 2);
  const hour = digitsAt(v, 11, 2);
  const minute = digitsAt(v, 14, 2);
  if (year < 0 || day < 0 || hour < 0 || minute < 0 || month < 1 || month > 12 || hour > 23 || minute > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2026-02-31 over into March; a date that does not round-trip does not exist.
  if (date.getUTCDate() !== day) return undefined;
  return { year, month, day, hour, minute, weekday: date.getUTCDay(), dayNumber: Math.round(ms / DAY_MS) };
}

/** Business days (Mon-Fri) after `from` up to and including `to`; negative when `to` is earlier. */
export function businessDaysBetween(from: SendTime, to: SendTime): number {
  if (to.dayNumber < from.dayNumber) return -businessDaysBetween(to, from);
  let count = 0;
  // Whole weeks hold five business days each; only the remainder needs walking.
  const days = to.dayNumber - from.dayNumber;
  count += Math.floor(days / 7) * 5;
  for (let i = 1; i <= days % 7; i++) {
    const weekday = (from.weekday + i) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
