/**
 * A web server bundle run as a browser's worker would run it: in a V8 context holding only what a web
 * worker has (no require, process, Buffer or module), spoken to in LSP over postMessage. If anything in
 * it reaches for a Node built-in, at load or while it works, it fails here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

export interface WorkerMessage {
  jsonrpc?: string;
  id?: number | string;
  method?: string;
  params?: Record<string, unknown> & { uri?: string; diagnostics?: { code?: unknown; severity?: number }[] };
  result?: unknown;
}

export interface WorkerSandbox {
  send(message: WorkerMessage): void;
  /** Resolves with the first message from the server that `match` accepts; rejects after the timeout. */
  next(match: (message: WorkerMessage) => boolean, what: string, timeoutMs?: number): Promise<WorkerMessage>;
  /** Answers each request the server sends with this method, when `reply`'s promise (if it returns one) settles. */
  answer(method: string, reply: (params: WorkerMessage['params']) => unknown): void;
  /** What the server logged as errors. */
  errors: string[];
  /** The extension's data files the server asked for, in order (answered from dist/, as the client does). */
  dataAsked: string[];
}

/** Loads the bundle in a fresh worker-like context; throws what loading it threw. */
export function startWorkerSandbox(bundlePath: string): WorkerSandbox {
  const errors: string[] = [];
  const waiting = new Set<(message: WorkerMessage) => void>();
  const answers = new Map<string, (params: WorkerMessage['params']) => unknown>();
  const asked: string[] = [];
  // As the client answers: the data files the build wrote beside the bundles (dist/web/server.js reads dist/data).
  answers.set('inmail/extensionData', (params) => {
    const path = String(params?.path);
    asked.push(path);
    try {
      return { text: readFileSync(join(dirname(bundlePath), '..', path), 'utf8') };
    } catch (error) {
      return { error: String(error) };
    }
  });
  const worker: Record<string, unknown> = {
    console: { log() {}, info() {}, debug() {}, warn() {}, error: (...args: unknown[]) => errors.push(args.join(' ')) },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    performance,
    URL,
    // The library's reader takes messages through onmessage, and only errors through addEventListener.
    onmessage: undefined,
    addEventListener() {},
    removeEventListener() {},
    postMessage: (message: WorkerMessage) => {
      const reply = message.method !== undefined && message.id !== undefined ? answers.get(message.method) : undefined;
      if (reply) void Promise.resolve().then(() => reply(message.params)).then((result) => send({ jsonrpc: '2.0', id: message.id, result }));
      for (const listener of [...waiting]) listener(message);
    },
  };
  worker.self = worker;
  const send = (data: WorkerMessage) => (worker.onmessage as ((event: { data: unknown }) => void) | undefined)?.({ data });
  createContext(worker);
  runInContext(readFileSync(bundlePath, 'utf8'), worker, { filename: bundlePath });
  return {
    send,
    errors,
    dataAsked: asked,
    answer: (method, reply) => answers.set(method, reply),
    next: (match, what, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const listener = (message: WorkerMessage) => {
          if (!match(message)) return;
          clearTimeout(timer);
          waiting.delete(listener);
          resolve(message);
        };
        const timer = setTimeout(() => {
          waiting.delete(listener);
          reject(new Error(`no ${what} within ${timeoutMs} ms${errors.length ? `; the server logged: ${errors.slice(-2).join(' | ')}` : ''}`));
        }, timeoutMs);
        waiting.add(listener);
      }),
  };
}

const DRAFTS: Record<string, string> = {
  'untitled:generic.inmail': 'Subject: Quick question\n\nHi there,\n\nI hope this finds you well. We help companies like yours grow. Let me know if you are interested.\n',
  // Finnish, which no frequent-word table places: the language detector decides, its model asked of the client.
  'untitled:finnish.inmail': 'Subject: Esityksesi\n\nHei Jan,\n\nKiitos esityksestäsi pilvimaksuista, haluaisin kysyä ehtisitkö lyhyelle keskustelulle ensi viikolla.\n',
};

/** Whether the bundle loads and lints two untitled drafts (no file requests) with a worker's globals only. */
export async function servesWithoutNode(bundlePath: string, timeoutMs = 10_000): Promise<{ ok: boolean; detail: string }> {
  let sandbox: WorkerSandbox;
  try {
    sandbox = startWorkerSandbox(bundlePath);
  } catch (error) {
    return { ok: false, detail: `failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
  const published = Object.keys(DRAFTS).map((uri) => sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri, `diagnostics for ${uri}`, timeoutMs));
  sandbox.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  sandbox.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  for (const [uri, text] of Object.entries(DRAFTS)) sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'inmail', version: 1, text } } });
  try {
    const [generic, finnish] = (await Promise.all(published)).map((m) => m.params?.diagnostics?.length ?? 0);
    return generic > 0 ? { ok: true, detail: `${generic} diagnostics on a generic draft, ${finnish} on a Finnish one` } : { ok: false, detail: 'no diagnostics on a generic draft' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
