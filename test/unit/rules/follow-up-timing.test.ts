import { testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// Lines 1-7; the follow-up's separator is line 8 and its Send header line 9.
const first = (send: string) =>
  `Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\nSend: ${send}\n\nHi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`;
const followUp = (send: string) => `Send: ${send}\n\nHi Dana, bumping this in case it got buried. Would Thursday work instead?`;
const thread = (...messages: string[]) => messages.join('\n---\n');

// Business days are counted by hand from a calendar (2026-12-01 is a Tuesday).
testRule('follow-up-timing', {
  valid: [
    { name: 'Tue 12-01 → Tue 12-08: 5 business days', text: thread(first('2026-12-01 09:00'), followUp('2026-12-08 09:00')) },
    { name: 'Tue 12-01 → Thu 12-10: 7 business days', text: thread(first('2026-12-01 09:00'), followUp('2026-12-10 09:00')) },
    { name: 'Fri 12-04 → Fri 12-11: 5 business days', text: thread(first('2026-12-04 10:00'), followUp('2026-12-11 10:00')) },
    { name: 'Fri 12-04 → Sun 12-13: weekends do not count (5)', text: thread(first('2026-12-04 10:00'), followUp('2026-12-13 10:00')) },
    { name: 'Thu 12-24 → Mon 2027-01-04 across New Year: 7', text: thread(first('2026-12-24 09:00'), followUp('2027-01-04 09:00')) },
    { name: 'time of day does not matter: Tue 17:45 → next Tue 08:00 is 5', text: thread(first('2026-12-01 17:45'), followUp('2026-12-08 08:00')) },
    { name: 'follow-up without a Send header', text: thread(first('2026-12-01 09:00'), 'Hi Dana, bumping this. Would Thursday work instead?') },
    { name: 'first message without a Send header', text: thread('Subject: Your KubeCon talk on eBPF\n\nHi Dana, loved your talk. Open to comparing notes?', followUp('2026-12-02 09:00')) },
    { name: 'an unreadable Send is left to invalid-header-value', text: thread(first('2026-12-01 09:00'), followUp('tomorrow')) },
    { name: 'config: 3-10 business days, Tue → Fri is 3', text: thread(first('2026-12-01 09:00'), followUp('2026-12-04 09:00')), config: { limits: { followUpMinBusinessDays: 3, followUpMaxBusinessDays: 10 } } },
    { name: 'CRLF, 5 business days', text: crlf(thread(first('2026-12-01 09:00'), followUp('2026-12-08 09:00'))) },
    { name: 'connection note then a follow-up a week later', text: thread('Kind: connection\nSend: 2026-12-01 09:00\n\nHi Dana, loved your KubeCon talk. Would be glad to connect.', followUp('2026-12-08 09:00')) },
  ],
  invalid: [
    {
      name: 'Tue → Thu: 2 business days is too soon',
      text: thread(first('2026-12-01 09:00'), followUp('2026-12-03 09:00')),
      problems: [
        {
          message: 'This follow-up is planned 2 business days after the previous message; send it 5-7 business days later, so they have time to reply.',
          line: 9,
          covers: '2026-12-03 09:00',
        },
      ],
    },
    {
      name: 'Fri → Mon: 1 business day (singular)',
      text: thread(first('2026-12-04 10:00'), followUp('2026-12-07 10:00')),
      problems: [{ message: 'planned 1 business day after the previous message', covers: '2026-12-07 10:00' }],
    },
    {
      name: 'the same day: 0 business days',
      text: thread(first('2026-12-01 09:00'), followUp('2026-12-01 16:00')),
      problems: [{ message: 'planned 0 business days after', covers: '2026-12-01 16:00' }],
    },
    {
      name: 'Tue 12-01 → Mon 12-14: 9 business days is too late',
      text: thread(first('2026-12-01 09:00'), followUp('2026-12-14 09:00')),
      problems: [{ message: 'planned 9 business days after the previous message; send it 5-7 business days later, while they still remember the first message.', line: 9, covers: '2026-12-14 09:00' }],
    },
    {
      name: 'Mon 11-30 → Thu 12-10: 8 business days',
      text: thread(first('2026-11-30 09:00'), followUp('2026-12-10 09:00')),
      problems: [{ message: 'planned 8 business days after', covers: '2026-12-10 09:00' }],
    },
    {
      name: 'dated before the message it follows up',
      text: thread(first('2026-12-01 09:00'), followUp('2026-11-30 09:00')),
      problems: [{ message: 'This follow-up is planned before the message it follows up; send it 5-7 business days later, so they have time to reply.', covers: '2026-11-30 09:00' }],
    },
    {
      name: 'the second follow-up is measured from the first follow-up (12-08 → 12-09)',
      text: thread(first('2026-12-01 09:00'), followUp('2026-12-08 09:00'), followUp('2026-12-09 09:00')),
      config: { limits: { maxFollowUps: 2 } },
      problems: [{ message: 'planned 1 business day after the previous message', line: 13, covers: '2026-12-09 09:00' }],
    },
    {
      name: 'config: 3-4 business days, Tue → Tue (5) is too late',
      text: thread(first('2026-12-01 09:00'), followUp('2026-12-08 09:00')),
      config: { limits: { followUpMinBusinessDays: 3, followUpMaxBusinessDays: 4 } },
      problems: [{ message: 'planned 5 business days after the previous message; send it 3-4 business days later, while they still remember', covers: '2026-12-08 09:00' }],
    },
    {
      name: 'CRLF: covers the value without the line break',
      text: crlf(thread(first('2026-12-01 09:00'), followUp('2026-12-03 09:00'))),
      problems: [{ message: 'planned 2 business days after', line: 9, covers: '2026-12-03 09:00' }],
    },
    {
      name: 'a trailing space after the date is not covered',
      text: thread(first('2026-12-01 09:00'), followUp('2026-12-02 09:00  ')),
      problems: [{ message: 'planned 1 business day after', covers: '2026-12-02 09:00' }],
    },
  ],
});
