/**
 * The connection over the transport the editor chose. Both readers the server builds hand messages to
 * the connection inside a try, so no single message can end the process: stdio's own reader (see
 * tolerant-reader.ts) and a guarded IPC reader, the transport VS Code uses. Over stdio each message is
 * written as one frame, at once (frame-writer.ts).
 */
import { createConnection, IPCMessageReader, IPCMessageWriter, type Connection, type DataCallback, type Disposable, type MessageStrategy } from './library';
import { deliverSafely } from './deliver';
import { FrameWriter } from './frame-writer';
import { TolerantStreamReader } from './tolerant-reader';

class GuardedIpcReader extends IPCMessageReader {
  constructor(private readonly log: (line: string) => void) {
    super(process);
  }

  listen(callback: DataCallback): Disposable {
    return super.listen((message) => deliverSafely(callback, message, this.log));
  }
}

/** `log` takes one line per message dropped; `messageStrategy` sees every message before its handler. */
export function connect(messageStrategy: MessageStrategy, log: (line: string) => void): Connection {
  const args = process.argv.slice(2);
  if (args.includes('--stdio')) return createConnection(new TolerantStreamReader(process.stdin, log), new FrameWriter(process.stdout), { messageStrategy });
  if (args.includes('--node-ipc')) return createConnection(new GuardedIpcReader(log), new IPCMessageWriter(process), { messageStrategy });
  // Sockets and pipes: vscode-jsonrpc's transports, named on the command line.
  return createConnection(undefined, undefined, { messageStrategy });
}
