import * as assert from 'node:assert/strict';
import { testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// Over-long subjects are what people paste when they write the pitch into the subject field.
const PITCH = 'Your KubeCon talk on eBPF, sidecar-less service mesh, the Cilium roadmap and how Globex cut p99 latency by 40% ';

/** An ASCII subject of exactly `n` UTF-16 units, with no trailing space (the parser trims the value). */
function subject(n: number): string {
  const s = PITCH.repeat(Math.ceil(n / PITCH.length) + 1).slice(0, n - 1) + 's';
  assert.equal(s.length, n);
  return s;
}

const BODY = `Hi Dana,

Loved your KubeCon talk on eBPF. We moved 300 services off sidecars last quarter and hit the same DNS edge cases you described.

Would you be open to a 20-minute call to compare notes?

Sam`;

const draft = (subj: string, extra = '') => `Subject: ${subj}\nTo: Dana Lee\nCompany: Isovalent\n${extra}\n${BODY}`;

const over201 = subject(201);

testRule('subject-max-length', {
  valid: [
    { name: 'a normal subject', text: draft('Your KubeCon talk on eBPF') },
    { name: 'exactly 200 characters', text: draft(subject(200)) },
    {
      // 195 + " café" written with a combining accent: 201 code units on disk, 200 after NFC.
      name: 'combining accent that NFC composes lands exactly on 200',
      text: draft(subject(195) + ' cafe\u0301'),
    },
    { name: 'emoji that keeps it at exactly 200 units (198 + 🚀)', text: draft(subject(198) + '🚀') },
    { name: 'CRLF file, 200-character subject', text: crlf(draft(subject(200))) },
    { name: 'trailing spaces after the value are not part of the subject', text: draft(subject(200) + '     ') },
    { name: 'config: subjectMax raised to 250', text: draft(subject(230)), config: { limits: { subjectMax: 250 } } },
    {
      name: 'a 200-character follow-up subject',
      text: `${draft('Your KubeCon talk on eBPF')}\n---\nSubject: ${subject(200)}\n\nHi Dana, bumping this. Would Thursday work?`,
    },
    { name: 'connection note without a subject', text: `Kind: connection\n\nHi Dana, loved your KubeCon talk on eBPF. Would be great to connect.` },
  ],
  invalid: [
    {
      name: '201 characters',
      text: draft(over201),
      problems: [{ message: 'Subject is 201 characters; LinkedIn allows 200. Cut 1.', line: 1, covers: over201 }],
    },
    {
      name: '201 characters followed by trailing spaces: only the value is covered',
      text: draft(over201 + '   '),
      problems: [{ message: 'Subject is 201 characters', covers: over201 }],
    },
    {
      name: 'an emoji is two UTF-16 units: 199 + 🚀 = 201',
      text: draft(subject(199) + '🚀'),
      problems: [{ message: 'Subject is 201 characters; LinkedIn allows 200. Cut 1.', line: 1, covers: subject(199) + '🚀' }],
    },
    {
      name: 'CRLF file, 205 characters',
      text: crlf(draft(subject(205))),
      problems: [{ message: 'Subject is 205 characters; LinkedIn allows 200. Cut 5.', line: 1, covers: subject(205) }],
    },
    {
      name: 'config: subjectMax lowered to 100',
      text: draft(subject(120)),
      config: { limits: { subjectMax: 100 } },
      problems: [{ message: 'Subject is 120 characters; LinkedIn allows 100. Cut 20.', covers: subject(120) }],
    },
    {
      name: 'the follow-up subject is too long',
      text: `${draft('Your KubeCon talk on eBPF')}\n---\nSubject: ${subject(240)}\n\nHi Dana, bumping this. Would Thursday work?`,
      problems: [{ message: 'Subject is 240 characters; LinkedIn allows 200. Cut 40.', line: 13, covers: subject(240) }],
    },
    {
      name: 'both messages too long',
      text: `${draft(subject(210))}\n---\nSubject: ${subject(202)}\n\nHi Dana, bumping this. Would Thursday work?`,
      problems: [
        { message: 'Subject is 210 characters', line: 1 },
        { message: 'Subject is 202 characters', line: 13 },
      ],
    },
  ],
});
