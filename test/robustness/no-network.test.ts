/**
 * "Everything runs locally. InMail makes no network requests" (README): a full CLI run and a full
 * server session under a preload that records and blocks every way out (sockets, TLS, UDP, HTTP(S),
 * HTTP/2, DNS, fetch). The log must show the guard loaded in each process and no attempt at all.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo';
import { tempDir } from '../helpers/temp-dir';

const ROOT = repoRoot();
const PRELOAD = join(__dirname, '..', 'helpers', 'no-network-preload.js');
const CLI = join(ROOT, 'dist', 'cli.js');

interface LogEntry {
  event: 'guard-installed' | 'attempt';
  api?: string;
  target?: string;
  pid: number;
  script: string;
}

function newLog(): string {
  return join(tempDir('inmail-net-'), 'net.log');
}

function readLog(path: string): LogEntry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogEntry);
}

function guardedEnv(log: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(PRELOAD)}`.trim(),
    INMAIL_NET_LOG: log,
    NO_COLOR: '1',
  };
}

function runGuarded(args: string[], log: string, cwd = ROOT) {
  return spawnSync(process.execPath, args, { cwd, env: guardedEnv(log), encoding: 'utf8', timeout: 60_000 });
}

function attempts(entries: LogEntry[]): string[] {
  return entries.filter((e) => e.event === 'attempt').map((e) => `${e.api} ${e.target} (pid ${e.pid}, ${e.script})`);
}

describe('no network access', function () {
  this.timeout(60_000);

  before(() => {
    assert.ok(existsSync(PRELOAD), `the preload is built: ${PRELOAD}`);
  });

  it('control: the preload records and blocks every kind of attempt', () => {
    const log = newLog();
    const script = `
      const tries = {
        fetch: () => fetch('http://127.0.0.1:9/'),
        'net.connect': () => require('net').connect(9, '127.0.0.1'),
        'net.createConnection': () => require('net').createConnection({ port: 9 }),
        'net.Socket.prototype.connect': () => new (require('net').Socket)().connect({ path: '/tmp/inmail-no-such.sock' }),
        'tls.connect': () => require('tls').connect(443, 'example.com'),
        'dgram.createSocket': () => require('dgram').createSocket('udp4'),
        'http.request': () => require('http').request('http://example.com/'),
        'http.get': () => require('http').get('http://example.com/'),
        'https.request': () => require('https').request('https://example.com/'),
        'https.get': () => require('node:https').get({ host: 'example.com', port: 443 }),
        'http2.connect': () => require('http2').connect('https://example.com'),
        'dns.lookup': () => require('dns').lookup('example.com', () => {}),
        'dns.promises.lookup': () => require('dns').promises.lookup('example.com'),
      };
      const blocked = [];
      for (const [name, attempt] of Object.entries(tries)) {
        try { attempt(); } catch (e) { if (/no-network guard/.test(e.message)) blocked.push(name); }
      }
      console.log(JSON.stringify(blocked));
    `;
    const r = runGuarded(['-e', script], log);
    assert.equal(r.status, 0, r.stderr);
    const expected = ['fetch', 'net.connect', 'net.createConnection', 'net.Socket.prototype.connect', 'tls.connect', 'dgram.createSocket', 'http.request', 'http.get', 'https.request', 'https.get', 'http2.connect', 'dns.lookup', 'dns.promises.lookup'];
    assert.deepEqual(JSON.parse(r.stdout), expected, 'each attempt threw the guard error');
    const entries = readLog(log);
    assert.ok(entries.some((e) => e.event === 'guard-installed'), 'the guard says it loaded');
    assert.deepEqual(entries.filter((e) => e.event === 'attempt').map((e) => e.api), expected, 'each attempt is in the log');
  });

  it('the CLI opens no socket linting examples/ (stylish, JSON and --fix on a copy)', () => {
    const log = newLog();
    const stylish = runGuarded([CLI, 'examples'], log);
    assert.equal(stylish.status, 1, `the bad examples have errors: ${stylish.stderr}`);
    assert.match(stylish.stdout, /✖ \d+ problems/);

    const json = runGuarded([CLI, '--format', 'json', 'examples/good', 'examples/bad'], log);
    assert.equal(json.status, 1, json.stderr);
    assert.ok((JSON.parse(json.stdout) as unknown[]).length >= 20, 'one result per example');

    const copy = tempDir('inmail-net-fix-');
    cpSync(join(ROOT, 'examples'), copy, { recursive: true });
    const fixed = runGuarded([CLI, '--fix', '--format', 'json', '.'], log, copy);
    assert.ok(fixed.status === 0 || fixed.status === 1, fixed.stderr);
    assert.ok((JSON.parse(fixed.stdout) as { fixed?: boolean }[]).some((r) => r.fixed), '--fix fixed something');

    const entries = readLog(log);
    assert.equal(entries.filter((e) => e.event === 'guard-installed').length, 3, 'the guard was active in all three runs');
    assert.deepEqual(attempts(entries), [], 'no network attempt');
  });

  it('the language server opens no socket during a full session', async () => {
    const log = newLog();
    // TestLspClient spawns with this process's environment; lend it the guard for the spawn only.
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, INMAIL_NET_LOG: process.env.INMAIL_NET_LOG };
    let client: TestLspClient;
    try {
      Object.assign(process.env, { NODE_OPTIONS: guardedEnv(log).NODE_OPTIONS, INMAIL_NET_LOG: log });
      client = new TestLspClient();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    try {
      client.settings = {};
      const examples = pathToFileURL(join(ROOT, 'examples')).toString();
      await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: examples,
        workspaceFolders: [{ uri: examples, name: 'examples' }],
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      });
      await client.connection.sendNotification('initialized', {});
      const path = join(ROOT, 'examples', 'bad', 'header-typos.inmail');
      const uri = pathToFileURL(path).toString();
      const text = readFileSync(path, 'utf8');
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-header'));
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: 'Re: ' }],
      });
      await client.waitFor(() => client.diagnostics.get(uri)?.version === 2, 'diagnostics for version 2');
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } },
        context: { diagnostics: client.diagnostics.get(uri)!.diagnostics },
      });
      assert.ok(actions.length > 0, 'quick fixes offered');
      const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      assert.ok(hover, 'hover answered');
      await client.connection.sendRequest('inmail/getCreditBreakdown');
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    } finally {
      await client.shutdown();
    }
    const entries = readLog(log);
    assert.ok(entries.some((e) => e.event === 'guard-installed' && e.pid === client.process.pid), 'the guard was active in the server');
    assert.deepEqual(attempts(entries), [], 'no network attempt');
  });
});
