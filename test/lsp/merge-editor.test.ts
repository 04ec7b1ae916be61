/** The editor's side of a mail merge over real stdio: the CSV changing under an open draft, completion, hover, gauge, preview. */
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import type { RecipientPreview } from '../../server/src/protocol';
import { TestLspClient } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp-dir';

const DRAFT = `Recipients: leads.csv
Subject: Your post on {{recent_post}}

Hi {{first_name}},

I read your post on {{recent_post}} and the part about first-week checklists stuck with me. With {{company}} hiring this quarter, keeping new engineers productive from week one is the hard part.

Would a 15-minute call next Tuesday be useful to compare notes?

Best,
Sam
`;
const SHORT = 'first_name,last_name,company,recent_post\nBo,Chen,Globex,on-call rotations\nPriya,Raman,Initech,data contracts\n';
const LONG_COMPANY = 'Northwind Logistics International Holdings, Research and Development Division, '.repeat(2).trim();
const LONG = `${SHORT}Dana,Whitfield,"${LONG_COMPANY}",remote onboarding\n`;

const codes = (d: Diagnostic[]) => d.map((x) => x.code);
const markdown = (h: Hover | null) => (h?.contents as MarkupContent).value;

describe('language server: mail merge in the editor', function () {
  let client: TestLspClient;
  let dir: string;
  let uri: string;
  let csv: string;
  beforeEach(async () => {
    client = new TestLspClient();
    dir = tempDir('inmail-lsp-merge-editor-');
    csv = join(dir, 'leads.csv');
    uri = pathToFileURL(join(dir, 'q4.inmail')).toString();
    await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } });
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  /** As an editor's file watcher reports it: the server hears of the CSV only through this. */
  const csvChanged = (type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(csv).toString(), type }] });

  it('follows the CSV on disk while the draft is open: a new long row, a renamed column, the file gone', async () => {
    writeFileSync(csv, SHORT);
    await client.open(uri, DRAFT);
    // Both recipients fit: once the recipients are linted (the stats say so), nothing is reported for them.
    await client.waitFor(() => client.stats.get(uri)?.messages[0].worst?.body?.name === 'Priya Raman', 'the recipients\' lint');
    assert.deepEqual(codes(client.diagnostics.get(uri)!.diagnostics).filter((c) => c === 'body-length' || c === 'unknown-merge-field'), []);

    writeFileSync(csv, LONG);
    await csvChanged(2);
    const long = await client.waitForDiagnostics(uri, (d) => codes(d).includes('body-length'), 'the long row\'s body-length');
    assert.match(long.find((d) => d.code === 'body-length')!.message as string, /for 1 of 3 recipients: Dana Whitfield \+\d+/);

    writeFileSync(csv, LONG.replace('company', 'organisation'));
    await csvChanged(2);
    const renamed = await client.waitForDiagnostics(uri, (d) => codes(d).includes('unknown-merge-field'), 'the renamed column');
    assert.ok(!codes(renamed).includes('body-length'), 'with {{company}} unfilled, no one\'s body is long');

    rmSync(csv);
    await csvChanged(3);
    const gone = await client.waitForDiagnostics(uri, (d) => codes(d).includes('recipients-file'), 'the missing file');
    assert.ok(!codes(gone).includes('unknown-merge-field'), 'no columns to compare against once the file is gone');
  });

  it('completes {{ from the CSV\'s columns and shows what fills a field on hover', async () => {
    writeFileSync(csv, LONG);
    const text = DRAFT.replace('Best,', 'See you at {{\nBest,');
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.endsWith('{{'));
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 'See you at {{'.length }, context: { triggerKind: 2, triggerCharacter: '{' } });
    assert.deepEqual(items.map((i) => i.label), ['first_name', 'last_name', 'company', 'recent_post']);
    const company = items.find((i) => i.label === 'company')!;
    assert.equal((company.textEdit as TextEdit).newText, 'company}}', 'an unclosed field is closed');
    assert.deepEqual((company.textEdit as TextEdit).range, { start: { line, character: 13 }, end: { line, character: 13 } });
    assert.equal(company.detail, 'e.g. Globex, Initech, Northwind Logistics International Holdings, Research and De…');

    // Inside a field already closed: the braces stay as they are.
    const closedLine = text.split('\n').findIndex((l) => l.startsWith('Hi {{'));
    const inside = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: closedLine, character: 'Hi {{fi'.length } });
    const edit = inside.find((i) => i.label === 'first_name')!.textEdit as TextEdit;
    assert.equal(edit.newText, 'first_name');
    assert.deepEqual(edit.range, { start: { line: closedLine, character: 5 }, end: { line: closedLine, character: 'Hi {{first_name'.length } }, 'the whole name is replaced, not only what is before the cursor');

    const bodyLine = text.split('\n').findIndex((l) => l.includes('With {{company}}'));
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: bodyLine, character: text.split('\n')[bodyLine].indexOf('{{company}}') + 3 } });
    const value = markdown(hover);
    assert.match(value, /^\*\*\\\{\\\{company\\\}\\\}\*\* · column `company` of `leads\.csv`/);
    assert.match(value, /Values: `Globex`, `Initech`, `Northwind Logistics/);
    assert.ok(value.includes(`Longest: \`${LONG_COMPANY.slice(0, 59)}…\`, ${LONG_COMPANY.length} characters (Dana Whitfield, line 4)`), value);
    assert.match(value, /Filled for all 3 recipients/);
    const subjectHover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 'Subject: Your post on {{r'.length } });
    assert.match(markdown(subjectHover), /column `recent_post`/, 'a field in the subject is the field, not the subject line');
  });

  it('gives the gauge the worst case and renders one recipient for the preview', async () => {
    writeFileSync(csv, LONG.replace('Priya,Raman,Initech,data contracts', 'Priya,Raman,Initech,'));
    await client.open(uri, DRAFT);
    await client.waitFor(() => client.stats.get(uri)?.messages[0].worst !== undefined, 'the gauge\'s worst case');
    const stats = client.stats.get(uri)!;
    assert.equal(stats.recipientsPending, false);
    assert.equal(stats.messages[0].worst!.body!.name, 'Dana Whitfield');
    assert.ok(stats.messages[0].worst!.body!.length > stats.messages[0].bodyLength + 100);

    const preview = (row: number) => client.connection.sendRequest<RecipientPreview | null>('inmail/recipientPreview', { uri, row });
    const dana = await preview(2);
    assert.ok(dana && !('unavailable' in dana));
    assert.equal(dana.name, 'Dana Whitfield');
    assert.equal(dana.line, 4);
    assert.equal(dana.messages[0].subject, 'Your post on remote onboarding');
    assert.ok(dana.messages[0].body.startsWith('Hi Dana,\n\nI read your post on remote onboarding'), dana.messages[0].body);
    assert.ok(dana.messages[0].body.includes(`With ${LONG_COMPANY} hiring`));
    assert.equal(dana.messages[0].bodyLength, stats.messages[0].worst!.body!.length);
    assert.deepEqual(dana.problems.map((p) => [p.ruleId, p.line]), [['body-length', 7]]);
    assert.deepEqual(dana.fields, [{ column: 'recent_post', value: 'remote onboarding' }, { column: 'first_name', value: 'Dana' }, { column: 'company', value: LONG_COMPANY }]);
    // Priya's empty post and Dana's long body: two recipients with problems, Bo none.
    assert.deepEqual([dana.problemRows, dana.firstProblem, dana.nextProblem], [2, 1, 1]);
    const bo = await preview(0);
    assert.ok(bo && !('unavailable' in bo));
    assert.deepEqual([bo.name, bo.problems.length, bo.nextProblem], ['Bo Chen', 0, 1]);
    const clamped = await preview(99);
    assert.ok(clamped && !('unavailable' in clamped) && clamped.row === 2);

    // While typing, before the recipients are linted again, the shown recipient is still exact.
    const at = { line: 3, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'Well, ' }] });
    const typed = await preview(2);
    assert.ok(typed && !('unavailable' in typed));
    assert.ok(typed.messages[0].body.startsWith('Well, Hi Dana,'), typed.messages[0].body);
    assert.equal(typed.messages[0].bodyLength, dana.messages[0].bodyLength + 'Well, '.length);
    assert.deepEqual(typed.problems.map((p) => p.ruleId), ['body-length']);
  });

  it('says why there is nothing to preview', async () => {
    await client.open(uri, DRAFT.replace('Recipients: leads.csv\n', ''));
    const none = await client.connection.sendRequest<RecipientPreview | null>('inmail/recipientPreview', { uri, row: 0 });
    assert.match((none as { unavailable: string }).unavailable, /no recipients/);
    writeFileSync(csv, 'first_name,company\n"Dana,Acme\n');
    await client.open(uri, DRAFT, 2);
    const broken = await client.connection.sendRequest<RecipientPreview | null>('inmail/recipientPreview', { uri, row: 0 });
    assert.match((broken as { unavailable: string }).unavailable, /^leads\.csv, line 2: a quoted value is never closed/);
  });
});
