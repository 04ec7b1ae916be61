import type { DataCallback, Message } from './library';

/**
 * Hands a message to the connection, which handles it synchronously inside the transport's event
 * (stdin's data, IPC's message, a worker's message event): anything it throws (a $/cancelRequest without an id, say) would end the
 * process (or, in a worker, lose the message unseen), and one message is not worth that. The message is dropped and the reason logged.
 */
export function deliverSafely(callback: DataCallback, message: Message, log: (line: string) => void): void {
  try {
    callback(message);
  } catch (error) {
    const method = message && typeof message === 'object' && 'method' in message ? ` ${JSON.stringify(message.method)?.slice(0, 80)}` : '';
    log(`dropped a message${method} the connection could not take: ${error instanceof Error ? error.message : String(error)}`);
  }
}
