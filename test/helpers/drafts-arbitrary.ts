/**
 * fast-check generators for .inmail text: hostile fragments (any Unicode, lone surrogates, control
 * characters, line-break mixes, separators, header look-alikes, bracket and brace debris), text that
 * is hard to count (clusters of every kind), realistic drafts built from fragments, and valid configs.
 */
import * as fc from 'fast-check';
import { RULE_IDS, DEFAULT_LIMITS } from '../../server/src/engine';

const cp = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

// ---------------------------------------------------------------------------------------------
// Hostile fragments
// ---------------------------------------------------------------------------------------------

export const lineBreak = fc.constantFrom('\n', '\r', '\r\n');

/** A high or low surrogate on its own, never paired. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const controlChar = fc.oneof(
  cp(0x00, 0x1f),
  fc.constantFrom('\0', '\x7f', '\u0085', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u200b', '\u180e', '\u3000', '\t', '\v', '\f'),
);

export const astral = fc.oneof(cp(0x10000, 0x10ffff), cp(0x1f300, 0x1faff), cp(0x1d400, 0x1d7ff));

const ZWJ_SEQUENCES = ['👨‍👩‍👧‍👦', '👩‍💻', '🏳️‍🌈', '❤️‍🔥', '🧑🏽‍🚀', '👁️‍🗨️', '🏴‍☠️', '👩🏿‍❤️‍💋‍👨🏻', '\u200d', '\u200d\u200d', '🧑‍🤝‍🧑'];
const FLAGS = ['🇩🇪', '🇫🇷', '🇯🇵', '🇺🇸', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁥󠁮󠁧󠁿'];
// Prepend characters (GB9b) and other rarities that glue to what follows.
const PREPEND = ['\u0600', '\u0601', '\u0605', '\u06dd', '\u070f', '\u0890', '\u08e2', '\u0d4e', '\u{110bd}', '\u{111c2}', '\u{11a3a}', '\u{11d46}', '\u{11f02}'];
// Second halves of canonical compositions that are not ordinary combining marks.
const COMPOSERS = ['\u0b3e', '\u0b56', '\u0b57', '\u09be', '\u09d7', '\u0cd5', '\u0cd6', '\u0dcf', '\u0ddf', '\u102e', '\u0bbe', '\u0bd7', '\u1161', '\u11a8', '\u3099', '\u309a', '\u0345', '\u0344', '\u0f73', '\u0f75'];

export const combiningMark = fc.oneof(
  cp(0x0300, 0x036f),
  cp(0x1ab0, 0x1aff),
  cp(0x1dc0, 0x1dff),
  cp(0x20d0, 0x20ff),
  cp(0xfe20, 0xfe2f),
  fc.constantFrom(...COMPOSERS),
);

/** Everything that can make one visible character out of several code points, or several out of one. */
export const clusterPiece = fc.oneof(
  combiningMark,
  fc.constantFrom(...ZWJ_SEQUENCES, ...FLAGS, ...PREPEND),
  cp(0x1f1e6, 0x1f1ff), // regional indicators, paired or not
  cp(0x1f3fb, 0x1f3ff), // emoji modifiers (skin tones)
  cp(0x1f600, 0x1f64f),
  cp(0xfe00, 0xfe0f), // variation selectors
  cp(0xe0100, 0xe01ef),
  cp(0xe0020, 0xe007f), // tags
  cp(0x1100, 0x11ff), // Hangul jamo L, V, T
  cp(0xa960, 0xa97f),
  cp(0xd7b0, 0xd7ff),
  cp(0xac00, 0xd7a3), // Hangul syllables
  cp(0x0900, 0x097f), // Devanagari
  cp(0x0980, 0x09ff), // Bengali
  cp(0x0b80, 0x0bff), // Tamil
  cp(0x0c80, 0x0cff), // Kannada
  cp(0x0d80, 0x0dff), // Sinhala
  cp(0x0e00, 0x0e7f), // Thai
  cp(0x0e80, 0x0eff), // Lao
  cp(0x1000, 0x109f), // Myanmar
  fc.constantFrom('\u0915\u094d\u0937', '\u0915\u094d\u200d\u0937', 'क्षि', 'நி', 'ไก่', '\u0e01\u0e33', 'e\u0301\u0302\u0303', '\r\n', '\u0644\u0627'),
  // A precomposed character taken apart: NFC must put it back together.
  fc.integer({ min: 0xc0, max: 0x2fa1d }).map((c) => String.fromCodePoint(c).normalize('NFD')),
);

