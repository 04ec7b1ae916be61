/**
 * A stdio message reader that survives broken framing. vscode-jsonrpc's own reader stops at a bad
 * header until more input arrives, and a negative Content-Length wedges it for good; an editor that
 * writes one bad frame would then wait forever for answers. This one reports the bad frame, skips it,
 * and goes on with whatever follows in the same read.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from './library';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
// The last Content-Length in a header block wins, so junk glued before a real header is tolerated.
const CONTENT_LENGTH = /Content-Length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/gi;

export class TolerantStreamReader extends AbstractMessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  private callback: DataCallback | undefined;

  constructor(private readonly stream: NodeJS.ReadableStream) {
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
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const header = this.buffer.toString('latin1', 0, headerEnd);
      const bodyStart = headerEnd + HEADER_END.length;
      let length: number | undefined;
      for (const m of header.matchAll(CONTENT_LENGTH)) length = Number(m[1]);
      if (length === undefined || !Number.isSafeInteger(length)) {
        this.fireError(new Error(`skipped a message header without a usable Content-Length: ${JSON.stringify(header.slice(0, 120))}`));
        this.buffer = this.buffer.subarray(bodyStart);
        continue;
      }
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.toString('utf8', bodyStart, bodyStart + length);
      this.buffer = this.buffer.subarray(bodyStart + length);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch (error) {
        this.fireError(new Error(`skipped a message body that is not JSON: ${(error as Error).message}`));
        continue;
      }
      this.callback?.(message);
    }
  }
}
