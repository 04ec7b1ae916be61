/** `inmail-lint` on a mail merge: the recipients CSV found as documented, reported per recipient, never written. */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

const TEMPLATE = `Subject: Your post on {{recent_post}}

Hi {{first_name}},

I read your post on {{recent_post}} and the part about first-week checklists stuck with me. We helped Brightline Freight halve ramp-up last year with a pairing-first plan.

Would a 15-minute call next Tuesday be useful to compare notes?

Best,
Sam
`;
const CSV = `first_name,last_name,recent_post,degree,open_profile
Dana,Whitfield,remote onboarding,2nd,no
Bo,Chen,,3rd,no
Priya,Raman,on-call rotations,1st,no
Marcus,Webb,pricing experiments,2nd,yes
`;

describe('inmail-lint: mail merge', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('inmail-merge-');
  });

  it('reads the CSV a Recipients: header names and reports each recipient in JSON, with the credits', () => {
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'leads.csv'), CSV);
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'q4.inmail'), `Recipients: ../lists/leads.csv\n${TEMPLATE}`);
    const r = runCli(['--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 0, r.stderr);
    const [result] = JSON.parse(r.stdout);
    assert.deepEqual(result.merge, { file: join(dir, 'lists', 'leads.csv'), recipients: 4, withProblems: 1, credits: 2 });
    assert.deepEqual(result.recipients.map((x: { row: number; line: number; name: string }) => [x.row, x.line, x.name]), [[1, 2, 'Dana Whitfield'], [2, 3, 'Bo Chen'], [3, 4, 'Priya Raman'], [4, 5, 'Marcus Webb']]);
    const bo = result.recipients[1].diagnostics.map((d: { rule: string; line: number }) => `${d.rule}@${d.line}`);
    assert.ok(bo.includes('empty-merge-value@2') && bo.includes('empty-merge-value@6') && bo.includes('generic-subject@2'), JSON.stringify(bo));
    assert.deepEqual(result.recipients[0].diagnostics, []);
    const empty = result.diagnostics.filter((d: { rule: string }) => d.rule === 'empty-merge-value');
    assert.equal(empty.length, 2);
    assert.match(empty[0].message, /is empty for 1 of 4 recipients: Bo Chen/);
  });

  it('uses the CSV beside the draft with its base name, and prints one summary line per draft', () => {
    writeFileSync(join(dir, 'q4.inmail'), TEMPLATE);
    writeFileSync(join(dir, 'q4.csv'), CSV);
    writeFileSync(join(dir, 'plain.inmail'), TEMPLATE.replace(/\{\{\w+\}\}/g, 'remote onboarding'));
    writeFileSync(join(dir, 'plain.csv'), 'not,a,list\n');
    const r = runCli(['.'], dir);
    assert.match(r.stdout, /^ {2}mail merge: q4\.csv, 4 recipients, 1 with problems, 2 credits$/m);
    assert.equal(r.stdout.match(/mail merge:/g)?.length, 1, 'a draft without fields has no mail merge, whatever lies beside it');
  });

  it('--recipients names the CSV for every draft, over the header', () => {
    writeFileSync(join(dir, 'q4.inmail'), `Recipients: missing.csv\n${TEMPLATE.replace('{{first_name}}', '{{frist_name}}')}`);
    writeFileSync(join(dir, 'other.csv'), CSV);
    const r = runCli(['--format', 'json', '--recipients', 'other.csv', 'q4.inmail'], dir);
    assert.equal(r.code, 1, 'the unknown field is an error');
    const [result] = JSON.parse(r.stdout);
    assert.equal(result.merge.file, join(dir, 'other.csv'));
    const unknown = result.diagnostics.find((d: { rule: string }) => d.rule === 'unknown-merge-field');
    assert.match(unknown.message, /No column of other\.csv is named "frist_name".*Did you mean \{\{first_name\}\}\?/);
  });

  it('a named CSV that is missing or not CSV is an error on the header, and the draft is still linted', () => {
    writeFileSync(join(dir, 'a.inmail'), `Recipients: missing.csv\n${TEMPLATE.replace('Subject: Your post on {{recent_post}}', 'Subject: Quick question')}`);
    writeFileSync(join(dir, 'b.inmail'), `Recipients: broken.csv\n${TEMPLATE}`);
    writeFileSync(join(dir, 'broken.csv'), 'first_name,recent_post\nDana,"remote\n');
    const r = runCli(['--format', 'json', '.'], dir);
    assert.equal(r.code, 1);
    const [a, b] = JSON.parse(r.stdout);
    const fileError = (result: { diagnostics: { rule: string; message: string; line: number; column: number }[] }) => result.diagnostics.find((d) => d.rule === 'recipients-file');
    assert.match(fileError(a)!.message, /^Recipients file missing\.csv: cannot be read: no such file or directory\./);
    assert.deepEqual([fileError(a)!.line, fileError(a)!.column], [1, 13]);
    assert.ok(a.diagnostics.some((d: { rule: string }) => d.rule === 'generic-subject'), 'the other rules still run');
    assert.match(fileError(b)!.message, /^Recipients file broken\.csv, line 2: a quoted value is never closed/);
    assert.equal(b.merge.error, 'a quoted value is never closed (a " is missing)');
  });

  it('a CSV that is not UTF-8 (as older Excel saves it) is named with its line', () => {
    writeFileSync(join(dir, 'q4.inmail'), `Recipients: latin1.csv\n${TEMPLATE}`);
    writeFileSync(join(dir, 'latin1.csv'), Buffer.concat([Buffer.from('first_name,recent_post\nRen'), Buffer.from([0xe9]), Buffer.from(',remote onboarding\n')]));
    const [result] = JSON.parse(runCli(['--format', 'json', 'q4.inmail'], dir).stdout);
    const error = result.diagnostics.find((d: { rule: string }) => d.rule === 'recipients-file');
    assert.match(error.message, /^Recipients file latin1\.csv, line 2: file is not UTF-8: byte 0xE9 at line 2.*; export it from the spreadsheet as CSV UTF-8\./);
  });

  it('--fix writes the draft and never the CSV', () => {
    const draft = join(dir, 'q4.inmail');
    const csv = join(dir, 'q4.csv');
    // A header typo fix-all corrects, beside a CSV fix-all must not touch.
    writeFileSync(draft, `Recipients: q4.csv\nCompnay: Acme\n${TEMPLATE}`);
    const csvBytes = Buffer.from(`\ufeff${CSV.replace(/\n/g, '\r\n')}`);
    writeFileSync(csv, csvBytes);
    const before = statSync(csv, { bigint: true });
    const r = runCli(['--fix', '--format', 'json', 'q4.inmail'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(readFileSync(draft, 'utf8'), /^Recipients: q4\.csv\nCompany: Acme\n/, 'the draft was fixed');
    assert.deepEqual(readFileSync(csv), csvBytes, 'the CSV is byte for byte as it was');
    const after = statSync(csv, { bigint: true });
    assert.equal(after.mtimeNs, before.mtimeNs);
    assert.equal(after.ino, before.ino, 'not replaced by another file');
  });
});
