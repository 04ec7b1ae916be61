/**
 * Runs work once the connection has handled the messages already read. vscode-jsonrpc hands its queued
 * messages to their handlers one per turn of the event loop (setImmediate), so a lint set for the next
 * turn ran between two edits of the same burst: 1,000 edits in one write were linted 1,000 times. Here a
 * task waits one turn, then as many more as the connection keeps dispatching (the gate counts them),
 * and runs on the first turn that saw none: after the last edit of the burst, on its text.
 */

/** The next turn of the event loop: Node's setImmediate, or a zero timeout in a browser's worker, which has none. */
type Handle = ReturnType<typeof setTimeout>;
const hasImmediate = typeof setImmediate === 'function';
export const nextTurn = (callback: () => void): Handle => (hasImmediate ? (setImmediate(callback) as unknown as Handle) : setTimeout(callback, 0));
const cancelTurn = (handle: Handle) => (hasImmediate ? clearImmediate(handle as unknown as NodeJS.Immediate) : clearTimeout(handle));

/** Under a queue that never empties, work still runs this often. */
const MAX_WAIT_MS = 100;

interface Pending {
  since: number;
  handle?: Handle;
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
    // Each turn compares with the count when it was set: messages dispatched in between mean a burst goes on.
    const checkNextTurn = () => {
      const seen = this.dispatched();
      entry.handle = nextTurn(() => check(seen));
    };
    const check = (seen: number) => {
      if (this.dispatched() !== seen && performance.now() - entry.since < MAX_WAIT_MS) {
        checkNextTurn();
        return;
      }
      this.pending.delete(key);
      task();
    };
    // The first turn always passes: the connection sets its next dispatch after the handler that called this.
    const start = () => {
      if (entry.timer) entry.since = performance.now();
      entry.timer = false;
      entry.handle = nextTurn(checkNextTurn);
    };
    const delay = this.debounceMs();
    if (delay > 0) {
      entry.timer = true;
      entry.handle = setTimeout(start, delay);
    } else start();
  }

  private clear(entry: Pending): void {
    if (entry.handle === undefined) return;
    if (entry.timer) clearTimeout(entry.handle);
    else cancelTurn(entry.handle);
  }
}
