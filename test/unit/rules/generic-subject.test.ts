import * as assert from 'node:assert/strict';
import { judgeSubject, isGenericSubject, type GenericReason, type SubjectSignal } from '../../../server/src/engine/coach/subject/judge';
import type { CoachedLanguage } from '../../../server/src/engine/coach/language';
import { problemsOf, testRule } from '../../helpers/rule-tester';

// Drafts written for these tests (none is taken from the eval corpus): each body cites something of the
// recipient's, so the suggestions have material and the topic and figure signals something to match.
interface Draft {
  lang: CoachedLanguage;
  to: string;
  company: string;
  body: string;
}

const EN: Draft = {
  lang: 'en',
  to: 'Maren Holt',
  company: 'Kestrel Networks Ltd.',
  body: `Hi Maren,

your Monitorama talk on alert fatigue in on-call rotations went round our whole platform group. At Trellis we took paging noise down 41% with a similar dedup layer and wrote up the numbers.

Could I send you the two-page summary?

Jonas`,
};

const DE: Draft = {
  lang: 'de',
  to: 'Dr. Katrin Brandl',
  company: 'Zalfin AG',
  body: `Guten Tag Frau Dr. Brandl,

Ihr Vortrag auf der JAX über Schema-Migrationen bei Zalfin hat unser Team überzeugt. Wir haben bei Lindqvist die Deploy-Zeit um 37 % gesenkt, mit genau diesem Ansatz.

Darf ich Ihnen die Fallstudie schicken?

Viele Grüße
Tobias Rehm`,
};

const FR: Draft = {
  lang: 'fr',
  to: 'Camille Vasseur',
  company: 'Nantalis SAS',
  body: `Bonjour Camille,

votre billet sur la migration de Nantalis vers Kubernetes m'a beaucoup appris. Chez Orbeo, nous avons réduit de 28 % le temps de build avec une approche proche.

Puis-je vous envoyer notre retour d'expérience ?

Bien à vous,
Hugo`,
};

const ES: Draft = {
  lang: 'es',
  to: 'Lucía Marín',
  company: 'Pagalia S.L.',
  body: `Hola Lucía:

tu charla en la T3chFest sobre colas de mensajes en Pagalia me resultó muy útil. En Korvo recortamos un 33 % los reintentos con un patrón parecido.

¿Te mando el resumen técnico?

Un saludo,
Marta`,
};

// The writer and the reader somewhere together, "we" before "at": a shared place, not the writer's company.
const EN_SHARED: Draft = { ...EN, body: 'Hi Maren,\n\nWe overlapped at Kaluza for two years before you left for Kestrel. Could I ask how you run on-call there?\n\nJonas' };

// A body that quotes a line of theirs, and says "quick question" plainly.
const EN_QUOTED: Draft = { ...EN, body: 'Hi Maren,\n\nYour on-call handbook opens with "no pager heroics, ever" and our whole team printed it. Quick question: may we quote it in a talk?\n\nJonas' };

const text = (d: Draft, subject: string) =>
  `Subject: ${subject}\nTo: ${d.to}\nCompany: ${d.company}${d.lang === 'en' ? '' : `\nLanguage: ${d.lang}`}\n\n${d.body}\n`;

const judge = (d: Draft, subject: string) => judgeSubject(subject, { to: d.to, company: d.company, body: d.body }, d.lang);

