/**
 * Reading a draft from disk without trusting it: only regular files, never more than the size cap, and
 * the bytes kept as read so a fix can be written back around them. Shared by the CLI and the server's
 * workspace scan.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type BigIntStats } from 'node:fs';
import type { TextEdit } from '../engine/types';
import { applyEdits } from '../engine/fixes';
import { describeFsError } from './find-drafts';

/** What a file was when it was read: a write checks it is still that file, unchanged, before replacing it. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  mode: number;
  uid: number;
  gid: number;
}

export interface DraftBytes {
  bytes: Buffer;
  identity: FileIdentity;
}

export function identityOf(stat: BigIntStats): FileIdentity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs, mode: Number(stat.mode), uid: Number(stat.uid), gid: Number(stat.gid) };
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

export function tooLargeMessage(maxBytes: number): string {
  return `larger than maxFileSize (${sizeText(maxBytes)}); skipped; raise maxFileSize in .inmailrc.json`;
}

const NOT_REGULAR = 'not a regular file; skipped';
const CHUNK = 64 * 1024;
// A FIFO would block the open until a writer came; a regular file ignores the flag. Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The file's bytes, or why not. Devices, FIFOs and sockets are never opened (the stat comes first), and
 * no more than `maxBytes + 8` bytes are read, whatever size the file claims: /proc files say 0 and never end.
 */
export function readDraftBytes(path: string, maxBytes: number): DraftBytes | { error: string } {
  try {
    const before = statSync(path, { bigint: true });
    if (!before.isFile()) return { error: NOT_REGULAR };
    if (before.size > BigInt(maxBytes)) return { error: tooLargeMessage(maxBytes) };
  } catch (error) {
    return { error: describeFsError(error) };
  }
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { error: describeFsError(error) };
  }
  try {
    // Checked again on the open file: the path may have been swapped for something else since the stat.
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return { error: NOT_REGULAR };
    const size = Number(stat.size);
    if (size > maxBytes) return { error: tooLargeMessage(maxBytes) };
    // Sized by the stat, so an ordinary draft takes one buffer and one read; a file that says 0 (/proc)
    // or grows is read on in chunks. Whole 8-byte units: /proc/self/pagemap refuses other sizes (EINVAL).
    const units = (n: number) => Math.ceil(n / 8) * 8;
    let buffer = Buffer.allocUnsafe(units(Math.min(maxBytes, size) + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(units(maxBytes + 1), total + CHUNK));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      total += n;
      if (total > maxBytes) return { error: tooLargeMessage(maxBytes) };
      // A regular file that returns exactly the size it stated is done: no read to find the end.
      if (n === 0 || (size > 0 && total === size)) break;
    }
    return { bytes: buffer.subarray(0, total), identity: identityOf(stat) };
  } catch (error) {
    return { error: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface DecodedDraft {
  /** The text without its byte order mark, as an editor shows it. */
  text: string;
  bomLength: number;
}

export interface InvalidUtf8 {
  /** 0-based offset of the first byte that is not valid UTF-8. */
  offset: number;
  byte: number;
  /** 1-based line, and 1-based byte within that line. */
  line: number;
  column: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8: a file in another encoding is reported, never decoded with replacement characters. */
export function decodeDraft(bytes: Uint8Array): DecodedDraft | { invalid: InvalidUtf8 } {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { invalid: locateInvalidUtf8(bytes) };
  }
  const bomLength = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  return { text: bomLength ? text.slice(1) : text, bomLength };
}

/** Where strict decoding failed (the decoder does not say). Follows the WHATWG decoder's byte ranges. */
function locateInvalidUtf8(bytes: Uint8Array): InvalidUtf8 {
  let i = 0;
  let offset = bytes.length;
  scan: while (i < bytes.length) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let follow: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) follow = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      follow = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      follow = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else {
      offset = i;
      break;
    }
    for (let k = 1; k <= follow; k++) {
      const d = bytes[i + k];
      if (d === undefined || d < lo || d > hi) {
        offset = i;
        break scan;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    i += follow + 1;
  }
  let line = 1;
  let lineStart = 0;
  for (let j = 0; j < offset; j++) {
    if (bytes[j] === 0x0a || (bytes[j] === 0x0d && bytes[j + 1] !== 0x0a)) {
      line++;
      lineStart = j + 1;
    }
  }
  return { offset, byte: bytes[offset] ?? 0, line, column: offset - lineStart + 1 };
}

export function invalidUtf8Message(at: InvalidUtf8): string {
  const hex = at.byte.toString(16).toUpperCase().padStart(2, '0');
  return `file is not UTF-8: byte 0x${hex} at line ${at.line}, byte ${at.column} of the line (offset ${at.offset}) is not valid UTF-8; not linted, and --fix never rewrites it; save it as UTF-8`;
}

/**
 * The file's bytes with the edits made, everything outside the edited spans copied as read: the byte
 * order mark, line endings and any byte sequence decoding and encoding again might not give back.
 * Edits are offsets into `decoded.text`. Checked against the text-level result, so a mismatch (an edit
 * splitting a surrogate pair, say) throws instead of writing something the lint never saw.
 */
export function editBytes(bytes: Buffer, decoded: DecodedDraft, edits: readonly TextEdit[]): { bytes: Buffer; text: string } {
  const { text } = decoded;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let copied = 0;
  let textAt = 0;
  let byteAt = decoded.bomLength;
  for (const e of sorted) {
    const start = byteAt + Buffer.byteLength(text.slice(textAt, e.start));
    const end = start + Buffer.byteLength(text.slice(e.start, e.end));
    parts.push(bytes.subarray(copied, start), Buffer.from(e.newText, 'utf8'));
    copied = end;
    textAt = e.end;
    byteAt = end;
  }
  parts.push(bytes.subarray(copied));
  const out = Buffer.concat(parts);
  const newText = applyEdits(text, edits);
  if (out.toString('utf8', decoded.bomLength) !== newText) throw new Error('the fixes do not map onto the bytes as read; the file is left as it is');
  return { bytes: out, text: newText };
}
