/**
 * Single messages that used to end or deafen the server, sent over real stdio: cancellations without an
 * id, notifications with broken params, a second initialize, frames of 40 MB, 64 MiB and 10^12 bytes,
 * a burst of edits in one write, and file events for URIs that are no files.
 */
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { GOOD_SUBJECT, SERVER_PATH, SurvivalClient, within } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp-dir';

const GENERIC = "Subject: Let's connect\n\nHi Dana, I loved your post on remote onboarding. Open to a 15-minute call next Tuesday?\n";
const hoverFrame = (client: SurvivalClient, id: string, uri = 'file:///virtual/never.inmail') =>
  client.frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 0 } } }));
const notification = (client: SurvivalClient, method: string, params?: unknown) =>
  client.frame(JSON.stringify(params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params }));

describe('language server: messages that used to end or deafen it', function () {
  this.timeout(60_000);
  let client: SurvivalClient;

  beforeEach(async () => {
    client = new SurvivalClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('lives through $/cancelRequest without a usable id', async () => {
    const cancels: unknown[] = [{}, null, { id: null }, [], { id: {} }, { id: [1] }, 'x', 7, undefined];
    let n = 0;
    for (const params of cancels) {
      const id = `after-cancel-${++n}`;
      await client.writeRaw(Buffer.concat([notification(client, '$/cancelRequest', params), hoverFrame(client, id)]));
      await client.waitForOutput(new RegExp(`"id":"${id}","result":null`), `the hover after a cancel with params ${JSON.stringify(params)}`, 5_000);
    }
    assert.match(client.stderr, /dropped a message "\$\/cancelRequest" the connection could not take/);
    await client.assertStillServing();
  });

  it('ignores notifications whose params would half-apply: the document keeps its last good text', async () => {
    const uri = 'file:///virtual/kept.inmail';
    const text = `Subject: ${GOOD_SUBJECT}\n\nHi Ana, coffee next week?`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, () => true);
    // The first change alone is valid: applying it and then failing on the second left a document no
    // one had sent, with no lint of it.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }, { range: 'everything', text: 'y' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 'a', character: 0 } }, text: 'z' }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///virtual/numeric.inmail', languageId: 'inmail', version: 1, text: 42 } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 5 } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: { uri } });
    const hover = await client.hover(uri, 2, 1);
    assert.match(JSON.stringify(hover?.contents), /\*\*Body\*\* · 25\//, `the body is still "Hi Ana, coffee next week?": ${JSON.stringify(hover)}`);
    assert.equal(await client.hover('file:///virtual/numeric.inmail', 0, 0), null, 'a document whose text is a number is not opened');
    assert.match(client.stderr, /ignored a textDocument\/didChange notification: contentChanges\[1\] is not a text with an optional range/);
    await client.assertStillServing();
  });

  it('refuses a second initialize, keeping the session it has', async () => {
    await assert.rejects(
      within(5_000, 'a second initialize', client.connection.sendRequest('initialize', { processId: 1.5, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } })),
      (error: { code?: number }) => error.code === -32600,
    );
    // Had the second initialize switched to pull diagnostics, nothing would be published any more.
    const uri = 'file:///virtual/after-reinit.inmail';
    await client.open(uri, GENERIC);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'generic-subject'), 'pushed diagnostics after a second initialize');
    await client.assertStillServing();
  });

  it('skips a frame declaring 10^12 bytes and answers the request that follows', async () => {
    await client.writeRaw(Buffer.concat([Buffer.from('Content-Length: 1000000000000\r\n\r\n{"jsonrpc":"2.0","method":"x","params":"'), hoverFrame(client, 'after-huge-length')]));
    await client.waitForOutput(/"id":"after-huge-length","result":null/, 'the hover after a 10^12-byte Content-Length', 5_000);
    assert.match(client.stderr, /skipping a message of 1000000000000 bytes, past the 67108864-byte limit/);
    await client.assertStillServing();
  });

  it('discards a real message past 64 MiB and answers the request that follows', async () => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'inmail/noSuchNotification', params: { pad: 'x'.repeat(64 * 1024 * 1024) } }));
    await client.writeRaw(Buffer.concat([client.frame(body), hoverFrame(client, 'after-64mib')]));
    await client.waitForOutput(/"id":"after-64mib","result":null/, 'the hover after a message past the limit', 20_000);
    assert.match(client.stderr, new RegExp(`skipped the ${body.length}-byte message`));
    await client.assertStillServing();
  });

  it('reads a 40 MB message and answers the request that follows (timed in the bench)', async () => {
    const pad = 'x'.repeat(40_000_000);
    // Generous: the reader that re-joined its buffer on every chunk took 12 s here, the library's 0.3 s.
    await within(10_000, 'a 40 MB message and a hover', Promise.all([
      client.connection.sendNotification('inmail/noSuchNotification', { pad }),
      client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///virtual/never.inmail' }, position: { line: 0, character: 0 } }),
    ]));
    await client.assertStillServing();
  });

  it('lints a burst of 1,000 edits in one write once, on the final text', async () => {
    const uri = 'file:///virtual/burst.inmail';
    const mirror = TextDocument.create(uri, 'inmail', 1, `Subject: ${GOOD_SUBJECT}\n\nHi Ana,\n\n`);
    await client.open(uri, mirror.getText());
    await client.waitFor(() => client.diagnostics.get(uri)?.version === 1, 'diagnostics for the opened draft');
    const before = client.publishCounts.get(uri)!;
    const typed = 'We cut ramp-up by a third at Northwind [Company]. Coffee? ';
    const frames: Buffer[] = [];
    for (let i = 0; i < 1_000; i++) {
      const end = mirror.positionAt(mirror.getText().length);
      const change: TextDocumentContentChangeEvent = { range: { start: end, end }, text: typed[i % typed.length] };
      TextDocument.update(mirror, [change], mirror.version + 1);
      frames.push(notification(client, 'textDocument/didChange', { textDocument: { uri, version: mirror.version }, contentChanges: [change] }));
    }
    await client.writeRaw(Buffer.concat(frames));
    await client.waitFor(() => client.diagnostics.get(uri)?.version === mirror.version, `diagnostics for version ${mirror.version}`);
    const published = client.publishCounts.get(uri)! - before;
    assert.ok(published <= 2, `the burst was linted and published ${published} times`);
    const expected = lint(mirror.getText()).problems.map((p) => `${p.ruleId}@${p.start}-${p.end}`).sort();
    const got = client.diagnostics.get(uri)!.diagnostics.map((d) => `${d.code}@${mirror.offsetAt(d.range.start)}-${mirror.offsetAt(d.range.end)}`).sort();
    assert.deepEqual(got, expected, 'the diagnostics are those of the final text');
    assert.ok(expected.length > 0, 'the final text has problems to compare');
    await client.assertStillServing();
  });

  it('follows a config change in a batch that also holds URIs that are no files', async () => {
    const dir = tempDir('inmail-watch-');
    const config = join(dir, '.inmailrc.json');
    writeFileSync(config, '{ "rules": { "generic-subject": "off" } }\n');
    const uri = pathToFileURL(join(dir, 'draft.inmail')).toString();
    await client.open(uri, GENERIC);
    const first = await client.waitForDiagnostics(uri, () => true);
    assert.ok(!first.some((d) => d.code === 'generic-subject'), 'the config turned generic-subject off');
    writeFileSync(config, '{ "rules": { "generic-subject": "error" } }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: 'untitled:x.inmailrc.json', type: 2 },
        { uri: '%%% not a uri .inmailrc.json', type: 2 },
        { uri: 'file://elsewhere/x/.inmailrc.json', type: 2 },
        { uri: 'file:///a%2Fb/.inmailrc.json', type: 2 },
        { uri: 42, type: 2 },
        null,
        { uri: pathToFileURL(config).toString(), type: 2 },
      ],
    });
    const after = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'generic-subject'), 'generic-subject back after the config change');
    assert.equal(after.find((d) => d.code === 'generic-subject')!.severity, 1);
    await client.assertStillServing();
  });
});

