import * as assert from 'node:assert/strict';
import { applyEdits, countWords, lint, parseDocument, subjectGenericReason } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// A recruiter InMail that cites the recipient's post; only the headers vary between cases.
const POST_BODY = `Hi Dana,

I read your post on remote onboarding for platform teams and shared it with our engineering leads. We built a 30-day onboarding kit at Globex after our own hires took six weeks to ship.

Would a 15-minute call next Tuesday work?

Best,
Sam`;

const CONNECTION_NOTE = `Hi Priya, congrats on the Series B! I run platform at Globex and would love to swap notes on scaling on-call.`;

testRule('subject-required', {
  valid: [
    {
      name: 'InMail with a specific subject',
      text: `Subject: Your post on remote onboarding\nTo: Dana Lee\nCompany: Acme\n\n${POST_BODY}`,
    },
    {
      name: 'header names are case-insensitive',
      text: `subject: Your post on remote onboarding\nto: Dana Lee\n\n${POST_BODY}`,
    },
    {
      name: 'a subject that is only a merge field phrase',
      text: `Subject: {{company}}'s hiring plans\n\nHi {{first_name}},\n\nSaw {{company}} just opened a Lisbon office. Are you hiring SREs there?`,
    },
    {
      name: 'connection notes have no subject',
      text: `Kind: connection\nTo: Priya Nair\n\n${CONNECTION_NOTE}`,
    },
    {
      name: 'Kind value is case-insensitive (Connection)',
      text: `Kind: Connection\nTo: Priya Nair\n\n${CONNECTION_NOTE}`,
    },
    {
      name: 'a follow-up continues the thread and needs no subject of its own',
      text: `Subject: Your post on remote onboarding\nSend: 2026-12-01 09:00\n\n${POST_BODY}\n---\nSend: 2026-12-08 09:00\n\nHi Dana, bumping this in case it got buried. Would Thursday work instead?`,
    },
    {
      name: 'CRLF file with a subject',
      text: crlf(`Subject: Your post on remote onboarding\nTo: Dana Lee\n\n${POST_BODY}`),
    },
    {
      name: 'emoji subject',
      text: `Subject: 🎉 Congrats on the Series B, Priya\n\nHi Priya,\n\nCongrats on the Series B! Would a 15-minute call on scaling support be useful?`,
    },
  ],
  invalid: [
    {
      name: 'no header block at all',
      text: POST_BODY,
      problems: [
        {
          message: 'This InMail has no subject',
          line: 1,
          covers: 'Hi Dana,',
          suggestions: [/^Add subject: .*remote onboarding/],
        },
      ],
    },
    {
      name: 'headers but no Subject line',
      text: `To: Dana Lee\nCompany: Acme\nSend: 2026-12-01 09:00\n\n${POST_BODY}`,
      problems: [{ message: 'no subject', line: 1, covers: 'To: Dana Lee', suggestions: [/^Add subject: .*remote onboarding/, /^Add subject: Dana, your post/] }],
    },
    {
      name: 'empty Subject:',
      text: `Subject:\nTo: Dana Lee\nCompany: Acme\n\n${POST_BODY}`,
      problems: [{ message: 'The subject is empty', line: 1, covers: 'Subject:', suggestions: [/^Use subject: .*remote onboarding/] }],
    },
    {
      name: 'Subject: with only spaces',
      text: `To: Dana Lee\nSubject:    \nCompany: Acme\n\n${POST_BODY}`,
      problems: [{ message: 'The subject is empty', line: 2, covers: 'Subject:    ' }],
    },
    {
      name: 'CRLF, no subject',
      text: crlf(`To: Dana Lee\nCompany: Acme\n\n${POST_BODY}`),
      problems: [{ message: 'no subject', line: 1, covers: 'To: Dana Lee' }],
    },
    {
      name: 'explicit Kind: inmail still needs a subject',
      text: `Kind: inmail\nTo: Marcus Webb\nCompany: Northwind\n\nHi Marcus,\n\nCongrats on the Series B! Scaling support from 20 to 60 agents is where first-response times slip. Worth a chat?`,
      problems: [{ message: 'no subject', covers: 'Kind: inmail', suggestions: [/Series B/] }],
    },
    {
      name: 'only the first message is checked, once',
      text: `To: Dana Lee\n\n${POST_BODY}\n---\nSubject: Re: remote onboarding\n\nHi Dana, bumping this. Would Thursday work?`,
      problems: [{ message: 'no subject', line: 1, covers: 'To: Dana Lee' }],
    },
  ],
});

describe('rule subject-required: suggested subjects', () => {
  const subjectOf = (title: string) => title.replace(/^(?:Add|Use) subject: /, '');

  it('inserting a suggestion gives the message a specific subject', () => {
    const text = `To: Dana Lee\nCompany: Acme\n\n${POST_BODY}`;
    const [problem] = problemsOf('subject-required', text);
    assert.ok(problem.suggestions && problem.suggestions.length > 0);
    for (const s of problem.suggestions) {
      const fixed = applyEdits(text, s.edits);
      const subject = parseDocument(fixed).messages[0].subject?.value;
      assert.equal(subject, subjectOf(s.title));
      assert.equal(fixed, `Subject: ${subject}\n${text}`);
      assert.deepEqual(problemsOf('subject-required', fixed), []);
      assert.equal(subjectGenericReason(subject!), undefined, `"${subject}" is generic`);
      assert.ok(countWords(subject!) < 10, `"${subject}" is 10 words or more`);
    }
  });

  it('without any header block, the subject goes in a new block above the body', () => {
    const [problem] = problemsOf('subject-required', POST_BODY);
    const fixed = applyEdits(POST_BODY, problem.suggestions![0].edits);
    assert.equal(fixed, `Subject: ${subjectOf(problem.suggestions![0].title)}\n\n${POST_BODY}`);
    assert.equal(parseDocument(fixed).messages[0].body, POST_BODY);
  });

  for (const empty of ['Subject: ', 'Subject:']) {
    it(`filling "${empty}" gives "Subject: <suggestion>" with one space after the colon`, () => {
      const text = `${empty}\nTo: Dana Lee\n\n${POST_BODY}`;
      const [problem] = problemsOf('subject-required', text);
      const fixed = applyEdits(text, problem.suggestions![0].edits);
      assert.equal(fixed.split('\n')[0], `Subject: ${subjectOf(problem.suggestions![0].title)}`);
    });
  }

  it('respects a lower subjectWords limit', () => {
    const [problem] = problemsOf('subject-required', `To: Dana Lee\nCompany: Acme\n\n${POST_BODY}`, { limits: { subjectWords: 6 } });
    assert.ok(problem.suggestions!.length > 0);
    for (const s of problem.suggestions!) assert.ok(countWords(subjectOf(s.title)) < 6, s.title);
  });

  it('keeps CRLF line endings when inserting the Subject line', () => {
    const text = crlf(`To: Dana Lee\nCompany: Acme\n\n${POST_BODY}`);
    const [problem] = problemsOf('subject-required', text);
    const fixed = applyEdits(text, problem.suggestions![0].edits);
    assert.equal(fixed, `Subject: ${subjectOf(problem.suggestions![0].title)}\r\n${text}`);
    assert.equal(lint(fixed).problems.filter((p) => p.ruleId === 'subject-required').length, 0);
  });
});
