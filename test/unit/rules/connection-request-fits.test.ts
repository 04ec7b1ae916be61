import * as assert from 'node:assert/strict';
import { applyEdits, parseDocument } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const SHORT = `Hi Dana,

Loved your KubeCon talk on eBPF. We moved 300 services off sidecars and hit the same DNS edge cases.

Open to comparing notes?`;

const LONG = `Hi Dana,

I read your post on remote onboarding for platform teams and shared it with our engineering leads. We are Globex, a 40-person infrastructure startup, and we built a 30-day onboarding kit for distributed engineering teams after our own new hires took six weeks to ship their first change. Teams like Acme's use it to get new engineers to a first merged PR in under two weeks.

Would a 15-minute call next Tuesday work?`;

assert.ok(SHORT.length < 200);
assert.ok(LONG.length > 300);

const PITCH = 'Loved your KubeCon talk on eBPF and the DNS edge cases in sidecar-less meshes. ';
const GREET = 'Hi Dana,\n\n';
function prose(n: number): string {
  const s = PITCH.repeat(Math.ceil(n / PITCH.length) + 1).slice(0, n - 1) + '?';
  assert.equal(s.length, n);
  return s;
}

const ONE_LINE = 'Hi Dana, loved your KubeCon talk on eBPF. Open to comparing notes?';
const HEAD = 'Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\n';
const SUGGESTION = 'Send as a connection request (Kind: connection)';

testRule('connection-request-fits', {
  valid: [
    { name: 'a body too long for a note', text: `${HEAD}\n${LONG}` },
    { name: '301 units: 299 + 👋', text: `${HEAD}\n${GREET}${prose(289)}👋` },
    { name: 'Open Profile: the InMail is free anyway', text: `${HEAD}Open-Profile: yes\n\n${SHORT}` },
    { name: 'a 1st-degree connection: already connected, and messaging them is free', text: `${HEAD}Degree: 1st\n\n${SHORT}` },
    { name: 'already sent', text: `${HEAD}Status: sent\n\n${SHORT}` },
    { name: 'already replied', text: `${HEAD}Status: replied\n\n${SHORT}` },
    { name: 'already a connection note', text: `Kind: connection\nTo: Dana Lee\n\n${SHORT}` },
    { name: 'free account: 250 characters do not fit a 200-character note', text: `${HEAD}\n${GREET}${prose(240)}`, config: { freeAccount: true } },
    { name: 'config: connectionNoteMax 200', text: `${HEAD}\n${GREET}${prose(240)}`, config: { limits: { connectionNoteMax: 200 } } },
    { name: 'only the first message counts, not a short follow-up', text: `${HEAD}\n${LONG}\n---\nSend: 2026-12-08 09:00\n\nHi Dana, bumping this. Would Thursday work?` },
    { name: 'headers only, no body yet', text: HEAD },
  ],
  invalid: [
    {
      name: 'a 2nd-degree contact: the InMail would cost a credit',
      text: `${HEAD}Degree: 2nd\n\n${SHORT}`,
      problems: [{ message: 'fits a 300-character connection note', suggestions: [SUGGESTION] }],
    },
    {
      name: 'a short InMail',
      text: `${HEAD}\n${SHORT}`,
      problems: [
        {
          message: `This body is ${SHORT.length} characters and fits a 300-character connection note, which costs no InMail credit.`,
          line: 4,
          covers: 'Hi Dana,',
          suggestions: [SUGGESTION],
        },
      ],
    },
    {
      name: 'exactly 300 with CRLF (each line break counts one)',
      text: crlf(`${HEAD}\n${GREET}${prose(290)}`),
      problems: [{ message: 'This body is 300 characters and fits a 300-character connection note', line: 4, covers: 'Hi Dana,' }],
    },
    {
      name: 'emoji: 298 + 👋 = 300',
      text: `${HEAD}\n${GREET}${prose(288)}👋`,
      problems: [{ message: 'This body is 300 characters', covers: 'Hi Dana,' }],
    },
    {
      name: 'free account: 190 characters fit a 200-character note',
      text: `${HEAD}\n${GREET}${prose(180)}`,
      config: { freeAccount: true },
      problems: [{ message: 'This body is 190 characters and fits a 200-character connection note', covers: 'Hi Dana,', suggestions: [SUGGESTION] }],
    },
    {
      name: 'explicit Kind: inmail',
      text: `${HEAD}Kind: inmail\n\n${SHORT}`,
      problems: [{ message: 'fits a 300-character connection note', line: 5, covers: 'Hi Dana,', suggestions: [SUGGESTION] }],
    },
    {
      name: 'one-line body with no headers',
      text: ONE_LINE,
      problems: [{ message: `This body is ${ONE_LINE.length} characters`, line: 1, covers: ONE_LINE }],
    },
  ],
});

describe('rule connection-request-fits: the suggestion', () => {
  const apply = (text: string) => {
    const [problem] = problemsOf('connection-request-fits', text);
    assert.equal(problem.fix, undefined, 'changing the kind of message is the writer\'s choice');
    return applyEdits(text, problem.suggestions![0].edits);
  };

  it('adds Kind: connection under the subject', () => {
    const fixed = apply(`${HEAD}\n${SHORT}`);
    assert.equal(fixed, `Subject: Your KubeCon talk on eBPF\nKind: connection\nTo: Dana Lee\n\n${SHORT}`);
    assert.equal(parseDocument(fixed).messages[0].kind, 'connection');
    assert.deepEqual(problemsOf('connection-request-fits', fixed), []);
  });

  it('changes an existing Kind: inmail', () => {
    assert.equal(apply(`${HEAD}Kind: inmail\n\n${SHORT}`), `${HEAD}Kind: connection\n\n${SHORT}`);
  });

  it('starts a header block when there is none', () => {
    const fixed = apply(ONE_LINE);
    assert.equal(fixed, `Kind: connection\n\n${ONE_LINE}`);
    assert.equal(parseDocument(fixed).messages[0].body, ONE_LINE);
  });

  it('keeps CRLF line endings', () => {
    const text = crlf(`${HEAD}\n${SHORT}`);
    assert.equal(apply(text), crlf(`Subject: Your KubeCon talk on eBPF\nKind: connection\nTo: Dana Lee\n\n${SHORT}`));
  });
});
