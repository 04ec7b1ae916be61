import { testRule } from '../../helpers/rule-tester';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

const BODY = `Hi Dana,

Loved your KubeCon talk on eBPF. We moved 300 services off sidecars last quarter and hit the same DNS edge cases you described.

Would you be open to a 20-minute call to compare notes?

Sam`;

const draft = (subject: string) => `Subject: ${subject}\nTo: Dana Lee\nCompany: Isovalent\n\n${BODY}`;
const FOLLOW_UP = `Hi Dana, bumping this in case it got buried. Would Thursday work instead?`;

// Counted by hand. The rule allows up to the limit ("10 words or fewer get opened"); 11 is one too many.
const NINE = 'Your KubeCon talk on eBPF and our Cilium rollout'; // 9
const TEN = 'Quick question about your KubeCon talk on eBPF and Cilium'; // 10
const ELEVEN = 'Quick question about your KubeCon talk on eBPF and Cilium rollout'; // 11
const FOURTEEN = 'Senior Platform Engineer role at Globex: remote-first, Series C, strong Rust and Kubernetes team'; // 14
// {{company}}'s is one word, as Acme's is: 12 words.
const TWELVE_WITH_MERGE = "{{first_name}}, a question about {{company}}'s move to Rust for the payments platform";

testRule('subject-word-count', {
  valid: [
    { name: '9 words', text: draft(NINE) },
    { name: 'exactly 10 words (the limit itself)', text: draft(TEN) },
    { name: 'short specific subject', text: draft('Your KubeCon talk on eBPF') },
    {
      // Words: Your KubeCon talk eBPF Cilium the sidecar-less mesh = 8; the emoji, "—" and "&" are not words.
      name: 'emoji, dashes and ampersands are not words',
      text: draft('🚀 Your KubeCon talk — eBPF, Cilium & the sidecar-less mesh'),
    },
    {
      // {{company}}'s(1) platform team and your KubeCon talk on eBPF tracing = 10 words, the limit.
      name: "a possessive merge field is one word ({{company}}'s), so this is 10",
      text: draft("{{company}}'s platform team and your KubeCon talk on eBPF tracing"),
    },
    { name: 'config: subjectWords raised to 15 lets a 14-word subject through', text: draft(FOURTEEN), config: { limits: { subjectWords: 15 } } },
    { name: 'CRLF file, 9 words', text: crlf(draft(NINE)) },
    { name: 'a follow-up with a short subject', text: `${draft(NINE)}\n---\nSubject: Re: your KubeCon talk\n\n${FOLLOW_UP}` },
    { name: 'connection note (no subject)', text: `Kind: connection\n\nHi Dana, loved your KubeCon talk on eBPF and would be glad to connect.` },
  ],
  invalid: [
    {
      name: '11 words, one over the limit',
      text: draft(ELEVEN),
      problems: [{ message: /^Subject has 11 words; [^.]*\b10\b/, line: 1, covers: ELEVEN }],
    },
    {
      name: 'a recruiter subject listing the whole job ad (14 words)',
      text: draft(FOURTEEN),
      problems: [{ message: /^Subject has 14 words; [^.]*\b10\b/, line: 1, covers: FOURTEEN }],
    },
    {
      name: 'CRLF file, 14 words',
      text: crlf(draft(FOURTEEN)),
      problems: [{ message: 'Subject has 14 words', covers: FOURTEEN }],
    },
    {
      name: 'config: subjectWords lowered to 6 flags a 7-word subject',
      text: draft('Your KubeCon talk on eBPF and Cilium'),
      config: { limits: { subjectWords: 6 } },
      problems: [{ message: /^Subject has 7 words; [^.]*\b6\b/, covers: 'Your KubeCon talk on eBPF and Cilium' }],
    },
    {
      name: 'a long follow-up subject',
      text: `${draft(NINE)}\n---\nSubject: ${FOURTEEN}\n\n${FOLLOW_UP}`,
      problems: [{ message: 'Subject has 14 words', line: 13, covers: FOURTEEN }],
    },
    {
      name: "merge fields count one word each, possessive included",
      text: draft(TWELVE_WITH_MERGE),
      problems: [{ message: 'Subject has 12 words', covers: TWELVE_WITH_MERGE }],
    },
  ],
});
