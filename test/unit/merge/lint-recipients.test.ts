/** Every rule on every recipient's message, reported once per rule and place on the template. */
import * as assert from 'node:assert/strict';
import { isTable, lint, lintInSteps, parseDocument, parseRecipients, recipientCredits, worstCases, type LintResult, type RecipientTable } from '../../../server/src/engine';
import { mergeRecipients, mergeTemplate } from '../../../bench/merge-corpus';
import { prose } from '../../helpers/sized-text';

function withRecipients(template: string, csv: string, exactUpTo?: number): LintResult & { table: RecipientTable } {
  const table = parseRecipients(csv);
  assert.ok(isTable(table));
  return { ...lint(template, undefined, { recipients: { path: '/drafts/leads.csv', named: true, parsed: table }, mergeExactUpTo: exactUpTo }), table };
}

/** An InMail whose body, as written, is `n` characters: recipients with long names and companies pass that. */
function nearTheLimit(n: number): string {
  const opening = 'Hi {{first_name}}, about {{company}}. ';
  return `Subject: Your post on remote onboarding\n\n${opening}${prose(n - opening.length)}`;
}

describe('lintRecipients', () => {
  // As written the opening is 38 characters; "Hi Dana, about Acme International Holdings Ltd. " is 48 (+10),
  // Al's 44 (+6), Bo's 39 (+1), everyone else's at most 21.
  const CSV_120 = ['first_name,last_name,company', 'Dana,Whitfield,Acme International Holdings Ltd', 'Bo,Chen,Acme Worldwide Group Ltd', 'Al,Smith,Acme Global Robotics Division', ...Array.from({ length: 117 }, (_, i) => `P${i},Q${i},Acme`)].join('\n');

  it('says who and by how much: "Body 1,944/1,900 for 3 of 120 recipients: Dana Whitfield +44, ..."', () => {
    const template = nearTheLimit(1900);
    const r = withRecipients(template, CSV_120);
    assert.deepEqual(r.problems.filter((p) => p.ruleId === 'body-max-length').map((p) => p.message), [
      'Body 1,910/1,900 for 3 of 120 recipients: Dana Whitfield +10, Al Smith +6, Bo Chen +1; shorten the template or these values.',
    ]);
    const p = r.problems.find((x) => x.ruleId === 'body-max-length')!;
    assert.ok(p.start >= 0 && p.end <= template.length && p.start < p.end);
    assert.equal(p.severity, 'error');
    assert.deepEqual(p.related?.map((x) => [x.path, x.line, x.message]), [
      ['/drafts/leads.csv', 2, 'Dana Whitfield: body 1,910/1,900 (+10)'],
      ['/drafts/leads.csv', 4, 'Al Smith: body 1,906/1,900 (+6)'],
      ['/drafts/leads.csv', 3, 'Bo Chen: body 1,901/1,900 (+1)'],
    ]);
  });

  it('reports nothing the template already shows, and nothing when every message is fine', () => {
    const overflowing = withRecipients(nearTheLimit(2000), CSV_120);
    assert.equal(overflowing.problems.filter((p) => p.ruleId === 'body-max-length').length, 1, 'the template overflows for everyone: its own diagnostic is enough');
    assert.ok(!overflowing.problems.some((p) => p.related), 'no per-recipient diagnostic repeats it');
    const fine = withRecipients(nearTheLimit(1800), CSV_120);
    assert.deepEqual(fine.problems.filter((p) => p.related).map((p) => p.message), []);
  });

  it('dedupes: one diagnostic per rule and place, however many recipients', () => {
    const csv = ['first_name,recent_post', ...Array.from({ length: 40 }, (_, i) => `N${i},[topic ${i % 3}]`)].join('\n');
    const r = withRecipients('Subject: Quick note for {{first_name}}\n\nHi {{first_name}}, I loved your post on {{recent_post}}. Open to a call next week?', csv);
    const gaps = r.problems.filter((p) => p.ruleId === 'unfilled-placeholder');
    assert.equal(gaps.length, 1, JSON.stringify(gaps.map((g) => g.message)));
    assert.match(gaps[0].message, /^For 40 of 40 recipients \(N0, N1, N2 and more\): \[topic 0\] is a template gap/);
    assert.equal(r.doc.text.slice(gaps[0].start, gaps[0].end), '{{recent_post}}', 'on the field whose value holds the gap');
    assert.equal(gaps[0].related?.length, 20, 'the first 20 rows; the message counts all 40');
    assert.deepEqual(gaps[0].related?.slice(0, 2).map((r) => [r.line, r.message]), [[2, 'N0'], [3, 'N1: [topic 1] is a template gap: replace it with the real detail for this recipient before sending.']]);
  });

  it('a column holding a [gap] or a hole that leaves the message generic is reported by the rules that read copy', () => {
    const csv = 'first_name,recent_post\nDana,remote onboarding\nBo,\n';
    const r = withRecipients('Subject: Your post on {{recent_post}}\n\nHi {{first_name}},\n\nI read your post on {{recent_post}} and the part about checklists stuck with me. Would a 15-minute call next Tuesday help?', csv);
    const generic = r.problems.find((p) => p.ruleId === 'generic-subject');
    assert.ok(generic, JSON.stringify(r.problems.map((p) => p.ruleId)));
    assert.match(generic.message, /^For 1 of 2 recipients \(Bo\)/);
    assert.ok(!generic.message.includes('Try:'), 'no subject written from one recipient\'s values, which would be no fix for the template');
    assert.equal(generic.related?.[0].line, 3);
  });

  it('gives each recipient its own problems, and an empty value of theirs', () => {
    const r = withRecipients(nearTheLimit(1900), `${CSV_120}\nEm,Empty,`);
    const byName = new Map(r.merge!.recipients.map((o) => [o.row.name, o.problems.map((p) => `${p.ruleId}: ${p.message}`)]));
    assert.deepEqual(byName.get('Dana Whitfield'), ['body-max-length: body 1,910/1,900 (+10)']);
    assert.deepEqual(byName.get('P0 Q0'), []);
    assert.deepEqual(byName.get('Em Empty'), ['empty-merge-value: {{company}} is empty: "company" has no value on this row']);
  });

  it('on a list of 600 recipients, reading evidence per paragraph finds what linting every message whole finds', () => {
    const csv = mergeRecipients(600, 7);
    const split = withRecipients(mergeTemplate(), csv);
    const whole = withRecipients(mergeTemplate(), csv, Infinity);
    assert.ok(split.problems.some((p) => p.ruleId === 'body-max-length') && split.problems.some((p) => p.ruleId === 'generic-subject'), 'the list breaks a limit and a copy rule');
    assert.deepEqual(split.problems, whole.problems);
    const perRecipient = (r: LintResult) => r.merge!.recipients.map((o) => [o.counts, o.problems]);
    assert.deepEqual(perRecipient(split), perRecipient(whole));
  });

  it('finds the one recipient of 60 whose value leaves the body generic, in the middle of the list and of the lengths', () => {
    // Sixty distinct topics, 7 to 31 characters; one, 19 characters at row 30, names a place, not their work.
    const topics = ['pricing', 'onboarding', 'hiring loops', 'on-call rotations', 'roadmap reviews', 'data contract migrations'];
    const topic = (i: number) => (i === 29 ? 'LinkedIn and Medium' : `${topics[i % 6]} ${i + 10}`);
    const csv = ['first_name,recent_post', ...Array.from({ length: 60 }, (_, i) => `N${i + 10},${topic(i)}`)].join('\n');
    const r = withRecipients('Subject: Checklists for new hires\n\nHi {{first_name}},\n\nI read your post on {{recent_post}} last week. Our runbooks cut onboarding from nine days to three.\n\nWould a 15-minute call next Tuesday work?', csv);
    const generic = r.problems.filter((p) => p.ruleId === 'missing-personalization');
    assert.deepEqual(generic.map((p) => p.message.slice(0, 40)), ['For 1 of 60 recipients (N39): Nothing he']);
    assert.deepEqual(generic[0].related?.map((x) => x.line), [31]);
    assert.deepEqual(r.merge!.recipients.filter((o) => o.problems.length).map((o) => o.row.name), ['N39']);
  });

  it('lints in steps, one per distinct message, to what lint gives at once (a server spreads them over turns)', () => {
    const table = parseRecipients(mergeRecipients(200, 3));
    assert.ok(isTable(table));
    const options = { recipients: { path: '/drafts/leads.csv', named: true, parsed: table } };
    const steps = lintInSteps(mergeTemplate(), undefined, options);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    const distinct = new Set(table.rows.map((r) => `${r.values[0]},${r.values[2]},${r.values[3]}`)).size;
    assert.equal(yields, distinct, 'a step per distinct message');
    const atOnce = lint(mergeTemplate(), undefined, options);
    assert.deepEqual(next.value.problems, atOnce.problems);
    assert.deepEqual(next.value.merge!.recipients.map((o) => o.problems), atOnce.merge!.recipients.map((o) => o.problems));
  });

  it('names the worst case per message: the longest rendered subject and body and whose they are', () => {
    const r = withRecipients(nearTheLimit(1900), CSV_120);
    const [worst] = worstCases(r.merge!.recipients);
    assert.deepEqual(worst.body, { length: 1910, row: 0, name: 'Dana Whitfield' });
    assert.equal(worst.subject?.length, 'Your post on remote onboarding'.length);
  });

  it('costs one credit per recipient who is neither an Open Profile nor a 1st-degree connection', () => {
    const table = parseRecipients('name,open_profile,Degree\nA,yes,3rd\nB,no,1st\nC,,2nd\nD,true,\nE,no,3rd+\n') as RecipientTable;
    const doc = (text: string) => parseDocument(text);
    assert.deepEqual(recipientCredits(doc('Subject: Hi\n\nHi {{name}}'), table), { needed: 2, openProfile: 2, firstDegree: 1 });
    assert.equal(recipientCredits(doc('Kind: connection\n\nHi {{name}}'), table).needed, 0, 'a connection note is free');
    assert.equal(recipientCredits(doc('Status: sent\nSubject: Hi\n\nHi {{name}}'), table).needed, 0, 'a sent draft spends nothing more');
  });
});

