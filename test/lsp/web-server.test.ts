/** The browser build's server (dist/web/server.js) as a web worker runs it: no Node built-in in reach, files through the client. */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { SKIPPED_DIRS } from '../../server/src/node/find-drafts';
import { SKIPPED_GLOB } from '../../server/src/lsp/client-files';
import { repoRoot } from '../helpers/repo';
import { servesWithoutNode, startWorkerSandbox, type WorkerSandbox } from '../helpers/worker-sandbox';

const WEB_SERVER = join(repoRoot(), 'dist', 'web', 'server.js');
const DRAFT = 'Subject: Exciting opportunity!\n\nHi there,\n\nWe help companies like yours grow. Would a 15-minute call next week work?\n';

function initialize(sandbox: WorkerSandbox, folders: string[]): Promise<unknown> {
  const answered = sandbox.next((m) => m.id === 1 && 'result' in m, 'the initialize result');
  sandbox.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {}, workspaceFolders: folders.map((uri) => ({ uri, name: 'ws' })) } });
  sandbox.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  return answered;
}

const severityOf = (m: { params?: { diagnostics?: { code?: unknown; severity?: number }[] } }, code: string) => m.params?.diagnostics?.find((d) => d.code === code)?.severity;

describe('web server bundle', () => {
  it('loads and lints in a worker-like context that has no require, process or Buffer', async () => {
    const result = await servesWithoutNode(WEB_SERVER);
    assert.ok(result.ok, result.detail);
  });

  it('the sandbox tells: the Node server bundle fails in it', async () => {
    const result = await servesWithoutNode(join(repoRoot(), 'dist', 'server-main.js'), 2_000);
    assert.equal(result.ok, false);
    assert.match(result.detail, /require is not defined/);
  });

  it('reads the nearest .inmailrc.json through the client, and again after it changes', async () => {
    const sandbox = startWorkerSandbox(WEB_SERVER);
    let severity = 'error';
    const asked: string[] = [];
    sandbox.answer('inmail/findFiles', () => []);
    sandbox.answer('inmail/findUp', (p) => {
      asked.push(String(p?.uri));
      return 'memfs:/ws/.inmailrc.json';
    });
    sandbox.answer('inmail/readTextFile', (p) => (p?.uri === 'memfs:/ws/.inmailrc.json' ? { text: JSON.stringify({ rules: { 'generic-subject': severity } }) } : { error: 'no such file' }));
    await initialize(sandbox, ['memfs:/ws']);
    const first = sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === 'memfs:/ws/drafts/a.inmail', 'diagnostics for the draft');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'memfs:/ws/drafts/a.inmail', languageId: 'inmail', version: 1, text: DRAFT } } });
    assert.equal(severityOf(await first, 'generic-subject'), 1, 'an error, as the config read through the client says');
    assert.deepEqual(asked, ['memfs:/ws/drafts/a.inmail']);
    severity = 'off';
    const second = sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === 'memfs:/ws/drafts/a.inmail', 'diagnostics after the config changed');
    sandbox.send({ jsonrpc: '2.0', method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: 'memfs:/ws/.inmailrc.json', type: 2 }] } });
    assert.equal(severityOf(await second, 'generic-subject'), undefined, 'off once the changed config is read again');
  });

  it('counts the workspace drafts the client finds for the credit estimate', async () => {
    const sandbox = startWorkerSandbox(WEB_SERVER);
    const files: Record<string, string> = {
      'memfs:/ws/a.inmail': 'Subject: Your talk on payments\n\nHi Ana,\n\nWould a call work?\n',
      'memfs:/ws/b.inmail': 'Status: sent\nSubject: Your talk on payments\n\nHi Bo,\n\nWould a call work?\n',
    };
    sandbox.answer('inmail/findFiles', (p) => (p?.folderUri === 'memfs:/ws' ? Object.keys(files) : []));
    sandbox.answer('inmail/findUp', () => null);
    sandbox.answer('inmail/readTextFile', (p) => ({ text: files[String(p?.uri)] }));
    const estimate = sandbox.next((m) => m.method === 'inmail/creditEstimate', 'the credit estimate');
    await initialize(sandbox, ['memfs:/ws']);
    const params = (await estimate).params as { scanned: number; estimate: { needed: number } };
    assert.equal(params.scanned, 2);
    assert.equal(params.estimate.needed, 1, 'the sent draft costs nothing');
  });

  it('keeps an open editor\'s text over the file the scan was reading meanwhile', async () => {
    const sandbox = startWorkerSandbox(WEB_SERVER);
    const uri = 'memfs:/ws/a.inmail';
    let readAsked!: () => void;
    const reading = new Promise<void>((resolve) => (readAsked = resolve));
    let finishRead!: () => void;
    const read = new Promise<void>((resolve) => (finishRead = resolve));
    sandbox.answer('inmail/findFiles', () => [uri]);
    sandbox.answer('inmail/findUp', () => null);
    sandbox.answer('inmail/readTextFile', async () => {
      readAsked();
      await read;
      return { text: 'Subject: Your talk on payments\n\nHi Ana,\n\nWould a call work?\n' };
    });
    const estimate = sandbox.next((m) => m.method === 'inmail/creditEstimate', 'the credit estimate');
    await initialize(sandbox, ['memfs:/ws']);
    await reading;
    // The writer marks it sent in the editor while the scan still reads the unsent file.
    const linted = sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri, 'diagnostics for the open draft');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'inmail', version: 1, text: 'Status: sent\nSubject: Your talk on payments\n\nHi Ana,\n\nWould a call work?\n' } } });
    await linted;
    finishRead();
    const params = (await estimate).params as { scanned: number; estimate: { needed: number } };
    assert.equal(params.scanned, 1);
    assert.equal(params.estimate.needed, 0, 'the editor\'s sent draft, not the file read before it, is counted');
  });

  it('skips in its file search the folders the disk walk skips', () => {
    for (const dir of SKIPPED_DIRS) assert.ok(SKIPPED_GLOB.includes(`**/${dir}/**`), `${dir} is skipped`);
    assert.ok(SKIPPED_GLOB.includes('**/.*/**'), 'hidden folders are skipped');
  });
});
