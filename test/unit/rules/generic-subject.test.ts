import * as assert from 'node:assert/strict';
import { countWords, subjectGenericReason } from '../../../server/src/engine';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// A vendor InMail that cites the recipient's post; it gives the suggestions something to build on.
const POST_BODY = `Hi Dana,

I read your post on remote onboarding for platform teams and shared it with our engineering leads. We help teams like Acme's get new engineers to a first merged PR in under two weeks.

Would a 15-minute call next Tuesday work?

Best,
Sam`;

/** A draft to Dana Lee at Acme with the given subject. */
const toDana = (subject: string) => `Subject: ${subject}\nTo: Dana Lee\nCompany: Acme\n\n${POST_BODY}`;
/** The same body with no To/Company headers, so a subject must be specific on its own words. */
const bare = (subject: string) => `Subject: ${subject}\n\n${POST_BODY}`;

const TOPIC = 'remote onboarding for platform teams';

// Congratulates company news and asks for a call "on Thursday": the day is not a topic.
const NEWS_DRAFT = `Subject: Quick question
To: Marcus Webb
Company: Northwind

Hi Marcus,

Congrats on the Series B! Scaling support from 20 to 60 agents is where most teams start losing first-response time, and that is exactly what we fix.

Would a 15-minute call on Thursday work?

Sam`;

const MERGE_DRAFT = `Subject: Exciting opportunity!

Hi {{first_name}},

Saw that {{company}} just opened an office in Lisbon. We place senior SREs in Portugal within 30 days.

Open to a quick call next week?`;

const FOLLOW_UP = `Hi Dana, just bumping this in case it got buried. Would Tuesday or Thursday work for 15 minutes?`;

