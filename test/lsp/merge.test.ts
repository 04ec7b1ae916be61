/** The server on a mail merge: the recipients CSV read from disk as .inmailrc.json is, its diagnostics on the template. */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { moveWithEdits } from '../../server/src/lsp/merge';
import { TestLspClient } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp-dir';

const TEMPLATE = `Recipients: leads.csv
Subject: Your post on {{recent_post}}

Hi {{frist_name}},

I read your post on {{recent_post}} and the part about first-week checklists stuck with me. We helped Brightline Freight halve ramp-up last year with a pairing-first plan.

Would a 15-minute call next Tuesday be useful to compare notes?
`;
const CSV = 'first_name,recent_post\nDana,remote onboarding for dispatch teams across three continents and two acquisitions\nBo,\nPriya,on-call rotations\n';

describe('language server: mail merge', function () {
  let client: TestLspClient;
  let dir: string;
  beforeEach(() => {
    client = new TestLspClient();
    dir = tempDir('inmail-lsp-merge-');
  });
  afterEach(async () => {
    await client.shutdown();
  });

  const codes = (d: Diagnostic[]) => d.map((x) => x.code);
  // The server sends plain-text messages.
  const text = (d: Diagnostic) => String(d.message);

  it('reports the CSV\'s rules at once and every recipient\'s message when typing pauses, with their rows as related information', async () => {
    writeFileSync(join(dir, 'leads.csv'), CSV);
    const uri = pathToFileURL(join(dir, 'q4.inmail')).toString();
    await client.initialize({ textDocument: { publishDiagnostics: { relatedInformation: true } } });
    await client.open(uri, TEMPLATE);
    const first = await client.waitForDiagnostics(uri, (d) => codes(d).includes('unknown-merge-field'));
    assert.ok(codes(first).includes('empty-merge-value'), JSON.stringify(codes(first)));
    const unknown = first.find((d) => d.code === 'unknown-merge-field')!;
    assert.match(text(unknown), /Did you mean \{\{first_name\}\}\?/);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown], only: ['quickfix'] } });
    assert.ok(actions.some((a) => a.title === 'Change to {{first_name}}'), JSON.stringify(actions.map((a) => a.title)));

    const merged = await client.waitForDiagnostics(uri, (d) => codes(d).includes('subject-word-count'), 'the recipients\' diagnostics');
    const words = merged.find((d) => d.code === 'subject-word-count')!;
    assert.match(text(words), /^Subject 14\/10 words for 1 of 3 recipients: Dana \+4/);
    assert.deepEqual(words.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]), [[pathToFileURL(join(dir, 'leads.csv')).toString(), 1, 'Dana: subject 14/10 words (+4)']]);
    assert.ok(merged.some((d) => d.code === 'generic-subject' && /^For 1 of 3 recipients \(Bo\)/.test(text(d))), JSON.stringify(merged.map(text)));

    // A keystroke's diagnostics come at once, the recipients' findings kept and moved with the edit.
    const greeting = { line: 3, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: greeting, end: greeting }, text: 'Well, ' }] });
    await client.waitFor(() => client.diagnostics.get(uri)?.version === 2, 'the keystroke\'s diagnostics');
    const typed = client.diagnostics.get(uri)!.diagnostics;
    assert.deepEqual(typed.find((d) => d.code === 'subject-word-count')?.range, words.range, 'before the edit: in place');
    const bodyLength = (d: Diagnostic[]) => d.find((x) => x.code === 'body-length');
    if (bodyLength(merged)) assert.equal(bodyLength(typed)?.range.start.line, bodyLength(merged)!.range.start.line);
  });

  it('counts a mail merge in the credit estimate: one credit per recipient who is not an Open Profile or 1st-degree connection', async () => {
    const csv = 'first_name,recent_post,open_profile,degree\nDana,remote onboarding,no,2nd\nBo,pricing,yes,3rd\nPriya,on-call,no,1st\nMarcus,SOC 2,,\n';
    writeFileSync(join(dir, 'leads.csv'), csv);
    writeFileSync(join(dir, 'q4.inmail'), TEMPLATE);
    writeFileSync(join(dir, 'one.inmail'), 'Subject: Your KubeCon talk on eBPF\n\nHi Dana, loved your KubeCon talk on eBPF. Open to comparing notes next week?');
    await client.initialize({}, undefined, [{ uri: pathToFileURL(dir).toString(), name: 'drafts' }]);
    await client.waitFor(() => client.credits !== undefined, 'the credit estimate', 20_000);
    assert.equal(client.credits!.scanned, 2);
    assert.equal(client.credits!.estimate.needed, 3, 'Dana and Marcus, and the other draft');
    // Typing follows: the open draft becomes a connection note, which spends none.
    const uri = pathToFileURL(join(dir, 'q4.inmail')).toString();
    await client.open(uri, `Kind: connection\n${TEMPLATE}`);
    await client.waitFor(() => client.credits?.estimate.needed === 1, 'the estimate after the edit');
  });

  it('moves the last findings with an edit: before it they stay, after it they shift, across it they go', () => {
    const p = (start: number, end: number) => ({ ruleId: 'x', severity: 'warning' as const, start, end, message: '' });
    assert.deepEqual(moveWithEdits([p(0, 3), p(3, 6), p(7, 9)], 'abc de fg hi', 'abc dXXe fg hi').map((x) => [x.start, x.end]), [[0, 3], [9, 11]]);
  });

  it('a Recipients header naming a missing file is an error on its value, and the draft\'s own rules still run', async () => {
    const uri = pathToFileURL(join(dir, 'q4.inmail')).toString();
    await client.initialize();
    await client.open(uri, TEMPLATE.replace('Your post on {{recent_post}}', 'Quick question'));
    const d = await client.waitForDiagnostics(uri, (x) => codes(x).includes('recipients-file'));
    const file = d.find((x) => x.code === 'recipients-file')!;
    assert.equal(file.message, 'Recipients file leads.csv: cannot be read: no such file or directory. Recipients are not checked until it reads.');
    assert.deepEqual(file.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 21 } });
    assert.ok(codes(d).includes('generic-subject'));
  });
});
