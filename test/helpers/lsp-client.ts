/** A real LSP client over the built server's stdio: spawns `node dist/server.js --stdio` and speaks JSON-RPC. */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { CreditEstimateParams, DocumentStatsParams } from '../../server/src/protocol';

export const SERVER_PATH = join(__dirname, '..', '..', '..', 'dist', 'server.js');

type Listener<T> = (value: T) => boolean;

export class TestLspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published per document. */
  readonly publishCounts = new Map<string, number>();
  readonly stats = new Map<string, DocumentStatsParams>();
  credits: CreditEstimateParams | undefined;
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: { id: string; method: string }[] = [];
  stderr = '';
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  /** Answers the server's workspace/configuration requests. */
  settings: unknown = null;

  /** `asExecutable` runs the file itself, as `inmail-language-server` does, so its shebang's flags apply. */
  constructor(args: string[] = ['--stdio'], serverPath = SERVER_PATH, asExecutable = false, env: NodeJS.ProcessEnv = process.env) {
    const options = { stdio: ['pipe', 'pipe', 'pipe'] as ('pipe')[], env };
    this.process = asExecutable ? spawn(serverPath, args, options) : spawn(process.execPath, [serverPath, ...args], options);
    this.process.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publishCounts.set(p.uri, (this.publishCounts.get(p.uri) ?? 0) + 1);
      this.poke();
    });
    this.connection.onNotification('inmail/documentStats', (p: DocumentStatsParams) => {
      this.stats.set(p.uri, p);
      this.poke();
    });
    this.connection.onNotification('inmail/creditEstimate', (p: CreditEstimateParams) => {
      this.credits = p;
      this.poke();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { id: string; method: string }[] }) => {
      this.registrations.push(...p.registrations);
      this.poke();
      return null;
    });
    this.connection.listen();
  }

  private poke(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves when `check` holds after some notification; rejects after `timeoutMs` with `what`. */
  waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async waitForDiagnostics(uri: string, predicate: Listener<Diagnostic[]>, what = 'diagnostics'): Promise<Diagnostic[]> {
    await this.waitFor(() => {
      const d = this.diagnostics.get(uri);
      return !!d && predicate(d.diagnostics);
    }, `${what} on ${uri}`);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  async initialize(capabilities: ClientCapabilities = {}, initializationOptions?: unknown, workspaceFolders: { uri: string; name: string }[] | null = null): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions, workspaceFolders });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'inmail', version, text } });
  }

  private closing: Promise<void> | undefined;

  /** Asks the server to shut down and exit, and waits for it; a second call waits for the same exit. */
  shutdown(): Promise<void> {
    return (this.closing ??= this.close());
  }

  private async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) await new Promise((r) => this.process.once('exit', r));
    }
  }
}

export const GOOD_SUBJECT = 'Your post on Rust';
const PROBE_TEXT = `Subject: ${GOOD_SUBJECT}\n\nHi Ana, loved your post on Rust. Coffee next week?`;

/** Rejects after `ms` with `what`, so a hung server fails the test instead of the suite. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A hostile client: the usual TestLspClient, plus raw bytes on the server's stdin and a count of read errors. */
export class SurvivalClient extends TestLspClient {
  readErrors: string[] = [];
  private probes = 0;
  /** What the server wrote (its first megabyte), for answers to requests sent as raw bytes. */
  rawOutput = '';
  private rawWaiters: (() => void)[] = [];

  constructor() {
    super();
    // If the server ever wrote anything but well-framed JSON-RPC to stdout, our reader would say so here.
    this.connection.onError(([error]) => this.readErrors.push(String(error)));
    this.process.stdout!.on('data', (chunk: Buffer) => {
      if (this.rawOutput.length < 1_000_000) this.rawOutput += chunk.toString('utf8');
      for (const wake of this.rawWaiters.splice(0)) wake();
    });
  }

  /** Resolves once the server's output matches `pattern`. */
  async waitForOutput(pattern: RegExp, what: string, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pattern.test(this.rawOutput)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; output so far: ${this.rawOutput.slice(-500)}`);
      await within(left, what, new Promise<void>((resolve) => this.rawWaiters.push(resolve))).catch(() => undefined);
    }
  }

  /** Writes bytes straight to the server's stdin; call only when no message is half-written. */
  writeRaw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.process.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  frame(body: string | Buffer, length = Buffer.byteLength(body)): Buffer {
    return Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), Buffer.from(body)]);
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  hover(uri: string, line: number, character: number, ms = 10_000): Promise<Hover | null> {
    return within(ms, `hover on ${uri}`, this.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } }));
  }

  /** The check after every scenario: the process runs, its output was never garbled, and it answers a hover. */
  async assertStillServing(): Promise<void> {
    assert.equal(this.process.exitCode, null, `server exited with ${this.process.exitCode}; stderr: ${this.stderr.slice(-800)}`);
    assert.equal(this.process.signalCode, null, `server killed by ${this.process.signalCode}`);
    const uri = `file:///virtual/probe-${++this.probes}.inmail`;
    await this.open(uri, PROBE_TEXT);
    const hover = await this.hover(uri, 0, 3);
    assert.ok(hover, 'hover on the probe subject answers');
    assert.match(JSON.stringify(hover.contents), new RegExp(`Subject\\*\\* · ${GOOD_SUBJECT.length}/200 characters`));
    assert.deepEqual(this.readErrors, [], 'the server only ever wrote well-framed JSON-RPC');
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    try {
      await within(3_000, 'shutdown', this.shutdown());
    } catch {
      this.process.kill('SIGKILL');
    }
  }
}