testRule('generic-subject', {
  valid: [
    { name: '"Quick question about..." that names something specific', text: bare("Quick question about Acme's Series B") },
    { name: 'their talk and its topic', text: bare('Your KubeCon talk on eBPF') },
    { name: 'a merge field for their company', text: bare("{{company}}'s hiring plans") },
    { name: 'a mutual contact', text: bare('Priya Raman suggested I reach out') },
    { name: 'company news', text: bare('Congrats on the Lisbon office') },
    { name: 'generic words plus the Company header value', text: toDana('Quick question about Acme') },
    { name: 'acronyms are not shouting', text: bare('AWS re:Invent talk on Graviton') },
    { name: 'a single exclamation mark is fine', text: bare('Loved your KubeCon talk on eBPF!') },
    { name: 'emoji + specific news', text: bare('🎉 Congrats on the Series B') },
    { name: 'CRLF file with a specific subject', text: crlf(toDana('Your post on remote onboarding')) },
    { name: 'empty subject is left to subject-required', text: `Subject:\nTo: Dana Lee\n\n${POST_BODY}` },
    { name: 'connection note without a subject', text: `Kind: connection\n\nHi Dana, enjoyed your post on remote onboarding. Would be glad to connect.` },
    {
      name: 'a follow-up with a specific subject',
      text: `${toDana('Your post on remote onboarding')}\n---\nSubject: Re: your post on remote onboarding\n\n${FOLLOW_UP}`,
    },
  ],
  invalid: [
    {
      name: 'Exciting opportunity!',
      text: toDana('Exciting opportunity!'),
      problems: [
        {
          message: /^"Exciting opportunity!" says nothing only this recipient would recognise.* Try: "Your post on remote onboarding/,
          line: 1,
          covers: 'Exciting opportunity!',
          suggestions: [/^Replace subject with "Your post on remote onboarding for platform teams"$/],
        },
      ],
    },
    { name: "Let's connect", text: toDana("Let's connect"), problems: [{ message: 'says nothing only this recipient would recognise', covers: "Let's connect" }] },
    {
      name: "I'd love to pick your brain",
      text: toDana("I'd love to pick your brain"),
      problems: [{ message: 'says nothing only this recipient would recognise', covers: "I'd love to pick your brain" }],
    },
    { name: 'Quick question', text: toDana('Quick question'), problems: [{ message: '"Quick question" says nothing', covers: 'Quick question' }] },
    { name: 'Hello', text: toDana('Hello'), problems: [{ message: '"Hello" says nothing', covers: 'Hello' }] },
    {
      name: 'Following up (on the follow-up)',
      text: `${toDana('Your post on remote onboarding')}\n---\nSubject: Following up\n\n${FOLLOW_UP}`,
      problems: [{ message: '"Following up" says nothing', line: 14, covers: 'Following up' }],
    },
    {
      name: 'hype: Once-in-a-lifetime role',
      text: toDana('Once-in-a-lifetime role'),
      problems: [{ message: 'reads as hype', covers: 'Once-in-a-lifetime role', suggestions: [/Replace subject with ".*remote onboarding/] }],
    },
    {
      name: 'hype: a rockstar engineer ad',
      text: bare('Rockstar Rust engineers wanted in Berlin'),
      problems: [{ message: 'reads as hype', covers: 'Rockstar Rust engineers wanted in Berlin' }],
    },
    {
      name: 'ALL CAPS even when it names the company',
      text: toDana('ACME IS HIRING SENIOR ENGINEERS'),
      problems: [{ message: 'is in capitals, which reads as shouting', covers: 'ACME IS HIRING SENIOR ENGINEERS' }],
    },
    {
      name: 'stacked exclamation marks: !!!',
      text: toDana("We're hiring!!!"),
      problems: [{ message: 'uses stacked exclamation marks', covers: "We're hiring!!!" }],
    },
    {
      name: 'CRLF: Quick question',
      text: crlf(toDana('Quick question')),
      problems: [{ message: '"Quick question" says nothing', line: 1, covers: 'Quick question' }],
    },
    { name: 'Touching base', text: bare('Touching base'), problems: [{ message: 'says nothing', covers: 'Touching base' }] },
    {
      name: 'Job opportunity at a fast-growing startup',
      text: bare('Job opportunity at a fast-growing startup'),
      problems: [{ message: 'says nothing', covers: 'Job opportunity at a fast-growing startup' }],
    },
    {
      name: 'merge-field draft: suggestions use the merge fields',
      text: MERGE_DRAFT,
      problems: [{ message: '"Exciting opportunity!" says nothing', covers: 'Exciting opportunity!', suggestions: [/\{\{company\}\}/] }],
    },
    {
      name: 'config: suggestions respect a lower subjectWords limit',
      text: toDana('Quick question'),
      config: { limits: { subjectWords: 6 } },
      problems: [{ message: 'Try: "', covers: 'Quick question', suggestions: [/^Replace subject with "[^"]*Acme[^"]*"$/] }],
    },
    // --- realistic generic subjects the rule should catch too ---
    {
      // A first name like "Ed" must not match inside "interested".
      name: 'the recipient "Ed" is not mentioned by "Interested in a quick chat?"',
      text: `Subject: Interested in a quick chat?\nTo: Ed Chen\nCompany: Initech\n\n${POST_BODY.replace('Dana', 'Ed')}`,
      problems: [{ message: 'says nothing only this recipient would recognise', covers: 'Interested in a quick chat?' }],
    },
    {
      name: 'hype: "#1" is hype after a space too',
      text: bare('Join the #1 sales team in fintech'),
      problems: [{ message: 'reads as hype', covers: 'Join the #1 sales team in fintech' }],
    },
    {
      name: 'Following up on my last message',
      text: `${toDana('Your post on remote onboarding')}\n---\nSubject: Following up on my last message\n\n${FOLLOW_UP}`,
      problems: [{ message: 'says nothing', line: 14, covers: 'Following up on my last message' }],
    },
    {
      name: 'Are you open to new opportunities?',
      text: bare('Are you open to new opportunities?'),
      problems: [{ message: 'says nothing', covers: 'Are you open to new opportunities?' }],
    },
  ],
});

describe('rule generic-subject: suggested subjects', () => {
  const subjectsOf = (text: string): string[] => {
    const [problem] = problemsOf('generic-subject', text);
    assert.ok(problem, 'expected a generic-subject problem');
    return (problem.suggestions ?? []).map((s) => {
      const m = /^Replace subject with "(.*)"$/.exec(s.title);
      assert.ok(m, `title "${s.title}"`);
      return m[1];
    });
  };

  const check = (subjects: string[], draftWords: string[], maxWords = 10) => {
    assert.ok(subjects.length >= 1, 'at least one suggestion');
    for (const s of subjects) {
      assert.ok(countWords(s) < maxWords, `"${s}" has ${countWords(s)} words`);
      assert.equal(subjectGenericReason(s), undefined, `"${s}" is itself generic`);
      assert.ok(
        draftWords.some((w) => s.toLowerCase().includes(w.toLowerCase())),
        `"${s}" is not built from the draft (expected one of ${draftWords.join(', ')})`,
      );
    }
  };

  it('cites the post the body mentions, then the company', () => {
    const subjects = subjectsOf(toDana('Exciting opportunity!'));
    check(subjects, ['Acme', TOPIC, 'Dana']);
    assert.equal(subjects[0], `Your post on ${TOPIC}`);
    assert.ok(subjects.some((s) => s.includes('Acme')), JSON.stringify(subjects));
  });

  it('each edit replaces exactly the subject value', () => {
    const text = toDana("Let's connect");
    const [problem] = problemsOf('generic-subject', text);
    for (const s of problem.suggestions!) {
      assert.equal(s.edits.length, 1);
      assert.equal(text.slice(s.edits[0].start, s.edits[0].end), "Let's connect");
    }
  });

  it('are under a lowered word limit', () => {
    const [problem] = problemsOf('generic-subject', toDana('Quick question'), { limits: { subjectWords: 6 } });
    const subjects = problem.suggestions!.map((s) => /"(.*)"/.exec(s.title)![1]);
    check(subjects, ['Acme', TOPIC, 'Dana'], 6);
  });

  it('build on merge fields when the draft has no headers', () => {
    check(subjectsOf(MERGE_DRAFT), ['{{company}}', 'Lisbon']);
  });

  it('are about the news, not the meeting day', () => {
    const subjects = subjectsOf(NEWS_DRAFT);
    check(subjects, ['Northwind', 'Series B', 'Marcus']);
    assert.ok(subjects.some((s) => s.includes('Series B')), JSON.stringify(subjects));
    for (const s of subjects) assert.doesNotMatch(s, /thursday/i, `"${s}" is built on the meeting day, not a topic`);
  });

  it('are never generic for the hype, caps and exclamation cases either', () => {
    for (const subject of ['Once-in-a-lifetime role', 'ACME IS HIRING SENIOR ENGINEERS', "We're hiring!!!", 'Hello', 'Following up']) {
      check(subjectsOf(toDana(subject)), ['Acme', TOPIC, 'Dana']);
    }
  });
});
