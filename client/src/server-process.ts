/**
 * The Node server (dist/server.js) in a child process, in the shape of a web worker, so that the desktop
 * extension host runs the same language client as a browser (browser-client.ts). Messages go over Node's IPC
 * channel as objects, as the server's `--node-ipc` transport reads and writes them. A process is started on
 * the first message, and again on the first after an `exit` (a restart); one that ends unasked is a crash.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { ServerWorker } from './browser-client';

/** As long as vscode-languageclient gives a stopped server to exit on its own before it kills it. */
const EXIT_GRACE_MS = 2_000;

export class ServerProcess implements ServerWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  private child: ChildProcess | undefined;
  private readonly errorListeners: ((event: unknown) => void)[] = [];
  private crashed: (() => void) | undefined;
  private log: (text: string) => void = () => undefined;

  constructor(
    private readonly module: string,
    private readonly execArgv: readonly string[],
  ) {}

  postMessage(message: unknown): void {
    const child = (this.child ??= this.start());
    child.send(message as object);
    // Asked to exit: the process is left to end (killed if it lingers); the next message starts a new one.
    if ((message as { method?: unknown }).method === 'exit') this.release(child);
  }

  addEventListener(_type: 'error', listener: (event: unknown) => void): void {
    this.errorListeners.push(listener);
  }

  onUnexpectedExit(listener: () => void): void {
    this.crashed = listener;
  }

  logTo(append: (text: string) => void): void {
    this.log = append;
  }

  terminate(): void {
    if (this.child) this.release(this.child);
  }

  private start(): ChildProcess {
    const child = fork(this.module, ['--node-ipc', `--clientProcessId=${process.pid}`], {
      execArgv: [...this.execArgv],
      // In desktop VS Code process.execPath is Electron: this makes it run the script as Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.on('message', (data) => this.onmessage?.({ data }));
    child.stderr?.on('data', (chunk: Buffer) => this.log(chunk.toString()));
    child.on('error', (error) => {
      for (const listener of this.errorListeners) listener(error);
    });
    child.on('exit', () => {
      if (this.child !== child) return;
      this.child = undefined;
      this.crashed?.();
    });
    return child;
  }

  private release(child: ChildProcess): void {
    if (this.child === child) this.child = undefined;
    const timer = setTimeout(() => child.kill(), EXIT_GRACE_MS);
    child.once('exit', () => clearTimeout(timer));
    if (child.exitCode !== null || child.signalCode !== null) clearTimeout(timer);
  }
}
