/**
 * The browser build's server speaks JSON-RPC of its own (lsp/json-rpc.browser.ts) where the Node server uses
 * vscode-jsonrpc, under the same LSP connection (lsp/connection.ts): the same conversation, held with both,
 * gets the same answers, errors included.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { TestLspClient } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo';
import { startWorkerSandbox, type WorkerMessage, type WorkerSandbox } from '../helpers/worker-sandbox';

const URI = 'untitled:parity.inmail';
const DRAFT = 'Subject: Quick question\nTo: Dana Reyes\nCompany: Acme\n\nHi there,\n\nI saw your KubeCon talk on canary releases. We help companies like yours grow. [Name]\n';
const SETTINGS = { rules: { 'generic-subject': 'error' } };
const CAPABILITIES = { workspace: { configuration: true }, textDocument: { diagnostic: {} } };
const OPTIONS = { ruleDocsUri: 'https://example.invalid/docs/rules' };

interface Peer {
  request(method: string, params?: unknown): Promise<unknown>;
  notify(method: string, params?: unknown): Promise<void>;
  registered(): string[];
  close(): Promise<void>;
}

function nodePeer(): Peer {
  const client = new TestLspClient();
  client.settings = SETTINGS;
  return {
    request: (method, params) => client.connection.sendRequest(method, params).then((r) => r, (e: { code?: number }) => ({ error: e.code })),
    notify: (method, params) => client.connection.sendNotification(method, params),
    registered: () => client.registrations.map((r) => r.method),
    close: () => client.shutdown(),
  };
}

function webPeer(): Peer {
  const sandbox: WorkerSandbox = startWorkerSandbox(join(repoRoot(), 'dist', 'web', 'server.js'));
  const registered: string[] = [];
  sandbox.answer('workspace/configuration', (p) => (p as unknown as { items: unknown[] }).items.map(() => SETTINGS));
  sandbox.answer('client/registerCapability', (p) => {
    registered.push(...(p as unknown as { registrations: { method: string }[] }).registrations.map((r) => r.method));
    return null;
  });
  sandbox.answer('inmail/findUp', () => null);
  let id = 100;
  return {
    request: async (method, params) => {
      const sent = ++id;
      const answer = sandbox.next((m) => m.id === sent && ('result' in m || 'error' in m), `the answer to ${method}`);
      sandbox.send({ jsonrpc: '2.0', id: sent, method, params: params as WorkerMessage['params'] });
      const m = (await answer) as WorkerMessage & { error?: { code: number } };
      // Out of the sandbox's realm, so deepEqual compares values only.
      return m.error ? { error: m.error.code } : JSON.parse(JSON.stringify(m.result ?? null));
    },
    notify: async (method, params) => sandbox.send({ jsonrpc: '2.0', method, params: params as WorkerMessage['params'] }),
    registered: () => registered,
    close: async () => undefined,
  };
}

async function converse(peer: Peer): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  answers.initialize = await peer.request('initialize', { processId: null, rootUri: null, capabilities: CAPABILITIES, initializationOptions: OPTIONS });
  await peer.notify('initialized', {});
  await peer.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'inmail', version: 1, text: DRAFT } });
  await peer.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } }, text: 'Hello' }] });
  const doc = { textDocument: { uri: URI } };
  const diagnostics = (await peer.request('textDocument/diagnostic', doc)) as { items: { range: unknown; code: string }[] };
  answers.diagnostics = diagnostics;
  const generic = diagnostics.items.find((d) => d.code === 'generic-subject');
  answers.codeActions = await peer.request('textDocument/codeAction', { ...doc, range: generic?.range, context: { diagnostics: generic ? [generic] : [] } });
  answers.hover = await peer.request('textDocument/hover', { ...doc, position: { line: 0, character: 2 } });
  answers.symbols = await peer.request('textDocument/documentSymbol', doc);
  answers.completion = await peer.request('textDocument/completion', { ...doc, position: { line: 2, character: 0 } });
  answers.stats = await peer.request('inmail/getDocumentStats', { uri: URI });
  answers.unknown = await peer.request('inmail/noSuchRequest', {});
  answers.secondInitialize = await peer.request('initialize', { processId: null, rootUri: null, capabilities: {} });
  // The gate drops an edit it cannot apply; the document and the connection carry on.
  await peer.notify('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ range: { start: { line: -1 } }, text: 'x' }] });
  answers.afterBadEdit = await peer.request('textDocument/hover', { ...doc, position: { line: 0, character: 2 } });
  answers.registered = peer.registered();
  answers.shutdown = await peer.request('shutdown');
  await peer.close();
  return answers;
}

describe('web server connection', () => {
  it('logs a message that is no JSON-RPC object and serves on', async () => {
    const sandbox = startWorkerSandbox(join(repoRoot(), 'dist', 'web', 'server.js'));
    sandbox.send(42 as never);
    sandbox.send({ jsonrpc: '2.0', id: 7 } as never);
    const answer = sandbox.next((m) => m.id === 1 && 'result' in m, 'the initialize result');
    sandbox.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await answer;
    assert.equal(sandbox.errors.length, 2, sandbox.errors.join(' | '));
  });

  it('answers a whole conversation as the Node server does: initialize, pull diagnostics with settings, quick fixes, hover, symbols, completion, stats, errors, shutdown', async () => {
    const node = await converse(nodePeer());
    const web = await converse(webPeer());
    assert.ok(((node.diagnostics as { items: unknown[] }).items.length ?? 0) > 1, 'the draft has problems to compare');
    assert.ok(Array.isArray(node.codeActions) && node.codeActions.length > 0, 'and quick fixes');
    assert.deepEqual(node.registered, ['workspace/didChangeConfiguration']);
    for (const key of Object.keys(node)) assert.deepEqual(web[key], node[key], key);
  });
});
