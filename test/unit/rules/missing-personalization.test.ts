import { testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// The recruiter template everyone receives: nothing in it is about the recipient.
const TEMPLATE = `I'm a technical recruiter at Globex and we have an exciting opportunity for a Senior Backend Engineer. We offer competitive pay, equity and fully remote work.

Would you be open to a quick chat this week?

Best,
Sam`;

const withHeaders = (body: string, headers = 'Subject: Senior Backend Engineer at Globex\nTo: Dana Lee\nCompany: Acme') => `${headers}\n\n${body}`;

testRule('missing-personalization', {
  valid: [
    {
      name: 'cites their post',
      text: withHeaders(`Hi Dana,\n\nI read your post on remote onboarding for platform teams and shared it with our leads. We built a kit for exactly that.\n\nWould a 15-minute call next Tuesday work?`),
    },
    {
      name: 'cites their talk',
      text: withHeaders(`Hi Dana,\n\nYour KubeCon talk on eBPF was the clearest explanation of sidecar-less mesh I have seen. We are migrating 300 services and hit the DNS edge cases you described.\n\nOpen to comparing notes?`),
    },
    {
      name: 'congratulates a role change',
      text: withHeaders(`Hi Marcus,\n\nCongrats on the move to VP Engineering! New VPs usually inherit an on-call rotation nobody likes; we help fix that in a quarter.\n\nWorth a 15-minute call?`, 'Subject: Your first 90 days as VP Engineering\nTo: Marcus Webb'),
    },
    {
      name: 'refers to the time since they joined',
      text: withHeaders(`Hi Priya,\n\nSince you joined Figma to lead design systems, the token pipeline has shipped twice as often. We would love to learn how you did it.\n\nCould we grab 20 minutes next week?`, 'Subject: Figma design tokens\nTo: Priya Nair'),
    },
    {
      name: 'company news',
      text: withHeaders(`Hi Dana,\n\nSaw that Initech just opened a Lisbon office. We place senior SREs in Portugal within 30 days.\n\nAre you hiring there yet?`, 'Subject: SREs for the Lisbon office\nTo: Dana Lee'),
    },
    {
      name: 'a merge field beyond the greeting',
      text: `Subject: {{company}}'s hiring plans\n\nHi {{first_name}},\n\nTeams like {{company}} usually hit the wall on on-call at around 40 engineers. We fix that.\n\nWould a 15-minute call next week work?`,
    },
    {
      name: 'the Company header named in the body (possessive)',
      text: withHeaders(`Hi Marcus,\n\nNorthwind's support team doubled this year; first-response times usually slip at that size. We keep them under two hours.\n\nWorth a call?`, 'Subject: Support at Northwind\nTo: Marcus Webb\nCompany: Northwind'),
    },
    {
      name: 'a mutual contact',
      text: withHeaders(`Hi Dana,\n\nPriya Raman suggested I reach out about your on-call redesign. We did the same at Globex last year.\n\nCould I buy you a coffee next week?`),
    },
    {
      name: 'the follow-up is not checked (the first message already was personal)',
      text: `${withHeaders(`Hi Dana,\n\nI read your post on remote onboarding. Would a 15-minute call next Tuesday work?`)}\n---\nSend: 2026-12-08 09:00\n\nHi Dana, just bumping this to the top of your inbox.`,
    },
    {
      name: 'CRLF: cites their talk',
      text: crlf(withHeaders(`Hi Dana,\n\nYour KubeCon talk on eBPF was excellent.\n\nOpen to comparing notes?`)),
    },
    {
      name: 'empty body (nothing to judge yet)',
      text: 'Subject: Your KubeCon talk on eBPF\nTo: Dana Lee\n\n',
    },
    {
      name: 'connection note: specific compliment on the greeting line',
      text: `Kind: connection\nTo: Priya Nair\n\nHi Priya, congrats on the Series B! Would love to connect.`,
    },
    {
      name: 'InMail whose greeting line goes on to cite their talk',
      text: withHeaders(`Hi Dana, loved your KubeCon talk on eBPF.\n\nWe are moving 300 services off sidecars. Open to comparing notes?`),
    },
  ],
  invalid: [
    {
      name: 'a first name in the greeting alone, template body',
      text: withHeaders(`Hi Dana,\n\n${TEMPLATE}`),
      problems: [{ message: 'Nothing here is about this recipient', line: 5, covers: 'Hi Dana,' }],
    },
    {
      name: 'Dear Sir or Madam',
      text: withHeaders(`Dear Sir or Madam,\n\n${TEMPLATE}`),
      problems: [{ message: '"Dear Sir or Madam," tells the reader this went to many people', line: 5, covers: 'Dear Sir or Madam,' }],
    },
    {
      name: 'Hi there',
      text: withHeaders(`Hi there,\n\n${TEMPLATE}`),
      problems: [{ message: '"Hi there," tells the reader this went to many people', covers: 'Hi there,' }],
    },
    {
      name: 'Hello,',
      text: withHeaders(`Hello,\n\n${TEMPLATE}`),
      problems: [{ message: '"Hello," tells the reader', covers: 'Hello,' }],
    },
    {
      name: 'Hi there! with CRLF: the line break is not covered',
      text: crlf(withHeaders(`Hi there!\n\n${TEMPLATE}`)),
      problems: [{ message: 'went to many people', line: 5, covers: 'Hi there!' }],
    },
    {
      name: 'a merge field in the greeting alone',
      text: `Subject: Senior Backend Engineer at Globex\n\nHi {{first_name}},\n\n${TEMPLATE}`,
      problems: [{ message: 'Nothing here is about this recipient', line: 3, covers: 'Hi {{first_name}},' }],
    },
    {
      name: 'no greeting, pure pitch',
      text: `Subject: Senior Backend Engineer at Globex\n\nWe're hiring Senior Backend Engineers at Globex. Competitive pay, equity, remote.\nInterested?`,
      problems: [{ message: 'Nothing here is about this recipient', line: 3, covers: "We're hiring Senior Backend Engineers at Globex. Competitive pay, equity, remote." }],
    },
    {
      name: "the sender's company is not the recipient's",
      text: withHeaders(`Hi Dana,\n\nGlobex builds onboarding kits for platform teams. Teams cut ramp-up from six weeks to two.\n\nWorth a 15-minute call?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
    {
      name: 'Kind: connection with a generic greeting',
      text: `Kind: connection\n\nHello,\nI'm always looking to grow my network with talented people in tech. Let's connect!`,
      problems: [{ message: '"Hello," tells the reader', line: 3, covers: 'Hello,' }],
    },
    {
      name: 'To whom it may concern',
      text: withHeaders(`To whom it may concern,\n\n${TEMPLATE}`),
      problems: [{ message: 'went to many people', line: 5, covers: 'To whom it may concern,' }],
    },
    {
      name: 'connection note on one line: "Hi Dana, ..." followed by a template',
      text: `Kind: connection\nTo: Dana Lee\n\nHi Dana, I'm always looking to grow my network with talented professionals in tech. Let's connect!`,
      problems: [{ message: 'Nothing here is about this recipient', line: 4 }],
    },
    {
      name: '"I came across your profile" is the template, not a reference',
      text: withHeaders(`Hi Dana,\n\nI came across your profile and was impressed by your background. We have an exciting opportunity at a fast-growing startup.\n\nWould you be open to a quick chat?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
    {
      name: '"your next career move" is the template, not a role change',
      text: withHeaders(`Hi Dana,\n\nThis could be your next career move: a Staff Engineer role at a fintech with great benefits and a remote-first culture.\n\nOpen to a quick chat?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
    {
      name: "the sender's own funding round is not their news",
      text: withHeaders(`Hi Dana,\n\nWe're a Series B startup building developer tooling, and we're growing the platform team. Competitive pay, equity, remote.\n\nOpen to a quick chat?`),
      problems: [{ message: 'Nothing here is about this recipient', covers: 'Hi Dana,' }],
    },
  ],
});