// Each signal and each reason, in each language: [draft, subject, what the judgement must say].
const SPECIFIC: [Draft, string, SubjectSignal][] = [
  [EN, '{{event}} notes on paging noise', 'merge-field'],
  [EN, 'Your talk on alert fatigue', 'their-work'],
  [EN, 'Your Talk On Alert Fatigue', 'their-work'],
  [EN, 'Your new office in Porto', 'their-news'],
  // A figure of the body's with their company says what the subject is about.
  [FR, 'Nantalis, 28 % et la suite', 'figure'],
  // What a congratulation is for is their news, whatever its noun; praise is not.
  [DE, 'Glückwunsch zur Kapitalerhöhung in Linz', 'their-news'],
  [EN, 'Congrats on the Lisbon spin-out', 'their-news'],
  [EN, 'Omar Reyes suggested I write', 'mutual-contact'],
  [EN, 'Fellow Carnegie Mellon alum', 'shared-background'],
  [EN, 'Same cohort at Insead', 'shared-background'],
  [EN_SHARED, 'Fellow Kaluza alum', 'shared-background'],
  // A line the body quotes, quoted back.
  [EN_QUOTED, '"no pager heroics"', 'body-topic'],
  [EN, 'The dedup numbers you asked for', 'conversation'],
  // Our conversation placed in the past or at a place, with what it was about or where.
  [EN, 'Since our chat in Leeds', 'conversation'],
  [EN, 'Our coffee after the Ostrava meetup', 'conversation'],
  [DE, 'Unser Gespräch auf dem Sommerfest in Wels', 'conversation'],
  [DE, 'Nach unserem Telefonat: Kühlketten in Bremen', 'conversation'],
  [FR, 'Suite à notre échange sur les flux de retours', 'conversation'],
  [ES, 'Nuestra charla en la feria de Cartagena', 'conversation'],
  [EN, "Kestrel's paging dedup", 'recipient'],
  [EN, 'Grafana alert routing', 'name-or-term'],
  [EN, 'grafana alert routing', 'name-or-term'],
  [EN, 'Alerts and on-call rotations', 'body-topic'],
  [EN, 'Alerts And On-Call Rotations', 'body-topic'],
  [EN, 'Your 3 open platform roles', 'figure'],
  [DE, 'Ihr JAX-Vortrag zu Schema-Migrationen', 'their-work'],
  [DE, 'Deploy-Zeiten bei Zalfin', 'recipient'],
  [DE, 'Empfehlung von Jörg Wendler', 'mutual-contact'],
  [DE, 'Schema-Migrationen mit Flyway', 'name-or-term'],
  [DE, 'Ihr Schema-Vortrag zur JAX', 'their-work'],
  [FR, 'Votre billet sur Kubernetes', 'their-work'],
  [FR, 'La migration de Nantalis', 'recipient'],
  [FR, 'Recommandé par Hélène Marchand', 'mutual-contact'],
  [FR, 'Sur les conseils de Paul Arnaud', 'mutual-contact'],
  [FR, "Ancienne de l'ESSEC", 'shared-background'],
  [FR, 'Ancien de Sciences Po Lille', 'shared-background'],
  [ES, 'Tu charla sobre colas de mensajes', 'their-work'],
  [ES, 'Colas de mensajes en Pagalia', 'recipient'],
  [ES, 'Me lo sugirió Andrés Quiroga', 'mutual-contact'],
  [ES, 'Exalumna de la UPM', 'shared-background'],
];