export const rtl = fc.oneof(
  cp(0x05d0, 0x05ea),
  cp(0x0600, 0x06ff),
  cp(0x0750, 0x077f),
  fc.constantFrom('שלום', 'مرحبا بك', '\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '\u2069', 'ﷺ', 'ﻻ'),
);

export const KNOWN_HEADER_NAMES = ['Subject', 'To', 'Company', 'Kind', 'Send', 'Status', 'Open-Profile', 'Degree'];
export const NEAR_MISS_NAMES = ['Subjet', 'Sujbect', 'Subjcet', 'subject', 'SUBJECT', 'Compnay', 'Comapny', 'Kidn', 'Knid', 'Snd', 'Sned', 'Stauts', 'Statsu', 'Open_Profile', 'OpenProfile', 'Open-Profle', 'Degre', 'Dgree', 'Tom', 'Too', 'Subjects', 'Sendd'];
export const UNKNOWN_NAMES = ['Cc', 'Bcc', 'Priority', 'Tags', 'Note', 'X-Mailer', 'Re', 'From', 'Date', 'Attachment', 'Zzz', 'Q1', 'a'];

const headerName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_HEADER_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...NEAR_MISS_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_NAMES) },
  // Not header names at all: spaces, a leading digit, a BOM, punctuation.
  { weight: 1, arbitrary: fc.constantFrom('Hi Dana', '1Subject', '\ufeffSubject', '-Kind', 'Sub ject', 'Subject\u0301', 'Ｓubject', ' Subject') },
);

const headerValue = fc.oneof(
  fc.constantFrom('', ' ', 'inmail', 'connection', 'conection', 'CONNECTION', 'draft', 'sent', 'replied', 'drafft', 'yes', 'no', 'true', 'maybe'),
  fc.constantFrom('2026-12-05 21:30', '2026-12-01 09:00', '2026-02-31 09:00', '2026-12-01 24:00', '2026-12-01T09:30', 'next Tuesday 9am', '0000-00-00 00:00'),
  fc.constantFrom('Your post on remote onboarding', 'Exciting opportunity!', 'Quick question', '[First Name]', '{{company}}', 'Dana Reyes'),
  fc.string({ maxLength: 12 }),
);

export const headerLine = fc
  .tuple(headerName, fc.constantFrom('', ' ', '\t', '  '), fc.constantFrom(':', ': ', ':\t', ' : ', '::'), headerValue, lineBreak)
  .map(([name, space, colon, value, eol]) => `${name}${space}${colon}${value}${eol}`);

export const separator = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(lineBreak, lineBreak).map(([a, b]) => `${a}---${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '---\n', '\n---', '----', ' ---', '--- ', '-- -', '\r---\r', '---\r\n---\r\n', '\n---\n---\n') },
);

export const bracketDebris = fc.constantFrom(
  '{{', '}}', '{', '}', '{{first_name}}', '{{ company }}', '{{}}', '{{a\nb}}', '{{{{x}}}}', "{{company}}'s",
  '[', ']', '[]', '[First Name]', '[Company]', '[topic]', '[specific topic]', '[1]', '[x]', '[ ]', '[X]', '[text](https://example.com)',
  '[[First Name]]', '{{[Name]}}', '[{{name}}]', `[${'a'.repeat(60)}]`, `[${'a'.repeat(61)}]`, '[Name\n]', '[ [Company] ]',
);

const WORDS = [
  'Hi', 'Hello', 'Dear', 'Dana', 'your', 'post', 'talk', 'on', 'about', 'at', 'Acme', 'would', 'you', 'be', 'open', 'to', 'a', '15-minute',
  'call', 'next', 'Tuesday', 'e.g.', 'Mr.', 'Dr.', '3.5', 'etc.', 'vs.', 'AT&T', "let's", 'Congrats', 'Series', 'B', 'mutual', 'friend',
  'Exciting', 'opportunity', 'URGENT', '100%', '#1', 'rockstar', 'Best,', 'Sam', 'Thanks', '?', '.', '!', '!!!', '…', ',', ':', '—',
];

export const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '  ', '\t'), { minLength: ws.length, maxLength: ws.length }).map((gaps) => ws.map((w, i) => w + gaps[i]).join('')),
);

/** One piece of hostile text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 16 }) },
  { weight: 2, arbitrary: astral },
  { weight: 3, arbitrary: clusterPiece },
  { weight: 1, arbitrary: rtl },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: controlChar },
  { weight: 3, arbitrary: lineBreak },
  { weight: 2, arbitrary: separator },
  { weight: 3, arbitrary: headerLine },
  { weight: 2, arbitrary: bracketDebris },
  { weight: 3, arbitrary: wordSoup },
);

/** Arbitrary hostile text: a short run of fragments. */
export const hostileText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

/** Text heavy in clusters, sometimes long enough (over 1,024 units) for the chunked grapheme count. */
export const clusterText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(clusterPiece, clusterPiece, fragment), { maxLength: 60 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(clusterPiece, fc.constantFrom('a', ' ', '\n', 'é')), { minLength: 400, maxLength: 1200 }).map((p) => p.join('')) },
);

/** Anything: hostile, cluster-heavy, or a realistic draft with hostile text spliced in. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileText },
    { weight: 1, arbitrary: clusterText },
    { weight: 3, arbitrary: draft() },
    { weight: 2, arbitrary: fc.tuple(draft(), fc.nat(), hostileText).map(([d, at, noise]) => d.slice(0, at % (d.length + 1)) + noise + d.slice(at % (d.length + 1))) },
  );
}

// ---------------------------------------------------------------------------------------------
// Realistic drafts
// ---------------------------------------------------------------------------------------------

const SUBJECTS = {
  generic: ['Exciting opportunity!', 'Quick question', "Let's connect", 'Hello!!!', 'AMAZING OPPORTUNITY FOR YOU', 'Once in a lifetime role', 'Touching base', 'Re: Partnership', 'Hi'],
  specific: ['Your post on remote onboarding', 'Your KubeCon talk on eBPF', 'Congrats on the Series B', "Acme's Rotterdam hub", '{{company}} and dispatcher ramp-up', 'Dana, a question about Acme'],
  gaps: ['Your post on [specific topic]', 'A question about [Company]', '[First Name], quick one'],
  odd: ['', ' ', 'one two three four five six seven eight nine ten eleven twelve', 'x'.repeat(210), '👋🏽 ' + 'é'.repeat(30), 'שלום Dana'],
};

const NAMES = ['Dana Reyes', 'Ed', 'José Ñúñez', '[First Name]', '{{first_name}}', '', 'O’Brien', 'Lee'];
const COMPANIES = ['Acme Robotics', '[Company]', '{{company}}', 'AT&T', '', 'Northwind Logistics', 'Ünïcorn GmbH'];

export interface HeaderSpecLine {
  name: string;
  value: string;
}

const sendValue = fc.oneof(
  { weight: 4, arbitrary: fc.record({ day: fc.integer({ min: 0, max: 800 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 59) }).map(formatSend) },
  { weight: 1, arbitrary: fc.constantFrom('next Tuesday 9am', '2026-02-31 09:00', '2026-12-01 24:00', '2026-12-06T10:00', '', '2026-13-01 09:00') },
);

function formatSend({ day, hour, minute }: { day: number; hour: number; minute: number }): string {
  const date = new Date(Date.UTC(2025, 10, 1) + day * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(hour)}:${pad(minute)}`;
}

