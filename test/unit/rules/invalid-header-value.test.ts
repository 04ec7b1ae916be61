import * as assert from 'node:assert/strict';
import { applyEdits, parseDocument } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const BODY = 'Hi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?';
const FOLLOW_UP = 'Hi Dana, bumping this in case it got buried. Would Thursday work instead?';
const SUBJECT = 'Subject: Your KubeCon talk on eBPF\n';
const draft = (headers: string) => `${SUBJECT}${headers}\n\n${BODY}`;

testRule('invalid-header-value', {
  valid: [
    { name: 'every value in its canonical form', text: draft('To: Dana Lee\nKind: inmail\nSend: 2026-12-01 09:30\nStatus: draft\nOpen-Profile: yes') },
    { name: 'values are case-insensitive', text: draft('Kind: InMail\nStatus: Sent\nOpen-Profile: No\nDegree: 2ND') },
    { name: 'Open-Profile as true/false, which the parser reads', text: `${draft('Open-Profile: true')}\n---\nOpen-Profile: FALSE\n\n${FOLLOW_UP}` },
    { name: 'every Degree, and "3rd+" as LinkedIn labels it', text: `${draft('Degree: 1st')}\n---\nDegree: 3rd+\n\n${FOLLOW_UP}\n---\nDegree: 3rd\n\n${FOLLOW_UP}` },
    { name: 'Send with a T separator', text: draft('Send: 2026-12-01T09:30') },
    { name: 'Send on a leap day', text: draft('Send: 2028-02-29 10:00') },
    { name: 'Send at 23:59 and 00:00', text: `${draft('Send: 2026-12-01 23:59')}\n---\nSend: 2026-12-09 00:00\n\n${FOLLOW_UP}` },
    {
      name: 'each message has its own headers; the same header in a follow-up is no duplicate',
      text: `${draft('Send: 2026-12-01 09:00\nStatus: sent')}\n---\nSend: 2026-12-08 09:00\nStatus: draft\n\n${FOLLOW_UP}`,
    },
    { name: 'CRLF', text: crlf(draft('Kind: connection\nStatus: replied\nOpen-Profile: no\nSend: 2026-12-01 09:30')) },
    { name: 'free-text headers take anything', text: draft('To: Dana Lee (she/her)\nCompany: Isovalent, a Cisco company') },
    { name: 'unknown headers are left to unknown-header', text: draft('Priority: high') },
  ],
  invalid: [
    {
      name: 'Kind: conection (typo) is fixed',
      text: draft('Kind: conection'),
      problems: [
        {
          message: 'Kind must be one of inmail, connection; did you mean "connection"?',
          line: 2,
          covers: 'conection',
          fixed: draft('Kind: connection'),
          suggestions: ['Change to "connection"'],
        },
      ],
    },
    {
      name: 'Status: drafted is fixed to draft',
      text: draft('Status: drafted'),
      problems: [{ message: 'did you mean "draft"?', covers: 'drafted', fixed: draft('Status: draft') }],
    },
    {
      name: 'Open-Profile: unknown has no obvious fix: suggestions for each value',
      text: draft('Open-Profile: unknown'),
      problems: [{ message: 'Open-Profile must be one of yes, no; found "unknown".', covers: 'unknown', suggestions: ['Set Open-Profile to "yes"', 'Set Open-Profile to "no"'] }],
    },
    {
      name: 'Degree: first gets a suggestion for each degree',
      text: draft('Degree: first'),
      problems: [{ message: 'Degree must be one of 1st, 2nd, 3rd; found "first".', covers: 'first', suggestions: ['Set Degree to "1st"', 'Set Degree to "2nd"', 'Set Degree to "3rd"'] }],
    },
    {
      name: 'Kind: connection request (too far for a fix)',
      text: draft('Kind: connection request'),
      problems: [{ message: 'Kind must be one of inmail, connection; found "connection request".', covers: 'connection request', suggestions: ['Set Kind to "connection"'] }],
    },
    {
      name: 'Send on a date that does not exist',
      text: draft('Send: 2026-02-30 09:00'),
      problems: [{ message: 'Send takes a date and time as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30; "2026-02-30 09:00" is not one.', line: 2, covers: '2026-02-30 09:00' }],
    },
    {
      name: 'Send with a one-digit hour',
      text: draft('Send: 2026-12-01 9:30'),
      problems: [{ message: '"2026-12-01 9:30" is not one', covers: '2026-12-01 9:30' }],
    },
    {
      name: 'Send in words',
      text: draft('Send: next Tuesday 9am'),
      problems: [{ message: 'Send takes a date and time', covers: 'next Tuesday 9am' }],
    },
    {
      name: 'Send on Feb 29 of a common year',
      text: draft('Send: 2027-02-29 09:00'),
      problems: [{ message: 'is not one', covers: '2027-02-29 09:00' }],
    },
    {
      name: 'a second Subject line',
      text: `${SUBJECT}To: Dana Lee\nSubject: Re: KubeCon\n\n${BODY}`,
      problems: [{ message: '"Subject" appears twice in this message; only the first one counts.', line: 3, covers: 'Subject' }],
    },
    {
      name: 'duplicate Kind in another case is still a duplicate',
      text: draft('Kind: inmail\nkind: connection'),
      problems: [{ message: '"Kind" appears twice', line: 3, covers: 'kind' }],
    },
    {
      name: 'empty Kind: offers each value',
      text: draft('Kind:'),
      problems: [{ message: 'Kind must be one of inmail, connection; found "".', line: 2, covers: 'Kind:', suggestions: ['Set Kind to "inmail"', 'Set Kind to "connection"'] }],
    },
    {
      name: 'CRLF: the fix keeps the line endings',
      text: crlf(draft('Status: replyed')),
      problems: [{ message: 'did you mean "replied"?', covers: 'replyed', fixed: crlf(draft('Status: replied')) }],
    },
    {
      name: 'an impossible time in a follow-up',
      text: `${draft('Send: 2026-12-01 09:00')}\n---\nSend: 2026-12-08 25:00\n\n${FOLLOW_UP}`,
      problems: [{ message: '"2026-12-08 25:00" is not one', line: 8, covers: '2026-12-08 25:00' }],
    },
  ],
});

describe('rule invalid-header-value: suggestions for an empty value', () => {
  for (const line of ['Kind:', 'Kind: ']) {
    it(`"${line}" → "Kind: connection"`, () => {
      const text = draft(line);
      const [problem] = problemsOf('invalid-header-value', text);
      const choice = problem.suggestions!.find((s) => s.title === 'Set Kind to "connection"');
      assert.ok(choice);
      const fixed = applyEdits(text, choice.edits);
      assert.equal(fixed, draft('Kind: connection'));
      assert.equal(parseDocument(fixed).messages[0].kind, 'connection');
    });
  }
});
