/**
 * Mail merge on any draft and any recipients: reading the CSV and rendering never throw, every reported range
 * lies inside the template, and reading evidence per paragraph (past a few dozen distinct messages) finds for
 * every recipient exactly what linting each rendered message whole finds.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { computeLineStarts, isTable, lint, parseRecipients, type LintResult } from '../../server/src/engine';
import { anyText, clusterText, combiningMark, draft, fragment, hostileText, wordSoup } from '../helpers/drafts-arbitrary';
import { assertProblemWellFormed } from '../helpers/edit-checks';
import { itHolds } from '../helpers/property';

const COLUMNS = ['first_name', 'Company', 'recent-post', 'degree'];
const FIELDS = ['first_name', 'First Name', 'company', ' recent_post ', 'frist_name', 'degree', ''];

/** A value as a CSV cell: quoted, its quotes doubled. A NUL makes a binary file, a case of its own. */
const cell = (value: string) => `"${value.replace(/\u0000/g, '').replace(/"/g, '""')}"`;

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Dana', 'Acme Robotics', 'remote onboarding', 'Zoë Müller', 'Café Société 🎉', '1st', '') },
  { weight: 2, arbitrary: wordSoup },
  { weight: 1, arbitrary: fragment },
  { weight: 1, arbitrary: clusterText },
  { weight: 1, arbitrary: combiningMark.map((m) => `${m}x`) },
  { weight: 1, arbitrary: fc.constantFrom('[topic]', 'Title: CEO', 'a\nb', 'a\r\n---\r\nb', '{{company}}', ' padded ', 'x'.repeat(2500)) },
);

const csv = fc.tuple(fc.array(fc.tuple(value, value, value, value), { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([rows, eol]) => [COLUMNS.join(','), ...rows.map((r) => r.map(cell).join(','))].join(eol));

/** A draft with merge fields put in at arbitrary places, sometimes naming its recipients. */
const template = fc
  .tuple(draft(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FIELDS)), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([text, inserts, named]) => {
    let out = text;
    for (const [at, field] of inserts) {
      const i = at % (out.length + 1);
      out = `${out.slice(0, i)}{{${field}}}${out.slice(i)}`;
    }
    return named ? `Recipients: leads.csv\n${out}` : out;
  });

function lintWith(text: string, csvText: string, exactUpTo?: number): LintResult {
  return lint(text, undefined, { recipients: { path: '/d/leads.csv', named: true, parsed: parseRecipients(csvText) }, mergeExactUpTo: exactUpTo });
}

describe('mail merge properties', () => {
  itHolds('reading any text as a CSV never throws, and a table keeps every row\'s values trimmed', () => fc.property(fc.oneof(anyText(), hostileText, csv), (text) => {
    const parsed = parseRecipients(text);
    if (!isTable(parsed)) return assert.ok(parsed.error.message && parsed.error.line >= 0);
    const lines = computeLineStarts(text).length;
    for (const row of parsed.rows) {
      assert.equal(row.values.length, parsed.columns.length);
      assert.ok(row.line >= 2 && row.line <= lines, `row line ${row.line} of ${lines}`);
      for (const v of row.values) assert.equal(v, v.trim());
    }
  }), { runs: 300 });

  itHolds('a CSV written with quotes reads back its values', () => fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 6 }), (rows) => {
    const text = ['a,b', ...rows.map((r) => r.map(cell).join(','))].join('\r\n');
    const parsed = parseRecipients(text);
    assert.ok(isTable(parsed), JSON.stringify(parsed));
    assert.deepEqual(parsed.rows.map((r) => r.values), rows.map((r) => r.map((v) => v.replace(/\u0000/g, '').trim())));
  }), { runs: 200 });

  itHolds('rendering never throws, and every reported range lies inside the template', () => fc.property(template, csv, (text, csvText) => {
    const result = lintWith(text, csvText);
    const lines = computeLineStarts(csvText).length;
    for (const p of result.problems) {
      assertProblemWellFormed(p, text);
      for (const r of p.related ?? []) assert.ok(r.path === '/d/leads.csv' && r.line >= 1 && r.line <= lines, JSON.stringify(r));
    }
    for (const o of result.merge?.recipients ?? []) for (const p of o.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.ruleId} ${p.start}-${p.end} of ${text.length}`);
  }), { runs: 150, timeoutMs: 60_000 });

  itHolds('every recipient has the problems linting their whole message gives, on any draft', () => fc.property(template, csv, (text, csvText) => {
    assertSameAsWhole(text, csvText);
  }), { runs: 150, timeoutMs: 60_000 });

  itHolds('every recipient has the problems linting their whole message gives, where values make or break evidence and asks', () => fc.property(copyTemplate, copyCsv, (text, csvText) => {
    assertSameAsWhole(text, csvText);
  }), { runs: 200, timeoutMs: 60_000 });
});

/** The split path (exactUpTo 0) against each distinct message linted whole: per recipient, and as reported. */
function assertSameAsWhole(text: string, csvText: string): void {
  const split = lintWith(text, csvText, 0);
  const whole = lintWith(text, csvText, Infinity);
  const perRecipient = (r: LintResult) => r.merge?.recipients.map((o) => ({ row: o.row.index, counts: o.counts, problems: o.problems.map((p) => `${p.ruleId} ${p.start}-${p.end} ${p.severity}: ${p.message}`) }));
  assert.deepEqual(perRecipient(split), perRecipient(whole));
  assert.deepEqual(split.problems, whole.problems);
}

// Sentences that are evidence, asks, greetings and pitch, with fields whose values can make or break them.
const SENTENCES = [
  'Hi {{first_name}},', 'Hello {{ first name }}!', 'Dear {{title}},',
  'I read your post on {{recent_post}} last week.', 'Your {{recent_post}} talk at {{company}} was sharp.', 'Congrats on the move to {{company}}!',
  'Since you joined {{company}}, the team has doubled.', 'We help teams like {{company}} ship faster.', 'I noticed {{recent_post}}.',
  'Our platform is the leading solution for {{title}} teams.', 'It cut onboarding from nine days to three.', '{{recent_post}}',
  'Would a 15-minute call next Tuesday work?', 'Are you open to a chat about {{recent_post}}?', 'Let me know if {{company}} is interested.',
  'Sound familiar?', 'Did you know {{company}} could save 30%?', 'Best,\nSam', 'Thanks, {{first_name}}',
];

const copyTemplate = fc
  .tuple(
    fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('Subject: Your post on {{recent_post}}\n\n', 'Subject: Quick question\n\n', 'Subject: {{company}}\nLanguage: en\n\n', ''),
    fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'),
  )
  .map(([paragraphs, head, gap]) => head + paragraphs.map((p) => p.join(' ')).join(gap));

const copyValue = fc.constantFrom(
  '', 'Dana', 'Acme', 'Acme Robotics', 'remote onboarding', 'your talk at KubeCon', 'the post you wrote on pricing', 'your promotion to VP',
  'Hiring Manager', 'Sir or Madam', 'there', 'our product', 'we are hiring', 'Kubernetes', 'Would you like a demo', 'Zoë Müller',
  'la charla que diste en Madrid', 'dein Vortrag auf der KubeCon', 'Mr', 'Inc', 'x'.repeat(120),
);

const copyCsv = fc
  .array(fc.tuple(copyValue, copyValue, copyValue, copyValue), { minLength: 1, maxLength: 12 })
  .map((rows) => ['first_name,company,recent_post,title', ...rows.map((r) => r.map(cell).join(','))].join('\n'));
