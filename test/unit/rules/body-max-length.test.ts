import { testRule } from '../../helpers/rule-tester';
import { GREET, body, inmail, prose } from '../../helpers/sized-text';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const note = (b: string) => `Kind: connection\nTo: Dana Lee\n\n${b}`;
const FOLLOW_UP_HEAD = '---\nSend: 2026-12-08 09:00\n\n';

testRule('body-max-length', {
  valid: [
    { name: 'a normal InMail', text: inmail(`${GREET}I read your post on remote onboarding. Would a 15-minute call next Tuesday work?`) },
    { name: 'exactly 1900', text: inmail(body(1900)) },
    { name: 'CRLF: 1902 code units on disk but 1900 counted (CRLF is one)', text: crlf(inmail(body(1900))) },
    { name: 'whitespace around the body does not count', text: inmail(`\n\n   ${body(1900)}   \n\n\n`) },
    { name: 'emoji: 1898 + 👋 (2 units) = 1900', text: inmail(GREET + prose(1888) + '👋') },
    { name: 'combining accent composes under NFC: 1901 code units, 1900 counted', text: inmail(GREET + prose(1885) + ' cafe\u0301') },
    { name: "config: bodyMax 2000 (LinkedIn's own figure)", text: inmail(body(1990)), config: { limits: { bodyMax: 2000 } } },
    { name: 'connection note of exactly 300', text: note(prose(300)) },
    { name: 'free account: connection note of exactly 200', text: note(prose(200)), config: { freeAccount: true } },
    { name: 'a 1900-character follow-up', text: `${inmail(body(400))}\n${FOLLOW_UP_HEAD}${body(1900)}` },
  ],
  invalid: [
    {
      name: '1901: the one extra character is highlighted',
      text: inmail(body(1901)),
      problems: [{ message: 'An InMail body can hold 1,900 characters; this one has 1,901. LinkedIn would refuse the 1 highlighted.', covers: '.' }],
    },
    {
      name: 'CRLF: 1905 counted, the last 5 highlighted',
      text: crlf(inmail(body(1905))),
      problems: [{ message: 'this one has 1,905. LinkedIn would refuse the 5 highlighted.', covers: body(1905).slice(-5) }],
    },
    {
      name: 'CRLF line breaks inside the body each count one',
      // 19 lines of 99 characters + CRLF = 1900 units, then "Sam" pushes it to 1903.
      text: crlf(inmail(`${Array.from({ length: 19 }, () => prose(99)).join('\n')}\nSam`)),
      problems: [{ message: 'this one has 1,903. LinkedIn would refuse the 3 highlighted.', covers: 'Sam' }],
    },
    {
      name: 'an emoji that crosses the limit is highlighted whole (1899 + 👋 = 1901)',
      text: inmail(GREET + prose(1889) + '👋'),
      problems: [{ message: 'this one has 1,901', covers: '👋' }],
    },
    {
      name: 'connection note of 301',
      text: note(prose(301)),
      problems: [{ message: 'A connection note can hold 300 characters; this one has 301.', line: 4, covers: '.' }],
    },
    {
      name: 'free account: a 250-character note is over 200',
      text: note(prose(250)),
      config: { freeAccount: true },
      problems: [{ message: 'A connection note can hold 200 characters; this one has 250. LinkedIn would refuse the 50 highlighted.', covers: prose(250).slice(200) }],
    },
    {
      name: 'config: connectionNoteMax 250',
      text: note(prose(260)),
      config: { limits: { connectionNoteMax: 250 } },
      problems: [{ message: 'can hold 250 characters; this one has 260', covers: prose(260).slice(250) }],
    },
    {
      name: 'config: bodyMax 1000',
      text: inmail(body(1200)),
      config: { limits: { bodyMax: 1000 } },
      problems: [{ message: 'An InMail body can hold 1,000 characters; this one has 1,200. LinkedIn would refuse the 200 highlighted.', covers: body(1200).slice(1000) }],
    },
    {
      name: 'the follow-up is over the limit',
      text: `${inmail(body(400))}\n${FOLLOW_UP_HEAD}${body(1950)}`,
      problems: [{ message: 'this one has 1,950', line: 13, covers: body(1950).slice(1900) }],
    },
  ],
});
