/**
 * JSON-RPC over a web worker's messages, for the browser build's server (vscode-jsonrpc is 57 KB of a
 * 300 KB budget). It answers as vscode-jsonrpc does where the server or its client can tell: a request's
 * result (null for none), the error a handler throws (a ResponseError as it is, anything else as an internal
 * error naming the method), MethodNotFound for a request nobody handles. Messages are handled as they arrive,
 * each in its own event, the strategy (lsp/message-gate.ts) first. The build also puts this file in place of
 * vscode-jsonrpc for protocol.ts's message types, whose method names are all the server reads of them.
 */
import type { Rpc } from './connection';

export const ErrorCodes = { ParseError: -32700, InvalidRequest: -32600, MethodNotFound: -32601, InvalidParams: -32602, InternalError: -32603 } as const;

export class ResponseError<D = unknown> extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: D,
  ) {
    super(message);
  }

  toJson(): { code: number; message: string; data?: D } {
    return this.data === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, data: this.data };
  }
}

export interface Disposable {
  dispose(): void;
}
export const Disposable = { create: (dispose: () => void): Disposable => ({ dispose }) };

/** A message type is its method's name (vscode-jsonrpc's classes carry parameter rules the server never uses). */
class MessageSignature {
  constructor(readonly method: string) {}
}
export class RequestType<P = unknown, R = unknown, E = unknown> extends MessageSignature {
  declare readonly _?: [P, R, E];
}
export class RequestType0<R = unknown, E = unknown> extends MessageSignature {
  declare readonly _?: [R, E];
}
export class NotificationType<P = unknown> extends MessageSignature {
  declare readonly _?: P;
}

/** A worker's global scope, as far as the connection uses it. */
export interface WorkerPort {
  onmessage: ((event: { data: unknown }) => void) | null | undefined;
  postMessage(message: unknown): void;
}

interface Message {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** What lsp/message-gate.ts implements: sees each message first, and hands it on with `next` (or drops it). */
export interface MessageStrategy {
  handleMessage(message: unknown, next: (message: unknown) => unknown): unknown;
}

type Handler = (...params: never[]) => unknown;

/** The JSON-RPC a connection is made on (connection.ts's Rpc), which a worker also closes. */
export interface WorkerRpc extends Rpc {
  dispose(): void;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const describe = (error: unknown) => (isObject(error) && typeof error.message === 'string' ? error.message : undefined);

/** `log` takes what the connection cannot deliver or answer: a message of no known shape, a failing notification handler. */
export function createWorkerRpc(port: WorkerPort, strategy: MessageStrategy | undefined, log: (line: string) => void): WorkerRpc {
  const requests = new Map<string, Handler>();
  const notifications = new Map<string, Handler>();
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  let nextId = 0;
  let disposed = false;
  const post = (message: Message) => {
    if (!disposed) port.postMessage({ jsonrpc: '2.0', ...message });
  };
  const call = (handler: Handler, params: unknown) => (params === undefined ? handler() : Array.isArray(params) ? handler(...(params as never[])) : handler(params as never));

  async function request(message: Message & { method: string }): Promise<void> {
    const handler = requests.get(message.method);
    if (!handler) return post({ id: message.id, error: { code: ErrorCodes.MethodNotFound, message: `Unhandled method ${message.method}` } });
    try {
      const result = await call(handler, message.params);
      post(result instanceof ResponseError ? { id: message.id, error: result.toJson() } : { id: message.id, result: result === undefined ? null : result });
    } catch (error) {
      const failure = describe(error);
      const json = error instanceof ResponseError ? error.toJson() : { code: ErrorCodes.InternalError, message: failure !== undefined ? `Request ${message.method} failed with message: ${failure}` : `Request ${message.method} failed unexpectedly without providing any details.` };
      post({ id: message.id, error: json });
    }
  }

  async function notification(message: Message & { method: string }): Promise<void> {
    const handler = notifications.get(message.method);
    // $/ notifications (cancellation, progress, trace) are optional: a server may ignore them.
    if (!handler) return;
    try {
      await call(handler, message.params);
    } catch (error) {
      log(`Notification handler '${message.method}' failed with message: ${describe(error) ?? String(error)}`);
    }
  }

  function response(message: Message): void {
    const waiting = typeof message.id === 'number' ? pending.get(message.id) : undefined;
    if (!waiting) return log(`received a response for no request sent: ${JSON.stringify(message.id)?.slice(0, 40)}`);
    pending.delete(message.id as number);
    if (message.error) waiting.reject(new ResponseError(message.error.code, message.error.message, message.error.data));
    else waiting.resolve(message.result);
  }

  function dispatch(raw: unknown): void {
    if (disposed) return;
    const message = raw as Message;
    if (!isObject(raw)) return log('received a message that is not a JSON-RPC object');
    if (typeof message.method === 'string') {
      const handled = message.id !== undefined ? request(message as Message & { method: string }) : notification(message as Message & { method: string });
      void handled;
    } else if ('result' in message || 'error' in message) response(message);
    else log('received a message which is neither a request, a notification nor a response');
  }

  const register = (map: Map<string, Handler>) => (method: string, handler: Handler) => {
    map.set(method, handler);
    return Disposable.create(() => map.get(method) === handler && map.delete(method));
  };

  return {
    onRequest: register(requests),
    onNotification: register(notifications),
    sendRequest: (method, params) =>
      new Promise((resolve, reject) => {
        if (disposed) return reject(new Error('the connection is closed'));
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        post(params === undefined ? { id, method } : { id, method, params });
      }),
    sendNotification: async (method, params) => post(params === undefined ? { method } : { method, params }),
    listen: () => {
      port.onmessage = (event) => {
        // As the Node transports do (lsp/deliver.ts): one message that throws is logged, never fatal.
        try {
          if (strategy) strategy.handleMessage(event.data, dispatch);
          else dispatch(event.data);
        } catch (error) {
          log(`dropped a message the connection could not take: ${describe(error) ?? String(error)}`);
        }
      };
    },
    dispose: () => {
      disposed = true;
      for (const waiting of pending.values()) waiting.reject(new Error('the connection is closed'));
      pending.clear();
    },
  };
}