const GENERIC: [Draft, string, GenericReason][] = [
  [EN, 'Introduction and proposal', 'label'],
  // Quotes around words the body writes plainly quote no one.
  [EN_QUOTED, '"Quick question"', 'label'],
  // Between two quotations is no quotation: the words after a closing mark are the body's own.
  [{ ...EN, body: 'Your ad says " fix it " and later "we ship on Fridays".' }, '"and later"', 'category'],
  [EN, 'A thought for Kestrel', 'label'],
  [EN, 'A quick note for Kestrel', 'label'],
  // A congratulation on praise, or on nothing, names no news.
  [EN, 'Congrats on your success', 'label'],
  [EN, 'Cloud savings for Kestrel', 'category'],
  [EN, 'A better CRM for Kestrel', 'category'],
  [EN, 'Your hiring needs', 'category'],
  [EN, 'Loved your recent post!', 'category'],
  [EN, 'Do you have ten minutes?', 'vague-request'],
  [EN, 'Would value your input', 'vague-request'],
  [EN, '10 minutes of your time', 'vague-request'],
  // A conversation dated by a day alone could be any call with anyone.
  [EN, 'Since our call on Wednesday', 'vague-request'],
  [EN, 'Quick chat in Leeds?', 'vague-request'],
  [EN, 'Observability consulting services', 'category'],
  [EN, 'Observability Consulting Services', 'category'],
  [EN, 'Kotlin opportunity', 'category'],
  [EN, 'Data engineer seeking new role', 'self-description'],
  [EN, 'Hi Maren', 'name-only'],
  [EN, 'Double Your Pipeline This Quarter', 'hype'],
  [EN, 'Slash cloud spend by 35%', 'hype'],
  [EN, 'The best, most exclusive offer', 'hype'],
  [EN, 'Paging alerts made easy', 'hype'],
  [EN, 'Get 3x more demos', 'hype'],
  [EN, 'Up to 60% off', 'hype'],
  [EN, 'Free audit for Kestrel', 'hype'],
  [EN, 'KESTREL PAGING AUDIT', 'caps'],
  [EN, 'Kestrel + Trellis!!', 'exclamations'],
  [DE, 'Anfrage', 'label'],
  [DE, 'Ihr Vortrag', 'category'],
  [DE, 'Kooperationsvorschlag', 'label'],
  [DE, 'Kurzer Austausch?', 'vague-request'],
  [DE, 'IT-Beratung', 'category'],
  [DE, 'Einladung zur Fachkonferenz', 'category'],
  [DE, 'Erfahrene Entwicklerin sucht neue Stelle', 'self-description'],
  [DE, 'Hallo Frau Brandl', 'name-only'],
  [DE, 'Verdoppeln Sie Ihren Umsatz', 'hype'],
  [DE, 'JETZT KOSTENLOS TESTEN', 'caps'],
  [DE, 'Bis zu 25 % weniger Ausfälle', 'hype'],
  [FR, 'Proposition de partenariat', 'label'],
  [FR, 'Un petit café ?', 'vague-request'],
  [FR, 'Suite à notre appel de vendredi', 'vague-request'],
  [FR, 'Solutions de cybersécurité', 'category'],
  [FR, 'Bonjour Camille', 'name-only'],
  [FR, 'Boostez vos ventes', 'hype'],
  [FR, 'Votre projet digital', 'category'],
  [ES, 'Propuesta de colaboración', 'label'],
  [ES, '¿Tomamos un café?', 'vague-request'],
  [ES, 'Tras nuestra llamada', 'vague-request'],
  [ES, 'Servicios de consultoría', 'category'],
  [ES, 'Desarrolladora senior busca nuevo reto', 'self-description'],
  [ES, 'Hola Lucía', 'name-only'],
  [ES, 'Duplique sus ventas', 'hype'],
  [ES, 'Hasta un 30 % de descuento', 'hype'],
];

