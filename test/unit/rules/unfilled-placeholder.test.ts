import * as assert from 'node:assert/strict';
import { problemsOf, testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const HEAD = 'Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\nCompany: Isovalent\n\n';

const WITH_GAPS = `${HEAD}Hi [First Name],

I loved your talk on [specific topic] and think [Company Name] could use our kit.

Would a 15-minute call next Tuesday work?`;

testRule('unfilled-placeholder', {
  valid: [
    {
      name: 'merge fields are filled by the sending tool',
      text: `Subject: {{company}}'s hiring plans\n\nHi {{first_name}},\n\nSaw {{company}} just opened a Lisbon office. Are you hiring SREs there?`,
    },
    {
      name: 'a footnote [1]',
      text: `${HEAD}Hi Dana,\n\nTeams using our kit cut onboarding by 60% [1]. Would a 15-minute call next Tuesday work?\n\n[1] Median across 40 platform teams, 2025.`,
    },
    {
      name: 'a checklist with [x] and [ ]',
      text: `${HEAD}Hi Dana,\n\nWhat we would cover:\n[x] your eBPF rollout\n[ ] DNS edge cases\n\nWould Tuesday work?`,
    },
    {
      name: 'a markdown-style link',
      text: `${HEAD}Hi Dana,\n\nHere is the [case study](https://globex.example/case-study) I mentioned. Worth a look?`,
    },
    { name: 'empty brackets are not a gap', text: `${HEAD}Hi Dana,\n\nLoved your talk on eBPF []. Open to comparing notes?` },
    {
      name: 'CRLF, fully written draft',
      text: crlf(`${HEAD}Hi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`),
    },
    {
      name: 'follow-up without gaps',
      text: `${HEAD}Hi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?\n---\nSend: 2026-12-08 09:00\n\nHi Dana, bumping this. Would Thursday work? 🙂`,
    },
  ],
  invalid: [
    {
      name: '[First Name] in the greeting: fix-all makes it {{first_name}}',
      text: `${HEAD}Hi [First Name],\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`,
      problems: [
        {
          message: '[First Name] is a template gap. Fill it in, or make it the merge field {{first_name}}',
          line: 5,
          covers: '[First Name]',
          fixed: `${HEAD}Hi {{first_name}},\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`,
          suggestions: ['Turn [First Name] into merge field {{first_name}}'],
        },
      ],
    },
    {
      name: 'three gaps, in document order; only the recipient fields are auto-fixable',
      text: WITH_GAPS,
      problems: [
        { covers: '[First Name]', line: 5, fixed: WITH_GAPS.replace('[First Name]', '{{first_name}}') },
        {
          message: '[specific topic] is a template gap: replace it with the real detail for this recipient before sending.',
          line: 7,
          covers: '[specific topic]',
          suggestions: ['Turn [specific topic] into merge field {{specific_topic}}'],
        },
        { message: 'merge field {{company_name}}', line: 7, covers: '[Company Name]', fixed: WITH_GAPS.replace('[Company Name]', '{{company_name}}') },
      ],
    },
    {
      name: 'in the subject, with a possessive',
      text: `Subject: [Company]'s hiring plans\nTo: Dana Lee\n\nHi Dana,\n\nSaw Acme just opened a Lisbon office. Are you hiring SREs there?`,
      problems: [
        {
          message: '[Company] is a template gap',
          line: 1,
          covers: '[Company]',
          fixed: `Subject: {{company}}'s hiring plans\nTo: Dana Lee\n\nHi Dana,\n\nSaw Acme just opened a Lisbon office. Are you hiring SREs there?`,
        },
      ],
    },
    {
      name: 'upper-case [COMPANY] and [Job Title]',
      text: `${HEAD}Hi Dana,\n\nWe place [Job Title]s at teams like [COMPANY]. Worth a chat?`,
      problems: [
        { covers: '[Job Title]', fixed: `${HEAD}Hi Dana,\n\nWe place {{job_title}}s at teams like [COMPANY]. Worth a chat?` },
        { covers: '[COMPANY]', fixed: `${HEAD}Hi Dana,\n\nWe place [Job Title]s at teams like {{company}}. Worth a chat?` },
      ],
    },
    {
      name: 'CRLF: the fix keeps the line endings',
      text: crlf(`${HEAD}Hi [Name],\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`),
      problems: [
        {
          message: 'merge field {{name}}',
          line: 5,
          covers: '[Name]',
          fixed: crlf(`${HEAD}Hi {{name}},\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`),
        },
      ],
    },
    {
      name: 'a gap in the follow-up',
      text: `${HEAD}Hi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?\n---\nSend: 2026-12-08 09:00\n\nHi Dana, here is my calendar: [Calendly link]. Would Thursday work?`,
      problems: [{ message: '[Calendly link] is a template gap: replace it', line: 11, covers: '[Calendly link]', suggestions: [/\{\{calendly_link\}\}/] }],
    },
    {
      name: 'connection note with [Name]',
      text: `Kind: connection\n\nHi [Name], loved your KubeCon talk on eBPF. Would be glad to connect.`,
      problems: [{ line: 3, covers: '[Name]', fixed: `Kind: connection\n\nHi {{name}}, loved your KubeCon talk on eBPF. Would be glad to connect.` }],
    },
    {
      name: 'a gap in a header value (To: [First Name])',
      text: `Subject: Your KubeCon talk on eBPF\nTo: [First Name]\n\nHi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`,
      problems: [
        {
          message: '[First Name] is a template gap',
          line: 2,
          covers: '[First Name]',
          fixed: `Subject: Your KubeCon talk on eBPF\nTo: {{first_name}}\n\nHi Dana,\n\nLoved your KubeCon talk on eBPF. Open to comparing notes?`,
        },
      ],
    },
    {
      name: 'a gap right next to an emoji',
      text: `${HEAD}Hi Dana 👋[mutual connection] suggested I reach out. Open to a call?`,
      problems: [{ message: '[mutual connection] is a template gap: replace it', covers: '[mutual connection]' }],
    },
  ],
});

describe('rule unfilled-placeholder: what fix-all may do', () => {
  it('never auto-fills a gap the writer must write ([specific topic])', () => {
    const problems = problemsOf('unfilled-placeholder', WITH_GAPS);
    const topic = problems.find((p) => WITH_GAPS.slice(p.start, p.end) === '[specific topic]');
    assert.ok(topic);
    assert.equal(topic.fix, undefined);
  });
});
