/**
 * Runs work once the connection has handled the messages already read. vscode-jsonrpc hands its queued
 * messages to their handlers one per turn of the event loop (setImmediate), so a lint set for the next
 * turn ran between two edits of the same burst: 1,000 edits in one write were linted 1,000 times. Here a
 * task waits one turn, then as many more as the connection keeps dispatching (the gate counts them),
 * and runs on the first turn that saw none: after the last edit of the burst, on its text.
 */
import { performance } from 'node:perf_hooks';

/** Under a queue that never empties, work still runs this often. */
const MAX_WAIT_MS = 100;

interface Pending {
  since: number;
  handle?: NodeJS.Immediate | NodeJS.Timeout;
  timer: boolean;
}

export class AfterQueue {
  private readonly pending = new Map<string, Pending>();

  /** `dispatched` counts messages handed to handlers; `debounceMs` is read at each schedule. */
  constructor(
    private readonly dispatched: () => number,
    private readonly debounceMs: () => number,
  ) {}

  /** Runs `task` once for `key`: a later call for the same key before it runs replaces it. */
  schedule(key: string, task: () => void): void {
    const previous = this.pending.get(key);
    if (previous) this.clear(previous);
    const entry: Pending = { since: previous?.since ?? performance.now(), timer: false };
    this.pending.set(key, entry);
    const check = (seen: number) => {
      if (this.dispatched() !== seen && performance.now() - entry.since < MAX_WAIT_MS) {
        entry.handle = setImmediate(check, this.dispatched());
        return;
      }
      this.pending.delete(key);
      task();
    };
    // The first turn always passes: the connection sets its next dispatch after the handler that called this.
    const start = () => {
      if (entry.timer) entry.since = performance.now();
      entry.timer = false;
      entry.handle = setImmediate(() => (entry.handle = setImmediate(check, this.dispatched())));
    };
    const delay = this.debounceMs();
    if (delay > 0) {
      entry.timer = true;
      entry.handle = setTimeout(start, delay);
    } else start();
  }

  private clear(entry: Pending): void {
    if (entry.timer) clearTimeout(entry.handle as NodeJS.Timeout);
    else clearImmediate(entry.handle as NodeJS.Immediate);
  }
}
