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
/** The placeholder's opening as JSON.stringify writes it: quoted, the NUL escaped; its number and quote follow. */
const OPENING = `"${JSON.stringify(TAG).slice(1, -1)}`;

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

/** Each placeholder in `text`, quotes included, swapped for its saved text: one pass, no pattern. */
function splice(text: string, saved: readonly string[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(OPENING); at >= 0; at = text.indexOf(OPENING, from)) {
    const close = text.indexOf('"', at + OPENING.length);
    parts.push(text.slice(from, at), saved[Number(text.slice(at + OPENING.length, close))]);
    from = close + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** JSON.stringify(message), with the text of each jsonOnce value spliced in, not encoded again. */
export function stringify(message: unknown): string {
  const outer = pieces;
  pieces = [];
  try {
    const text = JSON.stringify(message);
    const saved = pieces;
    return saved.length === 0 ? text : splice(text, saved);
  } finally {
    pieces = outer;
  }
}
