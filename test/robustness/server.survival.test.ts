/**
 * The language server over real stdio, against hostile or careless clients: malformed JSON-RPC,
 * requests for documents it never saw, versions out of order, a flood of edits and huge documents.
 * After every scenario the process must still be running and answer a hover request.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { GOOD_SUBJECT, SurvivalClient, within } from '../helpers/lsp-client';
import { seededRandom } from '../helpers/generated';

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(m, 'VmRSS in /proc/<pid>/status');
  return Number(m[1]);
}

function bodyHoverLength(hover: Hover | null): number {
  const m = /\*\*(?:Body|Connection note)\*\* · ([\d,]+)\//.exec(JSON.stringify(hover?.contents ?? ''));
  assert.ok(m, `a body hover, got ${JSON.stringify(hover)}`);
  return Number(m[1].replace(/,/g, ''));
}

describe('language server survival over stdio', function () {
  this.timeout(60_000);
  let client: SurvivalClient;

  beforeEach(async () => {
    client = new SurvivalClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
  });

  describe('malformed JSON-RPC', () => {
    it('answers an unknown method with -32601 and keeps answering', async () => {
      await assert.rejects(within(10_000, 'unknown method', client.connection.sendRequest('inmail/noSuchMethod', { x: 1 })), (error: { code?: number }) => {
        assert.equal(error.code, -32601, `MethodNotFound, got ${JSON.stringify(error)}`);
        return true;
      });
      // Unknown notifications and cancellations of nothing are ignored.
      await client.connection.sendNotification('inmail/noSuchNotification', { x: 1 });
      await client.connection.sendNotification('$/cancelRequest', { id: 424242 });
      await client.assertStillServing();
    });

    it('after each broken frame, answers the request that follows it in the same read', async () => {
      // Each broken frame is written together with a hover request in one write (under PIPE_BUF, so
      // the server reads both at once): the hover must be answered without the client sending more.
      // If it is not, a harmless notification is sent to tell a stall (answered once more input
      // arrives) from a reader that is wedged for good.
      const next = seededRandom(42);
      const garbage = Buffer.from(Array.from({ length: 2048 }, () => Math.floor(next() * 256)));
      const valid = JSON.stringify({ jsonrpc: '2.0', method: 'inmail/noSuchNotification', params: { pad: 'x'.repeat(40) } });
      const broken: Record<string, Buffer> = {
        'garbage bytes': Buffer.concat([garbage, Buffer.from('\r\n\r\n')]),
        'a header line without a colon': Buffer.from('this is not a header\r\n\r\n'),
        'no Content-Length header': Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'),
        'Content-Length: abc': Buffer.from('Content-Length: abc\r\n\r\n'),
        'Content-Length: 0': Buffer.from('Content-Length: 0\r\n\r\n'),
        // Too short: the body is cut and its rest is read as a broken header.
        'Content-Length too short': Buffer.concat([client.frame(valid, 10), Buffer.from('\r\n\r\n')]),
        // Too long: the junk that completes the declared length makes the body invalid JSON.
        'Content-Length too long': Buffer.concat([client.frame(valid, Buffer.byteLength(valid) + 8), Buffer.from('}}}}\r\n\r\n')]),
        'Content-Length: -1': Buffer.from('Content-Length: -1\r\n\r\n'),
      };
      const outcomes: string[] = [];
      let n = 0;
      for (const [name, bytes] of Object.entries(broken)) {
        const id = `after-${++n}`;
        const hover = JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///virtual/never.inmail' }, position: { line: 0, character: 0 } } });
        await client.writeRaw(Buffer.concat([bytes, client.frame(hover)]));
        const answered = new RegExp(`"id":"${id}","result":null`);
        if (await client.waitForOutput(answered, `the hover after ${name}`, 1_000).then(() => true, () => false)) continue;
        await client.writeRaw(client.frame(valid));
        const late = await client.waitForOutput(answered, `the hover after ${name}, nudged`, 2_000).then(() => true, () => false);
        outcomes.push(`${name}: ${late ? 'stalled (answered only when more input arrived)' : 'never answered, nor anything after it'}`);
      }
      assert.deepEqual(outcomes, [], 'every request after a broken frame is answered promptly');
      await client.assertStillServing();
    });

    it('survives bodies that are not JSON-RPC and answers a broken request with an error', async () => {
      for (const body of ['{"jsonrpc":"2.0","id":5,"method":', '[]', '42', 'null', '"text"', '{"foo":1}', '{"jsonrpc":"1.0","id":"x","method":"initialize"}', '\u0000\u0001', '{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}']) {
        await client.writeRaw(client.frame(body));
      }
      // A well-framed request whose params are wrong still gets an answer: an error, not silence.
      await client.writeRaw(client.frame(JSON.stringify({ jsonrpc: '2.0', id: 'raw-hover', method: 'textDocument/hover', params: null })));
      await client.writeRaw(client.frame(JSON.stringify({ jsonrpc: '2.0', id: 'raw-actions', method: 'textDocument/codeAction', params: { textDocument: {} } })));
      // Notifications with broken params must not take the server down.
      await client.connection.sendNotification('textDocument/didOpen', {});
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///virtual/x.inmail', version: 2 }, contentChanges: null });
      await client.connection.sendNotification('textDocument/didClose', { textDocument: null });
      await client.waitForOutput(/"id":"raw-hover","error":\{"code":-326\d\d/, 'an error answer to the raw hover');
      await client.waitForOutput(/"id":"raw-actions","(?:error|result)"/, 'an answer to the raw codeAction');
      await client.assertStillServing();
    });
  });

  describe('documents the server does not have', () => {
    const requests = (uri: string) => ({
      hover: client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }),
      codeAction: client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
        context: { diagnostics: [] },
      }),
      documentSymbol: client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }),
      completion: client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }),
      stats: client.connection.sendRequest<unknown>('inmail/getDocumentStats', { uri }),
      connectionNote: client.connection.sendRequest<unknown[]>('inmail/connectionNoteEdit', { uri }),
    });

    async function assertEmptyAnswers(uri: string): Promise<void> {
      const r = requests(uri);
      const answers = await within(10_000, `requests on ${uri}`, Promise.all([r.hover, r.codeAction, r.documentSymbol, r.completion, r.stats, r.connectionNote]));
      assert.deepEqual(answers, [null, [], [], [], null, []], `hover, codeAction, documentSymbol, completion, getDocumentStats, connectionNoteEdit on ${uri}`);
    }

    it('answers null or [] for a document never opened, including odd URIs', async () => {
      for (const uri of ['file:///virtual/unknown.inmail', 'untitled:Untitled-1', 'file:///%E0%A4%A', 'not a uri at all', '']) await assertEmptyAnswers(uri);
      await client.assertStillServing();
    });

    it('answers null or [] for a closed document, and clears its diagnostics', async () => {
      const uri = 'file:///virtual/closed.inmail';
      await client.open(uri, 'Subject: Exciting opportunity!\n\nHello,\n\nWe have a role at [Company].');
      await client.waitForDiagnostics(uri, (d) => d.length > 0);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics cleared on close');
      await assertEmptyAnswers(uri);
      // Edits to a closed document are ignored, not applied to a ghost.
      await client.change(uri, 2, [{ text: 'Subject: x\n\nbody' }]);
      await assertEmptyAnswers(uri);
      await client.assertStillServing();
    });
  });

  describe('versions out of order', () => {
    const uri = 'file:///virtual/versions.inmail';
    const draft = (body: string) => `Subject: ${GOOD_SUBJECT}\n\n${body}`;

    it('always answers for the text it holds now, whatever the version numbers say', async () => {
      await client.open(uri, draft('Hi Ana.'), 5);
      await client.waitFor(() => client.stats.get(uri)?.version === 5, 'stats for version 5');
      assert.equal(bodyHoverLength(await client.hover(uri, 2, 1)), 'Hi Ana.'.length);

      // Going backwards: version 3 after version 5.
      await client.change(uri, 3, [{ text: draft('Hi Ana, one more line.') }]);
      assert.equal(bodyHoverLength(await client.hover(uri, 2, 1)), 'Hi Ana, one more line.'.length, 'after a lower version');

      // The same version twice with different text: the cache must not serve the first text's lint.
      await client.change(uri, 3, [{ text: draft('Hi Ana, a much longer body than before, about Rust.') }]);
      assert.equal(bodyHoverLength(await client.hover(uri, 2, 1)), 'Hi Ana, a much longer body than before, about Rust.'.length, 'after a repeated version');

      // An incremental change whose range lies past the end of the document.
      await client.change(uri, 4, [{ range: { start: { line: 40, character: 0 }, end: { line: 41, character: 5 } }, text: '!' }]);
      const expected = 'Hi Ana, a much longer body than before, about Rust.!'.length;
      assert.equal(bodyHoverLength(await client.hover(uri, 2, 1)), expected, 'after a change past the end');
      await client.waitFor(() => client.stats.get(uri)?.version === 4 && client.stats.get(uri)!.messages[0].bodyLength === expected, 'stats for the final text');
      await client.assertStillServing();
    });
  });

  describe('a flood of incremental edits', () => {
    const uri = 'file:///virtual/flood.inmail';
    const typed = 'Would you be open to a 15-minute call next Tuesday about the Rust migration? ';

    /** Sends `count` seeded edits without waiting: typing, replacements and deletions, mirrored locally. */
    function flood(mirror: TextDocument, count: number, random: (n: number) => number): Promise<void[]> {
      const sends: Promise<void>[] = [];
      for (let i = 0; i < count; i++) {
        const text = mirror.getText();
        const bodyStart = text.indexOf('\n\n') + 2;
        const at = bodyStart + random(text.length - bodyStart + 1);
        const roll = random(10);
        // Half typing; the rest line breaks, replacements and deletions, so the text stays a few KB long.
        const [end, insert] = roll < 5 ? [at, typed[i % typed.length]] : roll < 6 ? [at, '\n'] : roll < 7 ? [at + 1, 'é'] : [at + 1 + random(2), ''];
        const change: TextDocumentContentChangeEvent = { range: { start: mirror.positionAt(at), end: mirror.positionAt(Math.min(end, text.length)) }, text: insert };
        TextDocument.update(mirror, [change], mirror.version + 1);
        sends.push(client.change(uri, mirror.version, [change]));
      }
      return Promise.all(sends);
    }

    it('stays alive through 10,000 rapid edits, ends on the final text and keeps its memory bounded', async function () {
      this.timeout(120_000);
      const mirror = TextDocument.create(uri, 'inmail', 1, `Subject: ${GOOD_SUBJECT}\n\nHi Ana,\n\n${'We helped Northwind cut ramp-up by a third. '.repeat(8)}`);
      await client.open(uri, mirror.getText());
      const next = seededRandom(7);
      const random = (n: number) => Math.floor(next() * n);
      // A warm-up burst first, so the figures compare a warmed-up heap with itself rather than with a cold start.
      await flood(mirror, 1_000, random);
      await client.waitFor(() => client.stats.get(uri)?.version === mirror.version, 'stats after the warm-up', 30_000);
      const pid = client.process.pid!;
      const rssBefore = rssKb(pid);

      await flood(mirror, 10_000, random);
      const finalVersion = mirror.version;
      await client.waitFor(() => client.stats.get(uri)?.version === finalVersion, `stats for version ${finalVersion}`, 60_000);
      const rssAfter = rssKb(pid);

      const expected = lint(mirror.getText());
      assert.equal(client.stats.get(uri)!.messages[0].bodyLength, expected.stats.bodyLength, 'the server counts the final text');
      const published = client.diagnostics.get(uri);
      assert.equal(published?.version, finalVersion, 'diagnostics are for the final version');
      const key = (code: unknown, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
      assert.deepEqual(
        published!.diagnostics.map((d) => key(d.code, d.range)).sort(),
        expected.problems.map((p) => key(p.ruleId, { start: mirror.positionAt(p.start), end: mirror.positionAt(p.end) })).sort(),
        'the diagnostics are exactly those of the final text',
      );

      const growthMb = (rssAfter - rssBefore) / 1024;
      console.log(`      server RSS before the flood ${(rssBefore / 1024).toFixed(1)} MB, after ${(rssAfter / 1024).toFixed(1)} MB (growth ${growthMb.toFixed(1)} MB, final text ${mirror.getText().length} characters)`);
      assert.ok(growthMb < 64, `RSS grew by ${growthMb.toFixed(1)} MB over 10,000 edits`);
      await client.assertStillServing();
    });
  });

  describe('huge documents', () => {
    const GENEROUS_MS = 30_000;

    async function openHuge(uri: string, text: string): Promise<Diagnostic[]> {
      await client.open(uri, text);
      await client.waitFor(() => client.diagnostics.has(uri), `diagnostics for ${uri}`, GENEROUS_MS);
      return client.diagnostics.get(uri)!.diagnostics;
    }

    async function assertAnswers(uri: string, line: number): Promise<void> {
      const [symbols, actions] = await within(
        GENEROUS_MS,
        `documentSymbol and codeAction on ${uri}`,
        Promise.all([
          client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }),
          client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line, character: 0 }, end: { line, character: 1 } },
            context: { diagnostics: [] },
          }),
          client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] },
          }),
        ]),
      );
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'an outline');
      assert.ok(Array.isArray(actions), 'code actions');
      assert.ok(await client.hover(uri, line, 0, GENEROUS_MS) !== undefined, 'a hover answer');
    }

    it('a 10 MB single-line body: answers, and still reports body-max-length', async function () {
      this.timeout(120_000);
      const uri = 'file:///virtual/huge-line.inmail';
      const sentence = 'Your post on Rust onboarding was great, would you be open to a call? ';
      const body = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
      const diagnostics = await openHuge(uri, `Subject: ${GOOD_SUBJECT}\n\n${body}`);
      assert.ok(diagnostics.some((d) => d.code === 'body-max-length'), `body-max-length among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
      assert.ok(bodyHoverLength(await client.hover(uri, 2, 5, GENEROUS_MS)) > 9_000_000, 'the hover counts the whole body');
      await assertAnswers(uri, 2);
      await client.assertStillServing();
    });

    it('10,000 --- separators: answers, and reports the extra follow-ups', async function () {
      this.timeout(120_000);
      const uri = 'file:///virtual/separators.inmail';
      const text = `Subject: ${GOOD_SUBJECT}\n\nHi Ana, coffee next week?\n${'---\nSend: 2026-12-08 09:00\n\nAny thoughts?\n'.repeat(10_000)}`;
      const diagnostics = await openHuge(uri, text);
      assert.ok(diagnostics.filter((d) => d.code === 'too-many-follow-ups').length >= 9_999, 'every extra follow-up is reported');
      await assertAnswers(uri, 40_000);
      await client.assertStillServing();
    });

    it('10,000 header lines (typos included): answers, fix-all included, and still reports body-max-length', async function () {
      this.timeout(120_000);
      const uri = 'file:///virtual/headers.inmail';
      const headerLines = Array.from({ length: 10_000 }, (_, i) => ['Subjet: Your post', 'Stauts: drafft', 'Kind: conection', 'To: [First Name]', `X-Note-${i}: ${i}`][i % 5]).join('\n');
      const text = `Subject: ${GOOD_SUBJECT}\n${headerLines}\n\nHi Ana, ${'coffee next week? '.repeat(200)}`;
      const diagnostics = await openHuge(uri, text);
      assert.ok(diagnostics.some((d) => d.code === 'body-max-length'), 'the body is past the hard limit');
      assert.ok(diagnostics.filter((d) => d.code === 'unknown-header').length >= 6_000, 'the unknown headers are reported');
      await assertAnswers(uri, 5_000);
      await client.assertStillServing();
    });
  });
});
