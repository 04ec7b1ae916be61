import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// Send is on line 3.
const draft = (send: string) =>
  `Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\nSend: ${send}\n\nHi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`;
const followUp = (send: string) => `---\nSend: ${send}\n\nHi Dana, bumping this in case it got buried. Would Thursday work instead?`;

// Weekdays checked against a calendar: 2026-12-01 Tue, 12-04 Fri, 12-05 Sat, 12-06 Sun, 12-07 Mon, 12-08 Tue;
// 2027-12-31 Fri, 2028-01-04 Tue; 2028-02-26 Sat, 2028-02-29 Tue.
testRule('send-time', {
  valid: [
    { name: 'Tuesday morning', text: draft('2026-12-01 09:30') },
    { name: 'Wednesday afternoon', text: draft('2026-12-02 14:00') },
    { name: 'Thursday at 08:00', text: draft('2026-12-03 08:00') },
    { name: 'Monday is not a poor slot', text: draft('2026-12-07 10:00') },
    { name: 'Friday morning, one minute before noon', text: draft('2026-12-04 11:59') },
    { name: 'no Send header', text: 'Subject: Your KubeCon talk on eBPF\n\nHi Dana, loved your talk. Open to comparing notes?' },
    { name: 'an unreadable Send is left to invalid-header-value', text: draft('Saturday 10am') },
    { name: 'CRLF, Tuesday', text: crlf(draft('2026-12-01 09:30')) },
    { name: 'follow-up on a Tuesday', text: `${draft('2026-12-01 09:30')}\n${followUp('2026-12-08 09:30')}` },
    { name: 'connection note on a Wednesday', text: `Kind: connection\nSend: 2026-12-02 10:00\n\nHi Dana, loved your KubeCon talk. Would be glad to connect.` },
  ],
  invalid: [
    {
      name: 'Saturday',
      text: draft('2026-12-05 10:00'),
      problems: [
        {
          message: 'Saturday is a poor time to send: InMails sent Tuesday to Thursday mornings get the most replies.',
          line: 3,
          covers: '2026-12-05 10:00',
          suggestions: ['Move to Tuesday 2026-12-08 09:00'],
        },
      ],
    },
    {
      name: 'Sunday evening',
      text: draft('2026-12-06 19:30'),
      problems: [{ message: 'Sunday is a poor time to send', covers: '2026-12-06 19:30', suggestions: ['Move to Tuesday 2026-12-08 09:00'] }],
    },
    {
      name: 'Friday at noon is afternoon',
      text: draft('2026-12-04 12:00'),
      problems: [{ message: 'Friday afternoon is a poor time to send', covers: '2026-12-04 12:00', suggestions: ['Move to Tuesday 2026-12-08 09:00'] }],
    },
    {
      name: 'Friday afternoon on New Year\'s Eve: next slot is in the next year',
      text: draft('2027-12-31 16:30'),
      problems: [{ message: 'Friday afternoon', covers: '2027-12-31 16:30', suggestions: ['Move to Tuesday 2028-01-04 09:00'] }],
    },
    {
      name: 'Saturday before a leap day',
      text: draft('2028-02-26 11:00'),
      problems: [{ message: 'Saturday is a poor time', covers: '2028-02-26 11:00', suggestions: ['Move to Tuesday 2028-02-29 09:00'] }],
    },
    {
      name: 'T separator',
      text: draft('2026-12-05T10:00'),
      problems: [{ message: 'Saturday', covers: '2026-12-05T10:00', suggestions: ['Move to Tuesday 2026-12-08 09:00'] }],
    },
    {
      name: 'CRLF',
      text: crlf(draft('2026-12-05 10:00')),
      problems: [{ message: 'Saturday', line: 3, covers: '2026-12-05 10:00' }],
    },
    {
      name: 'a follow-up planned for Sunday',
      text: `${draft('2026-12-01 09:30')}\n${followUp('2026-12-13 10:00')}`,
      problems: [{ message: 'Sunday is a poor time', line: 9, covers: '2026-12-13 10:00', suggestions: ['Move to Tuesday 2026-12-15 09:00'] }],
    },
    {
      name: 'a connection note on Saturday',
      text: `Kind: connection\nSend: 2026-12-05 10:00\n\nHi Dana, loved your KubeCon talk. Would be glad to connect.`,
      problems: [{ message: 'Saturday', line: 2, covers: '2026-12-05 10:00' }],
    },
  ],
});

describe('rule send-time: the suggestion', () => {
  it('moves the Send value to the suggested slot, which is then accepted', () => {
    const text = draft('2026-12-04 15:00');
    const [problem] = problemsOf('send-time', text);
    const fixed = applyEdits(text, problem.suggestions![0].edits);
    assert.equal(fixed, draft('2026-12-08 09:00'));
    assert.deepEqual(problemsOf('send-time', fixed), []);
    assert.equal(problem.fix, undefined, 'a new time is the writer\'s choice, not fix-all\'s');
  });
});
