/**
 * A stdio message reader that survives broken framing, huge frames and messages the connection chokes on.
 * vscode-jsonrpc's own reader stops at a bad header until more input arrives, and a negative
 * Content-Length wedges it for good; an editor that writes one bad frame would then wait forever for
 * answers. This one reports the bad frame, skips it, and goes on with whatever follows in the same read.
 *
 * Bytes are looked at once: the header end is searched for in new data only, a body is kept as the list
 * of chunks it arrived in and joined once when complete, and a body past MAX_MESSAGE_BYTES is dropped
 * as it arrives instead of being kept.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from './library';
import { deliverSafely } from './deliver';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
// The last Content-Length in a header block wins, so junk glued before a real header is tolerated.
const CONTENT_LENGTH = /Content-Length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/gi;
/**
 * The largest message read. The largest real one is a didOpen or full-text didChange: 64 MiB is six
 * times the 10 MB document the robustness suite opens (JSON escaping can double a text, \u escapes
 * sextuple control characters), while one frame's bytes, its decoded string and the parsed object stay
 * a few hundred MB, well inside Node's heap; V8's longest string (about 512 MiB of one-byte text) is a
 * hard ceiling not far above anyway.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** A header block is a line or two; past this, the oldest bytes of a header that never ends are dropped. */
const MAX_HEADER_BYTES = 64 * 1024;
/**
 * A header found inside a body ends the body: raw CR LF cannot occur in JSON text (not in strings, and
 * `Content-Length` is no JSON token), so these bytes are the next frame. A client that declared a length
 * longer than what it sent (10^12, say) loses that one message, not every answer after it. The name is
 * matched as the base protocol spells it, which is how clients write it.
 */
const RESYNC = /Content-Length:[ \t]*\d+[ \t]*\r\n/;
/** Long enough to hold a split RESYNC match (the digits of any length, some blanks) across two chunks. */
const RESYNC_CARRY = 64;

/** A body being read: kept to be parsed, or (past the size limit) counted and dropped. */
interface BodyState {
  kind: 'body';
  length: number;
  received: number;
  keep: boolean;
}
type State = { kind: 'header' } | BodyState;

const HEADER_NAME = Buffer.from('Content-Length:', 'ascii');

/** Where in a body the name of a header begins, whole or cut off by the body's end; -1 if nowhere. */
function headerStart(body: Buffer): number {
  const whole = body.indexOf(HEADER_NAME);
  if (whole !== -1) return whole;
  for (let k = Math.min(HEADER_NAME.length - 1, body.length); k > 0; k--) {
    if (body.subarray(body.length - k).equals(HEADER_NAME.subarray(0, k))) return body.length - k;
  }
  return -1;
}

/** The last RESYNC_CARRY bytes of `carry` followed by `bytes`, copying no more than that. */
function carryOn(carry: Buffer, bytes: Buffer): Buffer {
  if (bytes.length >= RESYNC_CARRY) return Buffer.from(bytes.subarray(bytes.length - RESYNC_CARRY));
  return Buffer.from(Buffer.concat([carry, bytes]).subarray(-RESYNC_CARRY));
}