describe('generic-subject judgement: signals and reasons in four languages', () => {
  for (const [draft, subject, signal] of SPECIFIC) {
    it(`${draft.lang}: "${subject}" is specific (${signal})`, () => {
      assert.deepEqual(judge(draft, subject), { signal });
    });
  }
  for (const [draft, subject, reason] of GENERIC) {
    it(`${draft.lang}: "${subject}" is generic (${reason})`, () => {
      assert.equal(judge(draft, subject).reason, reason);
      assert.equal(isGenericSubject(subject, { to: draft.to, company: draft.company, body: draft.body }, draft.lang), true);
    });
  }

  it('reads a body-topic subject as generic when the body is not about it', () => {
    const other = { ...EN, body: 'Hi Maren, we help platform teams ship faster. Open to a call next week?' };
    assert.equal(judge(other, 'Alerts and on-call rotations').reason, 'category');
  });

  it("reads a pitch's own business phrase echoed from the body as no topic of theirs", () => {
    const pitch = { ...DE, body: 'Guten Tag, wir unterstützen den Mittelstand bei der Digitalisierung ihres Vertriebs. Interesse an einem Gespräch?' };
    assert.equal(judge(pitch, 'Digitalisierung Ihres Vertriebs').reason, 'category');
  });

  it('reads a figure as specific only when the body has the same figure', () => {
    assert.deepEqual(judge(EN, '41% fewer pages'), { signal: 'figure' });
    assert.equal(judge(EN, '58% fewer pages').reason, 'category');
  });

  it('reads the company in short form and possessive, with the legal suffix left off', () => {
    assert.deepEqual(judge(EN, 'Rollout plans at Kestrel Networks'), { signal: 'recipient' });
    assert.deepEqual(judgeSubject('Contoso’s move to Postgres', { company: 'Contoso Ltd' }), { signal: 'recipient' });
  });

  it("reads the writer's own company as nothing of theirs", () => {
    const pitch = { ...EN, body: 'Hi Maren, at Quorvane we help platform teams cut paging noise. Open to a demo?' };
    assert.equal(judge(pitch, 'Introducing Quorvane').reason, 'category');
    assert.equal(judge(pitch, 'Quorvane demo').reason, 'category');
    assert.deepEqual(judge(pitch, 'Quorvane and Kestrel'), { signal: 'recipient' });
  });

  it('reads a rare word the body writes in lower case as vocabulary, not a name', () => {
    const field = { ...EN, body: 'Hi Maren, our phlebotomists cover nine clinics overnight. Open to a call?' };
    assert.equal(judge(field, 'Phlebotomists').reason, 'category');
    assert.deepEqual(judge(EN, 'Phlebotomists'), { signal: 'name-or-term' });
  });

  it('reads a term before an abstract noun as a category, unless the body is about that phrase', () => {
    assert.equal(judge(EN, 'Kubernetes cost optimization').reason, 'category');
    const theirs = { ...EN, body: 'Hi Maren, your post on Kubernetes cost optimization was sharp. Could I send our notes?' };
    assert.deepEqual(judge(theirs, 'Kubernetes cost optimization'), { signal: 'body-topic' });
  });

  it('reads Title Case and sentence case the same', () => {
    for (const [sentence, title] of [
      ['A warm intro', 'A Warm Intro'],
      ['Your talk on alert fatigue', 'Your Talk On Alert Fatigue'],
      ['Observability consulting services', 'Observability Consulting Services'],
      ['Grafana alert routing', 'Grafana Alert Routing'],
    ]) {
      assert.deepEqual(judge(EN, title), judge(EN, sentence), `${title} / ${sentence}`);
    }
  });

  it('does not take an honorific for the recipient', () => {
    assert.equal(judge(DE, 'Frau Dr. Brandl').reason, 'name-only');
  });

  it('answers the same object for the same subject and message (memoized)', () => {
    const facts = { to: EN.to, company: EN.company, body: EN.body };
    assert.equal(judgeSubject('Grafana alert routing', facts), judgeSubject('Grafana alert routing', facts));
  });
});

