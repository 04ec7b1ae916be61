/**
 * Fuzzing the server over real stdio: every method it handles, sent as a request and as a notification,
 * with params of every wrong type (null, arrays, numbers, strings of 100,000 characters, nested garbage,
 * near-valid shapes aimed at open documents), and frames mutated byte by byte. After each batch the same
 * process must still lint a draft: publish its diagnostics, answer a pull for them and a hover on it.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Hover } from 'vscode-languageserver-protocol';
import { SurvivalClient, within } from '../helpers/lsp-client';
import { itHolds } from '../helpers/property';

const METHODS = [
  'initialize',
  'initialized',
  'textDocument/didOpen',
  'textDocument/didChange',
  'textDocument/didClose',
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/documentSymbol',
  'textDocument/diagnostic',
  'workspace/didChangeConfiguration',
  'workspace/didChangeWatchedFiles',
  '$/cancelRequest',
  '$/setTrace',
  'shutdown',
  'inmail/getDocumentStats',
  'inmail/getCreditBreakdown',
  'inmail/connectionNoteEdit',
] as const;

/** Documents the fuzz aims at: one kept open by the test, one it may open itself, and URIs that are no files. */
const TARGET = 'file:///virtual/fuzz-target.inmail';
const URIS = [TARGET, 'file:///virtual/fuzz-other.inmail', 'untitled:Untitled-1', 'file://elsewhere/x.inmail', 'file:///virtual/.inmailrc.json', ''];
/** Every key a handled method reads, so garbage lands where handlers look. */
const KEYS = ['textDocument', 'uri', 'version', 'text', 'languageId', 'position', 'line', 'character', 'range', 'start', 'end', 'contentChanges', 'changes', 'type', 'context', 'diagnostics', 'only', 'settings', 'id', 'value', 'processId', 'capabilities', 'workspaceFolders', 'rootUri', 'initializationOptions', 'debounceMs', '__proto__', 'constructor'];
const DRAFT = "Subject: Let's connect\n\nHi Dana, I loved your post on remote onboarding. Open to a 15-minute call next Tuesday?\n";

const scalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, '', 'x'.repeat(100_000), '\u0000\uD800', ...URIS),
  fc.integer(),
  fc.double(),
  fc.string(),
);
const { garbage } = fc.letrec<{ garbage: unknown }>((tie) => ({
  garbage: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('garbage'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('garbage'), { maxKeys: 5 }),
  ),
}));
const position = fc.record({ line: garbage, character: garbage });
/** Shapes close to valid: a real document URI with one part wrong. */
const nearValid = fc.oneof(
  fc.record({ textDocument: fc.record({ uri: fc.constantFrom(...URIS), version: garbage, text: garbage, languageId: garbage }, { requiredKeys: ['uri'] }) }),
  fc.record({ textDocument: fc.record({ uri: fc.constantFrom(...URIS), version: fc.integer() }), contentChanges: fc.array(fc.record({ range: fc.oneof(garbage, fc.record({ start: position, end: position })), text: garbage }, { requiredKeys: [] }), { maxLength: 3 }) }),
  fc.record({ textDocument: fc.record({ uri: fc.constantFrom(...URIS) }), position: fc.oneof(garbage, position), range: garbage, context: garbage }, { requiredKeys: ['textDocument'] }),
  fc.record({ changes: fc.oneof(garbage, fc.array(fc.record({ uri: fc.oneof(fc.constantFrom(...URIS), garbage), type: garbage }), { maxLength: 4 })) }),
  fc.record({ uri: fc.oneof(fc.constantFrom(...URIS), garbage) }),
);
const params = fc.oneof(fc.constant(undefined), garbage, nearValid);
const message = fc.record({ method: fc.constantFrom(...METHODS), params, request: fc.boolean() });

describe('language server fuzzing over stdio', function () {
  this.timeout(60_000);
  let client: SurvivalClient | undefined;
  /** The last check failed: that server may be dead or deaf, and is replaced before the next run. */
  let checkFailed = false;
  let nextId = 0;
  let probes = 0;

  /** One server for all runs while it lives; a new one after a failure, so shrinking replays each candidate on a live server. */
  async function server(): Promise<SurvivalClient> {
    if (client && !checkFailed) return client;
    checkFailed = false;
    await client?.stop();
    client = new SurvivalClient();
    await client.initialize();
    await client.open(TARGET, DRAFT);
    return client;
  }
  after(async () => {
    await client?.stop();
  });

  /** The server still lints: a fresh draft gets its diagnostics pushed and pulled, and a hover. */
  async function assertServes(client: SurvivalClient, what: string): Promise<void> {
    checkFailed = true;
    assert.equal(client.process.exitCode, null, `server exited after ${what}; stderr: ${client.stderr.slice(-800)}`);
    const uri = `file:///virtual/fuzz-probe-${++probes}.inmail`;
    await client.open(uri, DRAFT);
    const flagged = () => !!client.diagnostics.get(uri)?.diagnostics.some((x) => x.code === 'generic-subject');
    await client.waitFor(flagged, `pushed diagnostics after ${what}`, 3_000);
    const [pulled, hover] = await within(3_000, `a pull and a hover after ${what}`, Promise.all([
      client.connection.sendRequest<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } }),
      client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }),
    ]));
    assert.ok(pulled.items.some((d) => d.code === 'generic-subject'), `pulled diagnostics after ${what}`);
    assert.match(JSON.stringify(hover?.contents), /Subject\*\* · 13\/200 characters/, `hover after ${what}`);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(client.readErrors, [], 'the server only ever wrote well-framed JSON-RPC');
    checkFailed = false;
  }

  function encode(client: SurvivalClient, m: { method: string; params: unknown; request: boolean }): Buffer {
    const body: Record<string, unknown> = { jsonrpc: '2.0', method: m.method };
    if (m.request) body.id = `fuzz-${++nextId}`;
    if (m.params !== undefined) body.params = m.params;
    return client.frame(JSON.stringify(body));
  }

  itHolds(
    'every handled method, with params of any shape, leaves the server linting',
    () =>
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 4 }), async (batch) => {
        const client = await server();
        await client.writeRaw(Buffer.concat(batch.map((m) => encode(client, m))));
        await assertServes(client, batch.map((m) => `${m.request ? 'request' : 'notification'} ${m.method}`).join(', '));
      }),
    { runs: 150, randomRuns: 40, timeoutMs: 40_000 },
  );

  itHolds(
    'a valid frame with bytes changed, cut or repeated leaves the server linting',
    () =>
      fc.asyncProperty(
        message,
        fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'cut', 'repeat', 'insert'), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
        async (m, edits) => {
          const client = await server();
          let bytes = encode(client, m);
          for (const { at, op, byte } of edits) {
            const i = at % bytes.length;
            if (op === 'set') bytes[i] = byte;
            else if (op === 'cut') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
            else if (op === 'repeat') bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i, i + 16), bytes.subarray(i)]);
            else bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]);
          }
          // A frame left without its header's end would swallow the probe as its header: end it, as a
          // client that goes on writing would.
          await client.writeRaw(Buffer.concat([bytes, Buffer.from('\r\n\r\n')]));
          await assertServes(client, `a mutated ${m.method} frame: ${JSON.stringify(bytes.toString('latin1').slice(0, 120))}`);
        },
      ),
    { runs: 150, randomRuns: 40, timeoutMs: 40_000 },
  );
});
