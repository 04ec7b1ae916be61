/** Wording shared by the gauge and the credit views. Pure: no vscode import, so it is unit-tested directly. */
import { MIN_SENT_FOR_MEASURED_RATE, replyVerdict, type ReplyVerdict } from '../../server/src/engine/reply-rates';
import type { CreditBreakdown, CreditEstimateParams, DocumentStatsParams, MessageStatsPayload } from '../../server/src/protocol';
import { escapeMarkdown, markdownCode } from '../../server/src/lsp/markdown';

export const n = (value: number): string => value.toLocaleString('en-US');

export type GaugeLevel = 'ok' | 'warning' | 'error';

/** The message the cursor is in, found by line; the first message when the cursor is outside all. */
export function messageAtLine(stats: DocumentStatsParams, line: number): MessageStatsPayload {
  return stats.messages.find((m) => line >= m.range.start.line && line <= m.range.end.line) ?? stats.messages[0];
}

/** "Dana W." from "Dana Whitfield": a status bar has room for a first name and an initial. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  // "row 14" is what the engine calls a recipient of a CSV without a name column: it stays whole.
  return words.length < 2 || /^row \d+$/.test(name.trim()) ? name.trim() : `${words[0]} ${[...words[words.length - 1]][0]}.`;
}

export function gaugeText(m: MessageStatsPayload): string {
  // With recipients the "max" is the longest rendered body, whose hard limit the tooltip and the level carry.
  const worst = m.worst?.body && ` · max ${n(m.worst.body.length)} (${shortName(m.worst.body.name)})`;
  if (m.kind === 'connection') return `Note ${n(m.bodyLength)}/${n(m.bodyMax)}${worst ?? ''}`;
  const limit = m.bodySweetSpot ?? m.bodyMax;
  const body = worst ? `Body ${n(m.bodyLength)}/${n(limit)}${worst}` : m.bodySweetSpot !== undefined ? `Body ${n(m.bodyLength)}/${n(m.bodySweetSpot)} (max ${n(m.bodyMax)})` : `Body ${n(m.bodyLength)}/${n(m.bodyMax)}`;
  const label = m.index > 0 ? `Follow-up ${m.index} · ` : '';
  return m.index > 0 && m.subjectLength === 0 ? `${label}${body}` : `${label}Subj ${n(m.subjectLength)}/${n(m.subjectMax)} · ${body}`;
}

/** While typing, the recipients wait for a pause (the server says they are pending): the last worst case stands rather than blink away. */
export function keepWorstWhilePending(before: DocumentStatsParams | undefined, params: DocumentStatsParams): DocumentStatsParams {
  if (!params.recipientsPending || !before) return params;
  return { ...params, messages: params.messages.map((m, i) => (m.worst || !before.messages[i]?.worst ? m : { ...m, worst: before.messages[i].worst })) };
}

export function gaugeLevel(m: MessageStatsPayload): GaugeLevel {
  // A recipient whose message overflows is a message LinkedIn refuses, as much as the template's own.
  const body = Math.max(m.bodyLength, m.worst?.body?.length ?? 0);
  const subject = Math.max(m.subjectLength, m.worst?.subject?.length ?? 0);
  if (body > m.bodyMax || subject > m.subjectMax) return 'error';
  if (m.bodySweetSpot !== undefined && body > m.bodySweetSpot) return 'warning';
  return 'ok';
}

function easeLabel(score: number): string {
  if (score >= 80) return 'very easy';
  if (score >= 70) return 'easy';
  if (score >= 60) return 'plain English';
  if (score >= 50) return 'fairly hard';
  return 'hard: shorten sentences';
}

export function gaugeTooltip(m: MessageStatsPayload): string {
  // Codicons, not emoji: they render in every VS Code, with or without an emoji font.
  const mark = (ok: boolean, name: string, hint: string) => `${ok ? '$(pass-filled)' : '$(circle-large-outline)'} **${name}**${ok ? '' : ` — ${hint}`}`;
  const what = m.kind === 'connection' ? 'Connection note' : m.index > 0 ? `Follow-up ${m.index}` : 'InMail';
  const lines = [
    `### ${what}`,
    '',
    m.kind === 'inmail' ? `Subject: **${n(m.subjectLength)}**/${n(m.subjectMax)} characters, ${n(m.subjectWords)} words (under 10 works best)` : '',
    `Body: **${n(m.bodyLength)}**/${n(m.bodyMax)} characters${m.bodySweetSpot !== undefined ? ` (under ${n(m.bodySweetSpot)} gets more replies)` : ''}`,
    '',
    ...(m.worst?.body ? [`Longest for a recipient: body **${n(m.worst.body.length)}**/${n(m.bodyMax)} (${escapeMarkdown(m.worst.body.name)})${m.worst.subject ? `, subject ${n(m.worst.subject.length)}/${n(m.subjectMax)} (${escapeMarkdown(m.worst.subject.name)})` : ''}. *InMail: Preview for Recipient* shows each one.`, ''] : []),
    `${n(m.bodyGraphemes)} visible characters · ${n(m.bodyWords)} words · ${n(m.bodySentences)} sentences`,
    `Reading time about ${m.readingSeconds < 60 ? `${m.readingSeconds} s` : `${Math.round(m.readingSeconds / 60)} min`}${m.readingEase !== undefined ? ` · reading ease ${m.readingEase} (${easeLabel(m.readingEase)})` : ''}`,
    '',
    '**RABT check**',
    '',
    ...(m.rabt
      ? [
          mark(m.rabt.reason, 'Reason', 'why now? cite their post, role change or company news'),
          mark(m.rabt.ask, 'Ask', 'one low-commitment request, e.g. a 15-minute call'),
          mark(m.rabt.backup, 'Backup', 'show you understand their world: a challenge they face'),
          mark(m.rabt.tease, 'Tease', 'a hint of value: a result for a similar company'),
        ]
      : ['Not checked: this document is too large to be a draft.']),
  ];
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n\n').replace(/\n\n\n+/g, '\n\n');
}