const headerEntry: fc.Arbitrary<HeaderSpecLine> = fc.oneof(
  fc.record({ name: fc.constantFrom('Subject', 'Subject', 'Subjet', 'subject'), value: fc.oneof(...Object.values(SUBJECTS).map((s) => fc.constantFrom(...s))) }),
  fc.record({ name: fc.constantFrom('To', 'To', 'Tto'), value: fc.constantFrom(...NAMES) }),
  fc.record({ name: fc.constantFrom('Company', 'Company', 'Compnay'), value: fc.constantFrom(...COMPANIES) }),
  fc.record({ name: fc.constantFrom('Kind', 'Kind', 'Kidn'), value: fc.constantFrom('inmail', 'connection', 'conection', 'inmial', 'Connection', '', 'note') }),
  fc.record({ name: fc.constantFrom('Send', 'Send', 'Sendd'), value: sendValue }),
  fc.record({ name: fc.constantFrom('Status', 'Stauts'), value: fc.constantFrom('draft', 'sent', 'replied', 'drafft', '', 'sending') }),
  fc.record({ name: fc.constantFrom('Open-Profile', 'Open_Profile'), value: fc.constantFrom('yes', 'no', 'true', 'false', 'maybe', '', 'ye') }),
  fc.record({ name: fc.constantFrom('Degree', 'Degre'), value: fc.constantFrom('1st', '2nd', '3rd', '3rd+', 'first', '', '1') }),
  fc.record({ name: fc.constantFrom(...UNKNOWN_NAMES), value: fc.constantFrom('x', '', 'Dana') }),
);

