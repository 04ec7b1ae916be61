import { testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const HEAD = 'Subject: Your post on remote onboarding\nTo: Dana Lee\nCompany: Acme\n\n';
const OPENING = 'Hi Dana,\n\nI read your post on remote onboarding for platform teams. We get new engineers at teams like Acme to a first merged PR in under two weeks.\n\n';
const inmail = (ending: string) => `${HEAD}${OPENING}${ending}`;

testRule('no-ask', {
  valid: [
    { name: 'a specific question', text: inmail('Would a 15-minute call next Tuesday work?\n\nBest,\nSam') },
    { name: '"Let me know" without a question mark', text: inmail('Let me know if a two-page case study would help.\n\nSam') },
    { name: '"Happy to send" offer', text: inmail('Happy to send over the onboarding checklist we use.\n\nSam') },
    { name: 'a Calendly link', text: inmail("Here's my Calendly if that's easier: calendly.com/sam-globex/15min\n\nSam") },
    { name: '"Are you free ..." without a question mark', text: inmail('Are you free Thursday at 10 for 15 minutes\n\nSam') },
    { name: '"I\'d love to hear" invitation', text: inmail("I'd love to hear how your team handles this today.\n\nSam") },
    { name: 'CRLF, with a question', text: crlf(inmail('Would a 15-minute call next Tuesday work?\n\nBest,\nSam')) },
    {
      name: 'a follow-up that asks again',
      text: `${inmail('Would a 15-minute call next Tuesday work?')}\n---\nSend: 2026-12-08 09:00\n\nHi Dana, bumping this in case it got buried. Would Thursday work instead?`,
    },
    { name: 'connection note with a question', text: `Kind: connection\n\nHi Dana, loved your post on remote onboarding. Mind if I connect?` },
    { name: 'empty body (nothing written yet)', text: HEAD },
    // A connection request is itself the ask; "I'd love to connect" is as much an ask as "Let's connect".
    { name: "connection note ending \"I'd love to connect\"", text: `Kind: connection\n\nHi Dana, loved your post on remote onboarding for platform teams. I'd love to connect.` },
  ],
  invalid: [
    {
      name: '"Looking forward to hearing from you" is not an ask',
      text: inmail('Looking forward to hearing from you.\n\nBest,\nSam'),
      problems: [{ message: 'There is no ask.', line: 12, covers: 'Sam' }],
    },
    {
      name: '"Feel free to reach out" puts the work on them',
      text: inmail("Feel free to reach out if you're interested."),
      problems: [{ message: 'Would a 15-minute call next Tuesday work?', line: 9, covers: "Feel free to reach out if you're interested." }],
    },
    {
      name: 'a pitch made only of statements',
      text: `${HEAD}We're Globex. We cut cloud bills by 30% for teams like Acme.\nOur customers include Initech and Hooli.`,
      problems: [{ message: 'There is no ask', line: 6, covers: 'Our customers include Initech and Hooli.' }],
    },
    {
      name: 'single-line body: the whole line is covered',
      text: `${HEAD}Hi Dana, sharing our onboarding kit for platform teams.`,
      problems: [{ message: 'There is no ask', line: 5, covers: 'Hi Dana, sharing our onboarding kit for platform teams.' }],
    },
    {
      name: 'CRLF: the covered last line excludes the line break',
      text: crlf(`${inmail('Thanks for your time.')}\n\n`),
      problems: [{ message: 'There is no ask', line: 9, covers: 'Thanks for your time.' }],
    },
    {
      name: 'a follow-up that only bumps',
      text: `${inmail('Would a 15-minute call next Tuesday work?')}\n---\nSend: 2026-12-08 09:00\n\nHi Dana,\nJust bumping this to the top of your inbox.`,
      problems: [{ message: 'There is no ask', line: 14, covers: 'Just bumping this to the top of your inbox.' }],
    },
    {
      name: 'both messages lack an ask',
      text: `${inmail('Thanks for reading.')}\n---\n\nHi Dana, circling back on the note below.`,
      problems: [
        { line: 9, covers: 'Thanks for reading.' },
        { line: 12, covers: 'Hi Dana, circling back on the note below.' },
      ],
    },
  ],
});
