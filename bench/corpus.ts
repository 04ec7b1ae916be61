/** The bench's own drafts, generated from a seed so every run lints the same text. */

export function seededRandom(seed: number): () => number {
  // mulberry32: small, fast and good enough to pick sentences.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Dana Reyes', 'Marcus Webb', 'Priya Raman', 'Chris Okafor', 'Elena Petrova', 'Tomás Ibáñez', 'Zoë Müller', 'Kenji Watanabe'];
const COMPANIES = ['Acme Robotics', 'Northwind', 'Globex', 'Initech', 'Meridian Health', 'Umbrella Labs', 'Café Société', 'Stark Logistics'];
const TOPICS = ['remote onboarding', 'on-call rotations', 'pricing experiments', 'data contracts', 'SOC 2 prep', 'warehouse robotics', 'churn in year two'];
const SENTENCES = [
  'I read your post on {topic} and the part about first-week checklists stuck with me.',
  'Congrats on the Series B 🎉, that is a big milestone for {company}.',
  'Teams like yours usually hit a wall on {topic} once they pass forty engineers.',
  'We helped Northwind cut ramp-up time by a third with a pairing-first plan 👋.',
  'Most founders I talk to say {topic} is the tricky part of scaling.',
  'Your talk at SaaStr on {topic} was the clearest take I have heard this year.',
  'Since you joined {company} as VP Engineering, the team has doubled.',
  'We built a playbook for {topic} that saved one client 12 hours a week.',
  '{{first_name}}, I think {{company}} could use the same approach.',
  'Happy to share the case study if it is useful.',
];
const ASKS = ['Would you be open to a 15-minute call next Tuesday?', 'Worth a quick chat this week?', 'Could I send you the two-page summary?'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A realistic draft whose body is about `bodyChars` characters, with headers, optional follow-up. */
export function draft(random: () => number, bodyChars: number, followUp = false): string {
  const name = pick(random, NAMES);
  const company = pick(random, COMPANIES);
  const topic = pick(random, TOPICS);
  const fill = (s: string) => s.replace('{topic}', topic).replace('{company}', company);
  let body = `Hi ${name.split(' ')[0]},\n\n`;
  while (body.length < bodyChars - 60) body += `${fill(pick(random, SENTENCES))} ${random() < 0.25 ? '\n\n' : ''}`;
  body += `${pick(random, ASKS)}\n\nBest,\nSam`;
  const head = `Subject: Your post on ${topic}\nTo: ${name}\nCompany: ${company}\nSend: 2026-12-01 09:00\n\n`;
  const tail = followUp ? `\n---\nSend: 2026-12-09 09:30\n\nHi ${name.split(' ')[0]}, one more thought on ${topic}: ${fill(pick(random, SENTENCES))} ${pick(random, ASKS)}` : '';
  return head + body + tail;
}

/** The 1,900-character draft every comparison uses: headers, a merge field, emoji, one follow-up. */
export function standardDraft(): string {
  return draft(seededRandom(1900), 1900, true);
}

const HINDI_SENTENCES = [
  'मैंने पिछले हफ्ते {topic} पर आपकी पोस्ट पढ़ी और पहले हफ्ते की चेकलिस्ट वाली बात मुझे याद रह गई।',
  'सीरीज़ बी के लिए बधाई 🎉, {company} के लिए यह बड़ी उपलब्धि है।',
  'आपकी जैसी टीमें चालीस इंजीनियरों के बाद अक्सर {topic} पर अटक जाती हैं।',
  'हमने नॉर्थविंड की टीम को जोड़ी में काम करने की योजना से तैयारी का समय एक तिहाई कम करने में मदद की।',
  'बेंगलुरु में आपकी बातचीत में क्षमता और प्रबंधन पर आपके विचार बहुत उपयोगी थे।',
  '{{first_name}}, मुझे लगता है {{company}} भी यही तरीका अपना सकती है।',
  'अगर उपयोगी हो तो मैं केस स्टडी भेज सकता हूँ।',
];
const HINDI_ASKS = ['क्या अगले मंगलवार पंद्रह मिनट बात हो सकती है?', 'क्या मैं आपको दो पन्नों का सारांश भेज दूँ?'];
const HINDI_TOPICS = ['रिमोट ऑनबोर्डिंग', 'ऑन-कॉल रोटेशन', 'डेटा अनुबंध', 'मूल्य निर्धारण प्रयोग'];

const EMOJI_SENTENCES = [
  'Congrats on the launch 🚀🎉🥳, the whole team 👩‍💻👨‍💻🧑🏽‍💻 must be thrilled!',
  'Loved your {topic} thread 🔥🔥 👏🏽👏🏽 especially the part about the 🇩🇪 and 🇫🇷 rollouts.',
  'We helped {company} 🏢 cut ramp-up time by a third ⏱️✂️ with a pairing-first plan 🤝🏾.',
  'Our team 👨‍👩‍👧‍👦 of five ❤️ shipping tools for {topic} 📦🧰 since 2019 🗓️.',
  'Saw you at the meetup 🎤🙋🏻‍♀️, the demo 💻✨ was the highlight 🌟 of my week 🙌🏼.',
  '{{first_name}}, happy to share notes 📝📎 if useful 👍🏿.',
];

/** A 1,900-character draft in Hindi: Devanagari is clustered throughout (vowel signs, viramas, conjuncts). */
export function hindiDraft(): string {
  const random = seededRandom(1901);
  const topic = pick(random, HINDI_TOPICS);
  const fill = (s: string) => s.replace('{topic}', topic).replace('{company}', 'एक्मे');
  let body = 'नमस्ते प्रिया जी,\n\n';
  while (body.length < 1900 - 60) body += `${fill(pick(random, HINDI_SENTENCES))} ${random() < 0.25 ? '\n\n' : ''}`;
  body += `${pick(random, HINDI_ASKS)}\n\nधन्यवाद,\nसमीर`;
  const head = `Subject: ${topic} पर आपकी पोस्ट\nTo: प्रिया रमन\nCompany: एक्मे रोबोटिक्स\nSend: 2026-12-01 09:00\n\n`;
  return `${head}${body}\n---\nSend: 2026-12-09 09:30\n\nनमस्ते प्रिया जी, ${topic} पर एक और विचार: ${fill(pick(random, HINDI_SENTENCES))} ${pick(random, HINDI_ASKS)}`;
}

/** A 1,900-character English draft heavy in emoji: ZWJ families, skin tones, flags, variation selectors. */
export function emojiDraft(): string {
  const random = seededRandom(1902);
  const topic = pick(random, TOPICS);
  const company = pick(random, COMPANIES);
  const fill = (s: string) => s.replace('{topic}', topic).replace('{company}', company);
  let body = 'Hi Dana 👋🏽,\n\n';
  while (body.length < 1900 - 60) body += `${fill(pick(random, EMOJI_SENTENCES))} ${random() < 0.25 ? '\n\n' : ''}`;
  body += `${pick(random, ASKS)} 🙏\n\nBest,\nSam`;
  const head = `Subject: Your post on ${topic} 🔥\nTo: Dana Reyes\nCompany: ${company}\nSend: 2026-12-01 09:00\n\n`;
  return `${head}${body}\n---\nSend: 2026-12-09 09:30\n\nHi Dana, one more thought on ${topic} 💡: ${fill(pick(random, EMOJI_SENTENCES))} ${pick(random, ASKS)}`;
}

export function sizedDrafts(): { label: string; text: string }[] {
  const random = seededRandom(42);
  return [100, 400, 1900, 10_000].map((n) => ({ label: `${n.toLocaleString('en-US')} chars`, text: draft(random, n, n >= 400) }));
}

/** Inputs built to find regex blow-ups and quadratic loops. */
export function pathologicalInputs(): { label: string; text: string }[] {
  const random = seededRandom(7);
  const sentence = () => pick(random, SENTENCES).replace('{topic}', 'data contracts').replace('{company}', 'Globex');
  let line = '';
  while (line.length < 1_000_000) line += `${sentence()} `;
  return [
    { label: '1 MB single line', text: `Subject: Your post on data contracts\n\n${line}` },
    { label: '10,000 --- separators', text: 'Subject: x\n\nHi\n' + '---\nHi again?\n'.repeat(10_000) },
    { label: '10,000 header lines', text: Array.from({ length: 10_000 }, (_, i) => (i % 2 ? `X-Header-${i}: value ${i}` : `Subject: line ${i}`)).join('\n') + '\n\nBody?' },
    { label: '100,000 [ and {{', text: 'Subject: x\n\n' + '[{{'.repeat(50_000) },
    { label: 'combining marks', text: 'Subject: x\n\nZ' + '\u0301\u0308'.repeat(20_000) },
    { label: 'ZWJ emoji', text: 'Subject: x\n\n' + '👩‍💻👨‍👩‍👧🏳️‍🌈'.repeat(5_000) },
    ...ADVERSARIAL.map(({ label, build }) => ({ label: `100 KB: ${label}`, text: build(100_000) })),
  ];
}

/** Text of exactly `size` characters: `head`, then `unit` repeated, then `tail`. */
function runOf(head: string, unit: string, tail: string, size: number): string {
  const room = Math.max(0, size - head.length - tail.length);
  return head + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + tail;
}

const HEAD = 'Subject: Quick question\nTo: Dana Reyes\nCompany: Acme\n\nHi Dana,\n\n';
const HEAD_DE = 'Subject: Kurze Frage\nTo: Dana Reyes\nCompany: Acme\nLanguage: de\n\nHallo Dana,\n\n';

/**
 * Drafts of any size built to make a lint super-linear: each is what once made one of our regexes or loops
 * try a long run again from each of its characters, or a kind of text a writer really pastes. At 100,000
 * characters (the most a document may have with every heuristic still running) each must lint in
 * milliseconds, and ten times the text must cost about ten times the time.
 */
export const ADVERSARIAL: readonly { label: string; build: (size: number) => string }[] = [
  { label: '{{ then spaces', build: (size) => runOf(`${HEAD}{{`, ' ', 'x', size) },
  { label: 'dots then a letter', build: (size) => runOf(HEAD, '.', 'x', size) },
  { label: 'punctuation runs', build: (size) => runOf(HEAD, '?!…."\')', 'x', size) },
  { label: '"on" without a question mark', build: (size) => runOf(HEAD, 'on ', 'x', size) },
  { label: '"about how" clauses, one question', build: (size) => runOf(HEAD, 'about how we ', '?', size) },
  { label: 'a run of spaces in a phrase', build: (size) => runOf(`${HEAD}I loved your talk on`, ' ', 'and', size) },
  { label: 'initials and abbreviations', build: (size) => runOf(HEAD, ' J. e.g. Mr. ', 'x', size) },
  { label: '[ and {{', build: (size) => runOf(HEAD, '[{{', '', size) },
  { label: 'merge fields and brackets', build: (size) => runOf(HEAD, '{{ first_name }} [Name] ', '', size) },
  { label: 'subject line', build: (size) => runOf('Subject: ', 'on {{ [x !! ', '\n\nHi Dana, quick one?', size) },
  { label: 'To header', build: (size) => runOf('Subject: Quick question\nTo: ', 'Dana ', '\n\nHi Dana, quick one?', size) },
  { label: 'realistic prose', build: (size) => draft(seededRandom(100), size).slice(0, size) },
  { label: 'ZWJ emoji', build: (size) => runOf(HEAD, '👩‍💻👨‍👩‍👧🏳️‍🌈 ', '', size) },
  // Each finder reads around a word in its sentence; a sentence that never ends must not make that quadratic.
  { label: 'a run-on German sentence of meetings, sources and visits', build: (size) => runOf(HEAD_DE, 'beim Treffen sagten Sie, laut Bundesagentur sucht ihr, ich habe bei euch gegessen und ', 'x', size) },
  { label: 'a run-on sentence of wished meetings and offers', build: (size) => runOf(HEAD, 'Would love to meet at the Leeds Expo, according to Hiscox, and could I send a free audit of Acme and ', 'x', size) },
];

/** A 2 KB and a 1 MB draft of the same realistic text, for the growth ratio. */
export function growthPair(): { small: string; large: string } {
  const text = standardDraft();
  const body = text.slice(text.indexOf('\n\n') + 2);
  let large = '';
  while (large.length < 1_000_000) large += `${body}\n\n`;
  return { small: text.slice(0, 2048), large: `Subject: Your post on data contracts\n\n${large}` };
}