const SENTENCES = {
  greeting: ['Hi Dana,', 'Hello,', 'Hi there,', 'Dear Sir or Madam,', 'Hi [First Name],', 'Hi {{first_name}},', 'To whom it may concern,', 'Hey Ed!', 'Dear Hiring Manager,', 'Hi Dana Reyes-Montgomery-Fitzgerald-Oyelaran', 'Good morning Dana'],
  reference: [
    'I loved your post on remote onboarding at Acme Robotics.',
    'Congrats on your Series B!',
    'I saw you just launched the Rotterdam hub.',
    'Your recent talk about [specific topic] was great.',
    'I really enjoyed your recent post about [specific topic].',
    'Saw that Initech just opened a Lisbon office.',
    'Priya Shah suggested I reach out.',
    'Since you joined Acme, the team doubled.',
    'I came across your profile.',
  ],
  pitch: [
    'We helped Northwind cut ramp-up time by a third.',
    'We have an exciting opportunity at [Company] for someone with your background.',
    'Our platform is a game-changer for teams like yours.',
    'We mapped month-four churn across 40 vertical SaaS products, e.g. Clinicly and Mr. Fix.',
    'It took 3.5 weeks instead of six.',
    'This role at [company name] pays well.',
    'Our {{company}} integration is live…',
  ],
  ask: [
    'Would you be open to a 15-minute call next Tuesday?',
    'Worth a chat about [topic]?',
    'Let me know.',
    'Would you like the one-page summary?',
    'Can we talk about onboarding remote engineers?',
    'Tired of churn?',
    'Reply if this helps.',
  ],
  signoff: ['Best,\nSam', 'Thanks,\nSam', 'Cheers', '— Sam'],
  filler: ['Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.', 'Ünïcödé wörds and emoji 👋🏽 🇩🇪 fill this line.'],
};

const sentence = fc.oneof(...Object.values(SENTENCES).map((s) => fc.constantFrom(...s)));

/** A body from sentences, now and then padded past 400 or 1,900 characters, with hostile text mixed in. */
export const body = fc
  .record({
    greeting: fc.option(fc.constantFrom(...SENTENCES.greeting), { nil: undefined }),
    sentences: fc.array(sentence, { maxLength: 8 }),
    padding: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 18, max: 30 }) }),
    noise: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fragment }),
    joiner: fc.constantFrom(' ', '\n', '\n\n'),
  })
  .map(({ greeting, sentences, padding, noise, joiner }) => {
    const parts = [...sentences];
    for (let i = 0; i < padding; i++) parts.push(SENTENCES.filler[i % 2]);
    if (noise !== undefined) parts.splice(parts.length >> 1, 0, noise);
    return [greeting, parts.join(joiner)].filter((p) => p !== undefined).join('\n\n');
  });

export interface DraftParts {
  headers: HeaderSpecLine[];
  blank: boolean;
  body: string;
  followUps: { send?: string; body: string }[];
  before: string;
  after: string;
}

export const draftParts: fc.Arbitrary<DraftParts> = fc.record({
  headers: fc.array(headerEntry, { maxLength: 7 }),
  // Mostly a blank line between headers and body, as the format asks; sometimes not.
  blank: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  body,
  followUps: fc.array(fc.record({ send: fc.option(sendValue, { nil: undefined }), body }), { maxLength: 3 }),
  before: fc.constantFrom('', '', '\n', '\n\n', '---\n', '\ufeff'),
  after: fc.constantFrom('', '', '\n', '\n\n', '\n---\n', '\n---'),
});

export function renderDraft(parts: DraftParts, eol = '\n'): string {
  const message = (headers: HeaderSpecLine[], text: string) => {
    const lines = headers.map((h) => `${h.name}: ${h.value}`);
    return lines.length ? `${lines.join('\n')}${parts.blank ? '\n\n' : '\n'}${text}` : text;
  };
  let out = parts.before + message(parts.headers, parts.body);
  for (const f of parts.followUps) out += `\n---\n${message(f.send === undefined ? [] : [{ name: 'Send', value: f.send }], f.body)}`;
  out += parts.after;
  return eol === '\n' ? out : out.replace(/\r\n?|\n/g, eol);
}

/** A realistic draft: headers, a body, follow-ups; LF, CRLF or CR line breaks. */
export function draft(eol: fc.Arbitrary<string> = fc.constantFrom('\n', '\n', '\r\n', '\r')): fc.Arbitrary<string> {
  return fc.tuple(draftParts, eol).map(([parts, e]) => renderDraft(parts, e));
}

// ---------------------------------------------------------------------------------------------
// Configs
// ---------------------------------------------------------------------------------------------

const limitValue = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER));

/** The text of a valid .inmailrc.json: every key known, every value allowed. */
export const validConfigText: fc.Arbitrary<string> = fc
  .record(
    {
      rules: fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom('error', 'warning', 'info', 'hint', 'off')),
      limits: fc.record(Object.fromEntries(Object.keys(DEFAULT_LIMITS).map((k) => [k, limitValue])) as Record<keyof typeof DEFAULT_LIMITS, fc.Arbitrary<number>>, { requiredKeys: [] }),
      freeAccount: fc.boolean(),
      $schema: fc.constant('./schemas/inmailrc.schema.json'),
    },
    { requiredKeys: [] },
  )
  .chain((config) => fc.constantFrom(JSON.stringify(config), `// comment\n${JSON.stringify(config, null, 2).replace(/\n}$/, ',\n}')}`));