describe('a recipient message is read in its template language', () => {
  it('a long value in another language does not make that recipient message one the copy rules rest on', () => {
    const template = 'Subject: Your talk on cold-chain audits\nTo: {{first_name}} {{last_name}}\nCompany: {{company}}\n\nHi {{first_name}},\n\n{{note}}\n\nYour talk on cold-chain audits at the Leeds meetup was the clearest I have heard.\n\nCould we talk on Friday?\n\nSam';
    const note = 'Obrigado pela conversa de ontem, foi muito bom conhecer a sua equipa e a nova fábrica em Braga, que está a crescer muito depressa este ano com os novos clientes do norte e que eu não conhecia de todo. Foi uma surpresa para mim e para o meu sócio, que também gostou muito da visita.';
    const csv = `first_name,last_name,company,note\nDana,Lee,Acme,Thanks again.\nRui,Costa,Frio Norte,"${note}"\n`;
    // The value alone is read as Portuguese, a language the copy rules do not coach.
    assert.ok(lint(`Subject: x\n\n${note}`).problems.some((p) => p.ruleId === 'coaching-language'));
    const r = withRecipients(template, csv);
    assert.ok(!r.problems.some((p) => p.ruleId === 'coaching-language'), r.problems.map((p) => `${p.ruleId}: ${p.message}`).join('\n'));
    assert.ok(r.merge!.recipients.every((o) => !o.problems.some((p) => p.ruleId === 'coaching-language')));
  });
});
