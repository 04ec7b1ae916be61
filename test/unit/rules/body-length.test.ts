import * as assert from 'node:assert/strict';
import { testRule } from '../../helpers/rule-tester';
import { GREET, body, inmail, prose } from '../../helpers/sized-text';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// 6 sentences (greeting and sign-off are not sentences), well past 400 characters.
const LONG = `Hi Dana,

I read your post on remote onboarding for platform teams and shared it with our engineering leads. We are Globex, a 40-person infrastructure startup, and we built a 30-day onboarding kit for distributed engineering teams after our own new hires took six weeks to ship their first change. Teams like Acme's use it to get new engineers to a first merged PR in under two weeks. It covers access requests, runbooks, shadowing rotations and a first-week ticket queue, and it plugs into Okta, GitHub and PagerDuty. I would love to hear how your team handles this today and whether any of it would be useful.

Would a 15-minute call next Tuesday work?

Best,
Sam`;

// 5 sentences, between 300 and 400 characters.
const MID = `Hi Marcus,

Congrats on the Series B! Scaling support from 20 to 60 agents is where most teams start losing first-response time. We helped Initech keep replies under two hours through a similar jump, without adding headcount. Happy to share the playbook either way.

Would a 15-minute call on Thursday be useful?

Sam`;

// One run-on sentence of a recruiter pitch, no full stop.
const RUN_ON = `Hi Dana,

I am reaching out because we are a fast-growing Series A startup building developer tooling for platform teams and we are looking for a senior engineer who has deep experience with Kubernetes, Terraform, observability stacks like Prometheus and Grafana, incident response and on-call design, and who enjoys mentoring others and shaping engineering culture in a remote-first team that values ownership, clear writing and shipping small changes often`;

const SHORT = `Hi Dana,

Loved your post on remote onboarding. We get new platform engineers to a first merged PR in under two weeks at Globex.

Would a 15-minute call next Tuesday work?

Sam`;

assert.ok(LONG.length > 400 && LONG.length < 1900);
assert.ok(MID.length > 300 && MID.length < 400, `MID is ${MID.length}`);
assert.ok(RUN_ON.length > 400);
assert.ok(SHORT.length < 400);

const FOLLOW_UP_HEAD = '---\nSend: 2026-12-08 09:00\n\n';

testRule('body-length', {
  valid: [
    { name: 'a short, specific InMail', text: inmail(SHORT) },
    { name: 'exactly 400 characters', text: inmail(body(400)) },
    { name: 'CRLF: 402 code units on disk, 400 counted', text: crlf(inmail(body(400))) },
    { name: 'emoji: 398 + 🚀 (2 units) = 400', text: inmail(GREET + prose(388) + '🚀') },
    { name: 'combining accent composes under NFC: 401 code units, 400 counted', text: inmail(GREET + prose(385) + ' cafe\u0301') },
    { name: 'whitespace around the body does not count', text: inmail(`\n\n\t  ${body(400)}  \n\n`) },
    { name: 'config: bodySweetSpot 800', text: inmail(LONG), config: { limits: { bodySweetSpot: 800 } } },
    {
      name: 'a connection note is not an InMail (even when its limit is raised)',
      text: `Kind: connection\nTo: Dana Lee\n\n${body(500)}`,
      config: { limits: { connectionNoteMax: 600 } },
    },
    { name: 'past the hard limit body-max-length speaks instead', text: inmail(body(1950)) },
    { name: 'a short follow-up', text: `${inmail(SHORT)}\n${FOLLOW_UP_HEAD}Hi Dana, bumping this in case it got buried. Would Thursday work instead?` },
  ],
  invalid: [
    {
      name: 'a realistic 6-sentence pitch',
      text: inmail(LONG),
      problems: [
        {
          message: `Body is ${LONG.length} characters in 6 sentences; InMails under 400 get more replies.`,
          line: 7,
          covers: LONG.slice(400),
        },
      ],
    },
    {
      name: 'CRLF: counted like LF, highlight starts after the 400th counted character',
      text: crlf(inmail(LONG)),
      problems: [{ message: `Body is ${LONG.length} characters in 6 sentences`, line: 7, covers: crlf(LONG.slice(400)) }],
    },
    {
      name: 'one run-on sentence (singular)',
      text: inmail(RUN_ON),
      problems: [{ message: `Body is ${RUN_ON.length} characters in 1 sentence; InMails under 400`, covers: RUN_ON.slice(400) }],
    },
    {
      name: '401 after NFC: the highlight is the whole accented letter',
      text: inmail(GREET + prose(386) + ' cafe\u0301'),
      problems: [{ message: 'Body is 401 characters', covers: 'e\u0301' }],
    },
    {
      name: 'emoji pushes it to 401',
      text: inmail(GREET + prose(389) + '🚀'),
      problems: [{ message: 'Body is 401 characters', line: 7 }],
    },
    {
      name: 'config: bodySweetSpot 300',
      text: inmail(MID),
      config: { limits: { bodySweetSpot: 300 } },
      problems: [{ message: `Body is ${MID.length} characters in 5 sentences; InMails under 300 get more replies.`, covers: MID.slice(300) }],
    },
    {
      name: 'a long follow-up',
      text: `${inmail(SHORT)}\n${FOLLOW_UP_HEAD}${LONG}`,
      problems: [{ message: `Body is ${LONG.length} characters`, line: 17, covers: LONG.slice(400) }],
    },
  ],
});