export function creditText(p: CreditEstimateParams): string {
  const e = p.estimate;
  return `${n(e.needed)} InMail${e.needed === 1 ? '' : 's'} · ${n(e.monthly)}/mo`;
}

export function creditLevel(p: CreditEstimateParams): GaugeLevel {
  return p.estimate.shortfall > 0 ? 'warning' : 'ok';
}

const money = (v: number) => `$${v.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

const REPLY_RATE_SOURCE: Record<CreditEstimateParams['estimate']['replyRateSource'], string> = {
  setting: 'your setting',
  measured: 'your sent InMails',
  average: 'the average',
};

const VERDICT: Record<ReplyVerdict, string> = {
  'needs-work': 'Under 15% means the copy needs work: open with something specific to them, and end with one easy ask.',
  average: 'About average (10-25%). Aim for 25% and more.',
  'on-target': 'On target: 25% and more is the aim.',
  'well-crafted': 'Well-crafted copy reaches 40% and more, and so does yours.',
};

/** The writer's own record, from drafts marked `Status: sent` or `replied`; nothing before the first. */
export function replyRecordText(history: { sent: number; replied: number }): string | undefined {
  if (history.sent === 0) return undefined;
  const rate = history.replied / history.sent;
  const record = `**Your replies**: ${n(history.replied)} of ${n(history.sent)} sent InMail${history.sent === 1 ? '' : 's'} (${percent(rate)}).`;
  if (history.sent < MIN_SENT_FOR_MEASURED_RATE) {
    const more = MIN_SENT_FOR_MEASURED_RATE - history.sent;
    return `${record} Mark ${n(more)} more as sent and your own rate replaces the average in this estimate.`;
  }
  return `${record} ${VERDICT[replyVerdict(rate)]}`;
}

/** The breakdown as Markdown: the tooltip shows it, and the credit view shows it with the drafts listed. */
export function creditMarkdown(p: CreditEstimateParams | CreditBreakdown, relativePath: (uri: string) => string = (u) => u): string {
  const e = p.estimate;
  const months = e.monthsToCover === null ? 'never (this plan has no monthly credits)' : e.monthsToCover === 0 ? 'none needed: what you have covers them' : `${e.monthsToCover} month${e.monthsToCover === 1 ? '' : 's'}`;
  const lines = [
    `## InMail credits: ${e.planLabel}`,
    '',
    '| | |',
    '| --- | ---: |',
    `| Drafts that will spend a credit | **${n(e.needed)}** |`,
    `| Credits on hand | ${n(e.onHand)}${e.onHandAssumed ? ' (assumed: one month; set `inmail.creditBalance`)' : ''} |`,
    `| Monthly allotment | ${n(e.monthly)} |`,
    `| Rollover cap (3x allotment) | ${n(e.rolloverCap)} |`,
    `| Expected refunds at ${percent(e.replyRate)} replies (${REPLY_RATE_SOURCE[e.replyRateSource]}) | ${n(e.expectedRefunds)} |`,
    `| Shortfall to send all now | **${n(e.shortfall)}** |`,
    `| Cost of the shortfall at ${money(e.extraCreditPrice)}/credit | ${money(e.shortfallCost)} |`,
    `| Months of allotment to cover the rest | ${months} |`,
    '',
    `Scanned ${n(p.scanned)} .inmail file${p.scanned === 1 ? '' : 's'}. Follow-ups, connection requests, messages to Open Profiles and 1st-degree connections, and sent drafts cost nothing. A reply within 90 days refunds the credit; refunded credits do not count toward the rollover cap. Credits reset if you downgrade or cancel.`,
  ];
  const replies = replyRecordText(e.history);
  if (replies) lines.push('', replies);
  if ('drafts' in p && p.drafts.length) {
    // Paths and subjects come from the workspace: they show as written, never as links, images or HTML.
    lines.push('', '### Drafts', '', ...p.drafts.map((d) => `- ${markdownCode(relativePath(d.uri))}${d.subject ? `: ${escapeMarkdown(d.subject)}` : ''}`));
  }
  return lines.join('\n');
}