export class TolerantStreamReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private state: State = { kind: 'header' };
  /** Header bytes received so far (no end yet), in arrival order. */
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** The header's last three bytes, where the start of a CR LF CR LF split across chunks would be. */
  private headerTail: Buffer = Buffer.alloc(0);
  /** Body chunks received so far for the frame being read, when it is kept. */
  private body: Buffer[] = [];
  /** The body's last bytes, so a header split across two chunks is still seen. */
  private carry: Buffer = Buffer.alloc(0);

  /** `log` gets one line per frame skipped or message the connection refused; the server sends it to stderr. */
  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.stream.on('data', onData);
    this.stream.on('error', onError);
    this.stream.on('close', onClose);
    this.stream.on('end', onClose);
    return Disposable.create(() => {
      this.stream.off('data', onData);
      this.stream.off('error', onError);
      this.stream.off('close', onClose);
      this.stream.off('end', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const state = this.state;
      at = state.kind === 'header' ? this.readHeader(chunk, at) : this.readBody(chunk, at, state);
    }
  }

  /** Consumes header bytes from `chunk` at `at`; returns where reading goes on. */
  private readHeader(chunk: Buffer, at: number): number {
    const end = this.findHeaderEnd(chunk, at);
    if (end === -1) {
      this.appendHeader(chunk.subarray(at));
      return chunk.length;
    }
    this.appendHeader(chunk.subarray(at, end));
    const header = Buffer.concat(this.header, this.headerBytes);
    this.header = [];
    this.headerBytes = 0;
    this.headerTail = Buffer.alloc(0);
    const text = header.toString('latin1', 0, header.length - HEADER_END.length);
    let length: number | undefined;
    for (const m of text.matchAll(CONTENT_LENGTH)) length = Number(m[1]);
    if (length === undefined || !Number.isSafeInteger(length)) {
      this.problem(`skipped a message header without a usable Content-Length: ${JSON.stringify(text.slice(0, 120))}`);
    } else if (length > MAX_MESSAGE_BYTES) {
      this.problem(`skipping a message of ${length} bytes, past the ${MAX_MESSAGE_BYTES}-byte limit: its body is discarded as it arrives`);
      this.state = { kind: 'body', length, received: 0, keep: false };
    } else if (length === 0) {
      this.problem('skipped a message with an empty body');
    } else {
      this.state = { kind: 'body', length, received: 0, keep: true };
    }
    return end;
  }

  /** Where the header ends in `chunk` (just past its CR LF CR LF), counting bytes held from earlier chunks; -1 if not there. */
  private findHeaderEnd(chunk: Buffer, at: number): number {
    if (this.headerBytes > 0) {
      // The end may straddle the previous chunk and this one: look at their last and first three bytes.
      const tail = this.headerTail;
      const seam = Buffer.concat([tail, chunk.subarray(at, at + 3)]);
      const i = seam.indexOf(HEADER_END);
      if (i !== -1) return at + i + HEADER_END.length - tail.length;
    }
    const i = chunk.indexOf(HEADER_END, at);
    return i === -1 ? -1 : i + HEADER_END.length;
  }

  private appendHeader(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.header.push(bytes);
    this.headerBytes += bytes.length;
    this.headerTail = bytes.length >= 3 ? bytes.subarray(bytes.length - 3) : Buffer.concat([this.headerTail, bytes]).subarray(-3);
    if (this.headerBytes > 2 * MAX_HEADER_BYTES) {
      // Keep the newest bytes, where a Content-Length glued after junk would be; copying half the cap
      // once per half the cap keeps this linear.
      const kept = Buffer.concat(this.header, this.headerBytes).subarray(this.headerBytes - MAX_HEADER_BYTES);
      this.problem(`dropped ${this.headerBytes - MAX_HEADER_BYTES} bytes of a message header that does not end`);
      this.header = [Buffer.from(kept)];
      this.headerBytes = kept.length;
    }
  }

  /** Consumes body bytes, kept or (past the limit) dropped; a header inside them ends the body early. */
  private readBody(chunk: Buffer, at: number, state: BodyState): number {
    const take = Math.min(state.length - state.received, chunk.length - at);
    const header = this.spotHeader(chunk, at, at + take);
    if (header !== undefined) {
      const received = state.received + header - at;
      this.problem(`the ${state.length}-byte message ${state.keep ? 'was cut short' : 'is followed by another'}: a message header came after ${received} of its bytes; reading on from there`);
      const carried = this.carry;
      this.endBody();
      if (header >= at) return header;
      // The header began in bytes of an earlier chunk, carried for this: they start the header.
      this.appendHeader(Buffer.from(carried.subarray(carried.length - (at - header))));
      return at;
    }
    if (state.keep) this.body.push(chunk.subarray(at, at + take));
    state.received += take;
    this.carry = carryOn(this.carry, chunk.subarray(at, at + take));
    if (state.received === state.length) {
      const body = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, state.length);
      this.endBody();
      if (state.keep) this.deliver(body);
      else this.log(`skipped the ${state.length}-byte message`);
    }
    return at + take;
  }

  private endBody(): void {
    this.body = [];
    this.carry = Buffer.alloc(0);
    this.state = { kind: 'header' };
  }

  /**
   * Where a message header starts among the new bytes chunk[from, to), counting the carried bytes before
   * them (a negative offset from `from` means it began there); undefined if none is there yet. A cheap
   * search for the name comes first, so a body of any size is looked at once, at memchr speed.
   */
  private spotHeader(chunk: Buffer, from: number, to: number): number | undefined {
    const fresh = chunk.subarray(from, to);
    const seam = Buffer.concat([this.carry, fresh.subarray(0, RESYNC_CARRY)]);
    if (fresh.indexOf(HEADER_NAME) === -1 && seam.indexOf(HEADER_NAME) === -1) return undefined;
    const found = RESYNC.exec(Buffer.concat([this.carry, fresh]).toString('latin1'));
    return found ? from + found.index - this.carry.length : undefined;
  }

  private deliver(body: Buffer): void {
    let message: Message;
    try {
      message = JSON.parse(body.toString('utf8')) as Message;
    } catch (error) {
      // A Content-Length too short for its body leaves the rest to be read as the next header, and a
      // body too long for what was sent ends inside the next frame's header: read that part again.
      const start = headerStart(body);
      this.problem(`skipped a message body that is not JSON: ${(error as Error).message}${start === -1 ? '' : `; its last ${body.length - start} bytes start a header, read again`}`);
      if (start !== -1) this.appendHeader(Buffer.from(body.subarray(start)));
      return;
    }
    if (this.callback) deliverSafely(this.callback, message, (line) => this.problem(line));
  }

  private problem(line: string): void {
    this.log(line);
    try {
      this.fireError(new Error(line));
    } catch {
      // A listener's failure is not the reader's: the line is already logged.
    }
  }
}
