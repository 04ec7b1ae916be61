/**
 * JSON text computed once for a value that never changes and is sent again and again: a mail merge's
 * related information (its recipients' rows in the CSV), which every keystroke's diagnostics carry.
 * The stdio writer (frame-writer.ts) splices that text into the message instead of encoding the value
 * again; every other writer (IPC, sockets) calls JSON.stringify as before and gets the value itself. The
 * bytes are the same either way.
 *
 * How: the value's own toJSON hands JSON.stringify a placeholder string while `stringify` below is running,
 * and `stringify` then swaps each placeholder, quotes included, for the saved text. A placeholder holds a
 * NUL and a number drawn at start, so no text a client or a draft sends can pass for one.
 */

/** The texts handed out during the `stringify` under way; undefined outside it. */
let pieces: string[] | undefined;
const TAG = `\u0000json-once-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}:`;
/** The placeholder as JSON.stringify writes it: quoted, the NUL escaped. */
const PLACEHOLDER = new RegExp(`"${JSON.stringify(TAG).slice(1, -1).replace(/\\/g, '\\\\')}(\\d+)"`, 'g');

/** `value`, frozen, with its JSON text kept: it must not change afterwards. */
export function jsonOnce<T extends object>(value: T): T {
  const text = JSON.stringify(value);
  Object.defineProperty(value, 'toJSON', {
    value(this: T) {
      if (pieces === undefined) return this;
      pieces.push(text);
      return `${TAG}${pieces.length - 1}`;
    },
  });
  return Object.freeze(value);
}

/** JSON.stringify(message), with the text of each jsonOnce value spliced in, not encoded again. */
export function stringify(message: unknown): string {
  const outer = pieces;
  pieces = [];
  try {
    const text = JSON.stringify(message);
    const saved = pieces;
    return saved.length === 0 ? text : text.replace(PLACEHOLDER, (_, index: string) => saved[Number(index)]);
  } finally {
    pieces = outer;
  }
}
