/** A real LSP client over the built server's stdio: spawns `node dist/server.js --stdio` and speaks JSON-RPC. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CreditEstimateParams, DocumentStatsParams } from '../../server/src/protocol';

export const SERVER_PATH = join(__dirname, '..', '..', '..', 'dist', 'server.js');

type Listener<T> = (value: T) => boolean;

export class TestLspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly stats = new Map<string, DocumentStatsParams>();
  credits: CreditEstimateParams | undefined;
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: { id: string; method: string }[] = [];
  stderr = '';
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  /** Answers the server's workspace/configuration requests. */
  settings: unknown = null;

  /** `asExecutable` runs the file itself, as `inmail-language-server` does, so its shebang's flags apply. */
  constructor(args: string[] = ['--stdio'], serverPath = SERVER_PATH, asExecutable = false) {
    this.process = asExecutable ? spawn(serverPath, args, { stdio: ['pipe', 'pipe', 'pipe'] }) : spawn(process.execPath, [serverPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
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

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) await new Promise((r) => this.process.once('exit', r));
    }
  }
}
