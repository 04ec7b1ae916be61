/** The wording and the page of the mail-merge views: the gauge's worst case, the column summary, the preview's safety. */
import * as assert from 'node:assert/strict';
import { gaugeLevel, gaugeText, keepWorstWhilePending, shortName } from '../../client/src/format';
import { makeNonce, previewHtml } from '../../client/src/preview-html';
import { parseRecipients, type RecipientTable } from '../../server/src/engine/merge';
import { columnSummary } from '../../server/src/engine/merge/samples';
import type { DocumentStatsParams, MessageStatsPayload } from '../../server/src/protocol';

const at = { line: 0, character: 0 };
function message(bodyLength: number, worst?: MessageStatsPayload['worst']): MessageStatsPayload {
  return {
    index: 0, kind: 'inmail', subjectLength: 20, subjectWords: 4, subjectMax: 200, bodyLength, bodyMax: 1900, bodySweetSpot: 400,
    bodyGraphemes: bodyLength, bodyWords: 50, bodySentences: 4, readingSeconds: 20, overflow: {}, range: { start: at, end: at }, worst,
  } as MessageStatsPayload;
}

describe('gauge with recipients', () => {
  it('reads as the issue shows it: the template\'s count, then the longest recipient\'s', () => {
    const m = message(312, { body: { length: 1944, name: 'Dana Whitfield', row: 0 } });
    assert.equal(gaugeText(m), 'Subj 20/200 · Body 312/400 · max 1,944 (Dana W.)');
    assert.equal(gaugeText(message(312)), 'Subj 20/200 · Body 312/400 (max 1,900)');
  });

  it('turns red when a recipient\'s body is refused, though the template fits', () => {
    assert.equal(gaugeLevel(message(312, { body: { length: 1944, name: 'Dana Whitfield', row: 0 } })), 'error');
    assert.equal(gaugeLevel(message(312, { body: { length: 450, name: 'Dana Whitfield', row: 0 } })), 'warning');
    assert.equal(gaugeLevel(message(312, { body: { length: 380, name: 'Dana Whitfield', row: 0 } })), 'ok');
  });

  it('keeps the last worst case while the recipients are pending, and only then', () => {
    const dana = { body: { length: 1944, name: 'Dana Whitfield', row: 0 } };
    const stats = (messages: MessageStatsPayload[], recipientsPending?: boolean): DocumentStatsParams => ({ uri: 'file:///d.inmail', version: 1, messages, errors: 0, fitsConnectionNote: false, recipientsPending });
    const before = stats([message(312, dana)], false);
    assert.deepEqual(keepWorstWhilePending(before, stats([message(313)], true)).messages[0].worst, dana, 'typing: still shown');
    assert.equal(keepWorstWhilePending(before, stats([message(313)], false)).messages[0].worst, undefined, 'recipients gone or no field known: dropped');
    const bo = { body: { length: 500, name: 'Bo Chen', row: 1 } };
    assert.deepEqual(keepWorstWhilePending(before, stats([message(313, bo)], true)).messages[0].worst, bo, 'a newer worst case wins');
    assert.equal(keepWorstWhilePending(undefined, stats([message(313)], true)).messages[0].worst, undefined);
  });

  it('shortens names to a first name and an initial', () => {
    assert.equal(shortName('Dana Whitfield'), 'Dana W.');
    assert.equal(shortName('  Jean  Claude van Damme '), 'Jean D.');
    assert.equal(shortName('row 14'), 'row 14');
    assert.equal(shortName('Priya'), 'Priya');
    assert.equal(shortName('Zoë Łukasiewicz'), 'Zoë Ł.');
  });
});

describe('column summary for the field hover', () => {
  const table = parseRecipients('name,company\nDana Whitfield,Northwind Logistics\nBo Chen,\nAl,Acme\nEd,Acme\nJo,Zed\n') as RecipientTable;

  it('gives distinct samples in row order, the longest with whose it is, and the empty count', () => {
    const s = columnSummary(table, 1);
    assert.deepEqual(s.samples, ['Northwind Logistics', 'Acme', 'Zed']);
    assert.deepEqual(s.longest, { value: 'Northwind Logistics', length: 19, name: 'Dana Whitfield', line: 2 });
    assert.equal(s.empty, 1);
    assert.equal(s.total, 5);
  });

  it('counts characters as LinkedIn does: composed, so an accent typed apart is one character with its letter', () => {
    const accents = parseRecipients('name,x\nA,e\u0301e\u0301e\u0301\nB,abcd\n') as RecipientTable;
    assert.deepEqual(columnSummary(accents, 1).longest, { value: 'abcd', length: 4, name: 'B', line: 3 });
  });
});

describe('preview page', () => {
  const nonce = makeNonce();
  const html = previewHtml(nonce, 'https://file+.vscode-resource.vscode-cdn.net');

  it('allows only its own nonced style and script, and nothing remote', () => {
    assert.match(nonce, /^[0-9a-f]{32}$/);
    assert.notEqual(makeNonce(), nonce);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:\/\/(?!file\+)/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.equal((html.match(new RegExp(`<script nonce="${nonce}">`, 'g')) ?? []).length, 1);
    assert.equal((html.match(/<style/g) ?? []).length, 1);
    assert.doesNotMatch(html, /\bsrc=|href=|@import|url\(/, 'no resource is loaded');
  });

  it('puts recipients\' values in as text, never as HTML', () => {
    assert.doesNotMatch(html, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('uses the theme\'s colours and answers to the keyboard', () => {
    assert.doesNotMatch(html.replace(/var\(--vscode-[\w-]+(, *[^)]*)?\)/g, '').replace(/&#\d+;/g, ''), /#[0-9a-f]{3,6}\b|rgba?\(/i, 'colours come from the theme');
    for (const id of ['previous', 'next', 'first-problem', 'next-problem']) assert.match(html, new RegExp(`<button id="${id}"[^>]*aria-keyshortcuts="\\w"`));
    assert.match(html, /addEventListener\('keydown'/);
    assert.match(html, /role="status" aria-live="polite"/);
  });
});