describe('language server with a debounce (initializationOptions.debounceMs)', () => {
  it('publishes a burst of edits sent one by one once the debounce has passed, for the final text', async () => {
    const client = new SurvivalClient();
    try {
      await client.initialize({}, { debounceMs: 200 });
      const uri = 'file:///virtual/debounced.inmail';
      await client.open(uri, `Subject: ${GOOD_SUBJECT}\n\nHi Ana`);
      await client.waitFor(() => client.diagnostics.get(uri)?.version === 1, 'diagnostics for the opened draft');
      const before = client.publishCounts.get(uri)!;
      for (let version = 2; version <= 21; version++) {
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } }, text: '!' }] });
      }
      await client.waitFor(() => client.diagnostics.get(uri)?.version === 21 && client.stats.get(uri)?.version === 21, 'diagnostics and stats for version 21');
      // Edits sent back to back arrive well inside 200 ms of each other; one stall of the machine may split them once.
      assert.ok(client.publishCounts.get(uri)! - before <= 2, `${client.publishCounts.get(uri)! - before} publishes`);
      assert.equal(client.stats.get(uri)?.messages[0].bodyLength, 'Hi Ana'.length + 20);
      await client.assertStillServing();
    } finally {
      await client.stop();
    }
  });
});

describe('language server over IPC (the transport VS Code uses)', () => {
  it('lives through $/cancelRequest without an id and answers the hover after it', async () => {
    const server = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    server.stderr!.on('data', (d) => (stderr += d));
    try {
      const answered = new Promise<unknown>((resolve, reject) => {
        server.on('message', (m: { id?: number; result?: unknown }) => m.id === 2 && resolve(m.result));
        server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr.slice(-600)}`)));
      });
      const uri = 'file:///virtual/ipc.inmail';
      for (const message of [
        { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
        { method: '$/cancelRequest', params: {} },
        { method: '$/cancelRequest', params: null },
        { method: 'initialized', params: {} },
        { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'inmail', version: 1, text: GENERIC } } },
        { id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 3 } } },
      ]) server.send({ jsonrpc: '2.0', ...message });
      const hover = (await within(10_000, 'the hover over IPC', answered)) as Hover;
      assert.match(JSON.stringify(hover.contents), /Subject\*\* · 13\/200 characters/);
      assert.match(stderr, /dropped a message "\$\/cancelRequest" the connection could not take/);
    } finally {
      server.kill();
    }
  });
});