testRule('generic-subject', {
  valid: [
    { name: 'their work (en)', text: text(EN, 'Your Monitorama talk on alert fatigue') },
    { name: 'a term outside common vocabulary (de)', text: text(DE, 'Schema-Migrationen mit Flyway') },
    { name: 'their company with content (fr)', text: text(FR, 'La migration de Nantalis') },
    { name: 'a mutual contact (es)', text: text(ES, 'Me lo sugirió Andrés Quiroga') },
    { name: "a name with a one-letter prefix is a name (en)", text: text(EN, "O'Reilly chapter on alert fatigue") },
    // A title makes the next word a name; a hyphenated German term is read by its parts, not its last one.
    { name: 'a title and a surname after a referral (de)', text: text(DE, 'Auf Empfehlung von Frau Koch') },
    { name: 'their work on a hyphenated term (de)', text: text(DE, 'Ihr Podcast zur Vier-Tage-Woche') },
    // German puts a compound's head last, the body may name it first: "Kühlcontainer-Routing" for "das Routing für Kühlcontainer".
    {
      name: 'a hyphenated compound whose parts the body writes the other way round (de)',
      text: 'Subject: Euer Kühlcontainer-Routing\nTo: Felix Hofmann\nCompany: Lieferkette.io GmbH\nLanguage: de\n\nHallo Felix,\n\nich habe euren Beitrag über das Routing für Kühlcontainer gelesen und nachgebaut.\n\nPasst dir ein kurzer Call?\n\nJan',
    },
    { name: 'an empty subject is left to subject-required', text: `Subject:\nTo: Maren Holt\n\n${EN.body}` },
    { name: 'a connection note has no subject', text: `Kind: connection\n\nHi Maren, your Monitorama talk on alert fatigue was great. Glad to connect.` },
    // A language the word classes do not cover: the copy rules rest (coaching-language says so once).
    { name: 'a Portuguese draft is not judged', text: `Subject: Proposta\nLanguage: pt\n\nOlá Ana, vi a sua palestra sobre filas de mensagens. Podemos conversar?` },
  ],
  invalid: [
    {
      name: 'a label names the reason and offers subjects written from the draft',
      text: text(EN, 'Introduction and proposal'),
      problems: [{ message: /^"Introduction and proposal" is a label/, line: 1, covers: 'Introduction and proposal', suggestions: [/^Replace subject with "/] }],
    },
    { name: 'a vague request (de)', text: text(DE, 'Kurzer Austausch?'), problems: [{ message: 'is a vague request', covers: 'Kurzer Austausch?' }] },
    { name: 'a category (fr)', text: text(FR, 'Solutions de cybersécurité'), problems: [{ message: 'names a category', covers: 'Solutions de cybersécurité' }] },
    { name: 'a self-description (es)', text: text(ES, 'Desarrolladora senior busca nuevo reto'), problems: [{ message: 'describes you, not them' }] },
    // Contractions are common words the frequency list writes apart, not names.
    { name: 'a contraction is no term', text: text(EN, "Something you'll want to see"), problems: [{ message: 'is a vague request' }] },
    { name: 'a greeting and a name only', text: text(EN, 'Hi Maren'), problems: [{ message: 'is a greeting or a name and nothing more' }] },
    { name: 'hype, even naming the company', text: text(EN, 'Free audit for Kestrel'), problems: [{ message: 'reads as hype' }] },
    { name: 'capitals, even naming the company', text: text(EN, 'KESTREL PAGING AUDIT'), problems: [{ message: 'is in capitals' }] },
    { name: 'stacked exclamation marks', text: text(EN, 'Kestrel + Trellis!!'), problems: [{ message: 'uses stacked exclamation marks' }] },
    {
      name: 'a CRLF draft',
      text: text(EN, 'Kotlin opportunity').replace(/\n/g, '\r\n'),
      problems: [{ message: 'names a category', line: 1, covers: 'Kotlin opportunity' }],
    },
    {
      name: 'a follow-up is judged on its own',
      text: `${text(EN, 'Your talk on alert fatigue')}---\nSubject: Checking in\n\nHi Maren, any thoughts on the summary?\n`,
      problems: [{ message: '"Checking in" is a label', covers: 'Checking in' }],
    },
    {
      name: 'no material for a suggestion: the message says what to add to the body',
      text: 'Subject: Quick question\n\nHi, we help teams like yours grow. Interested?\n',
      problems: [{ message: /add one to the body first\.$/ }],
    },
  ],
});

describe('rule generic-subject: quick fixes', () => {
  it('each suggestion replaces exactly the subject value and is not generic itself', () => {
    const draft = text(EN, 'Introduction and proposal');
    const [problem] = problemsOf('generic-subject', draft);
    assert.ok(problem.suggestions?.length, 'a draft citing their talk gets suggestions');
    for (const s of problem.suggestions!) {
      assert.equal(s.edits.length, 1);
      assert.equal(draft.slice(s.edits[0].start, s.edits[0].end), 'Introduction and proposal');
      assert.equal(isGenericSubject(s.edits[0].newText, { to: EN.to, company: EN.company, body: EN.body }), false, `"${s.edits[0].newText}" is generic`);
    }
  });
});
