/**
 * The servers' mail-merge code is a file of its own (dist/merge.js, for both; scripts/merge-chunk.mjs):
 * loaded the first time a draft has recipients, never for one without, and the same findings once loaded.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo';
import { startWorkerSandbox, type WorkerMessage } from '../helpers/worker-sandbox';
import { tempDir } from '../helpers/temp-dir';

const DIST = join(repoRoot(), 'dist');
const PLAIN = 'Subject: Your talk on payments\n\nHi Ana,\n\nI liked your talk on payments. Would a short call next week work?\n';
const TEMPLATE = 'Recipients: leads.csv\nSubject: Your post on {{recent_post}}\n\nHi {{frist_name}},\n\nI read your post on {{recent_post}}. Would a 15-minute call next Tuesday be useful?\n';
const CSV = 'first_name,recent_post\nDana,remote onboarding for dispatch teams across three continents and two acquisitions\nBo,on-call rotations\n';
// Papa Parse's own words, which no other code of ours has.
const PAPA_PARSE = 'UndetectableDelimiter';
// jsonc-parser's, which reads a .inmailrc.json.
const JSONC_PARSER = 'InvalidCommentToken';

const codes = (diagnostics: readonly { code?: unknown }[] | undefined) => (diagnostics ?? []).map((d) => d.code);

describe('mail-merge code loaded on first need', () => {
  it('is in its own files, not in the server bundles', () => {
    for (const server of ['server-main.js', join('web', 'server.js')]) {
      const text = readFileSync(join(DIST, server), 'utf8');
      assert.ok(!text.includes(PAPA_PARSE), `${server} carries no CSV parser`);
      assert.ok(!text.includes(JSONC_PARSER), `${server} carries no config-file parser`);
    }
    const chunk = readFileSync(join(DIST, 'merge.js'), 'utf8');
    assert.ok(chunk.includes(PAPA_PARSE) && chunk.includes(JSONC_PARSER), 'merge.js carries both');
  });

  it('the web server asks its client for it only when a draft has recipients, once', async () => {
    const sandbox = startWorkerSandbox(join(DIST, 'web', 'server.js'));
    const files: Record<string, string> = { 'memfs:/ws/leads.csv': CSV };
    sandbox.answer('inmail/findFiles', () => []);
    sandbox.answer('inmail/findUp', () => null);
    sandbox.answer('inmail/readTextFile', (p) => (String(p?.uri) in files ? { text: files[String(p?.uri)] } : { error: 'FileNotFound' }));
    const published = (uri: string, match: (m: WorkerMessage) => boolean, what: string) => sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && match(m), what);
    sandbox.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {}, workspaceFolders: [{ uri: 'memfs:/ws', name: 'ws' }] } });
    sandbox.send({ jsonrpc: '2.0', method: 'initialized', params: {} });

    // A draft with a {{field}} but no CSV beside it is no mail merge either.
    const plain = published('memfs:/ws/plain.inmail', () => true, 'diagnostics on a draft without recipients');
    const noList = published('memfs:/ws/no-list.inmail', () => true, 'diagnostics on a draft with a field and no CSV');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'memfs:/ws/plain.inmail', languageId: 'inmail', version: 1, text: PLAIN } } });
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'memfs:/ws/no-list.inmail', languageId: 'inmail', version: 1, text: PLAIN.replace('Ana', '{{first_name}}') } } });
    await Promise.all([plain, noList]);
    assert.ok(!sandbox.dataAsked.includes('merge.js'), JSON.stringify(sandbox.dataAsked));

    const fields = published('memfs:/ws/q4.inmail', (m) => codes(m.params?.diagnostics).includes('unknown-merge-field'), 'the CSV\'s rules on the template');
    const recipients = published('memfs:/ws/q4.inmail', (m) => codes(m.params?.diagnostics).includes('subject-word-count'), 'every recipient\'s lint');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'memfs:/ws/q4.inmail', languageId: 'inmail', version: 1, text: TEMPLATE } } });
    await fields;
    const merged = (await recipients).params!.diagnostics as unknown as Diagnostic[];
    assert.match(String(merged.find((d) => d.code === 'subject-word-count')!.message), /for 1 of 2 recipients: Dana/);
    assert.deepEqual(sandbox.dataAsked.filter((file) => file === 'merge.js'), ['merge.js']);
    assert.deepEqual(sandbox.errors, []);
  });

  it('the Node server starts and lints without it, and reads it from beside the bundle once a draft has recipients', async () => {
    const dist = tempDir('inmail-dist-');
    // The launcher, the server's own bundle and its core (the web server's bundle), with their code caches.
    mkdirSync(join(dist, 'web'));
    for (const file of ['server.js', 'server-main.js', 'server-main.js.cache', 'server-core.cache', join('web', 'server.js')]) copyFileSync(join(DIST, file), join(dist, file));
    cpSync(join(DIST, 'data'), join(dist, 'data'), { recursive: true });
    const drafts = tempDir('inmail-merge-chunk-');
    writeFileSync(join(drafts, 'leads.csv'), CSV);
    const client = new TestLspClient(['--stdio'], join(dist, 'server.js'));
    try {
      await client.initialize();
      const plain = pathToFileURL(join(drafts, 'plain.inmail')).toString();
      await client.open(plain, PLAIN);
      await client.waitForDiagnostics(plain, () => true);
      // Only now is the chunk there to read: the server has not needed it so far.
      copyFileSync(join(DIST, 'merge.js'), join(dist, 'merge.js'));
      const template = pathToFileURL(join(drafts, 'q4.inmail')).toString();
      await client.open(template, TEMPLATE);
      await client.waitForDiagnostics(template, (d) => codes(d).includes('unknown-merge-field') && codes(d).includes('subject-word-count'), 'the CSV\'s and the recipients\' diagnostics');
      assert.doesNotMatch(client.stderr, /merge|error/i);
    } finally {
      await client.shutdown();
    }
  });
});
