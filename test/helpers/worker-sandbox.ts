/**
 * A web server bundle run as a browser's worker would run it: in a V8 context holding only what a web
 * worker has (no require, process, Buffer or module), spoken to in LSP over postMessage. If anything in it
 * reaches for a Node built-in, at load or while it lints, this fails.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

interface Posted {
  method?: string;
  params?: { diagnostics?: unknown[] };
}

const DRAFTS: Record<string, string> = {
  'untitled:generic.inmail': 'Subject: Quick question\n\nHi there,\n\nI hope this finds you well. We help companies like yours grow. Let me know if you are interested.\n',
  // Dutch, which the frequent words cannot place: the language detector (loaded lazily) decides.
  'untitled:dutch.inmail': 'Subject: Uw presentatie\n\nHallo Jan,\n\nIk zag uw presentatie over betalingen in de cloud en wilde vragen of u volgende week tijd heeft voor een kort gesprek.\n',
};

export async function servesWithoutNode(bundlePath: string, timeoutMs = 10_000): Promise<{ ok: boolean; detail: string }> {
  let received: (message: Posted) => void = () => {};
  const errors: string[] = [];
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
    postMessage: (message: Posted) => received(message),
  };
  worker.self = worker;
  createContext(worker);
  try {
    runInContext(readFileSync(bundlePath, 'utf8'), worker, { filename: bundlePath });
  } catch (error) {
    return { ok: false, detail: `failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
  const send = (data: unknown) => (worker.onmessage as ((event: { data: unknown }) => void) | undefined)?.({ data });
  const published = new Map<string, number>();
  const diagnostics = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`diagnostics for ${published.size} of ${Object.keys(DRAFTS).length} drafts within ${timeoutMs} ms${errors.length ? `; it logged: ${errors.slice(-2).join(' | ')}` : ''}`)), timeoutMs);
    received = (message) => {
      if (message.method !== 'textDocument/publishDiagnostics') return;
      published.set(String((message.params as { uri?: string }).uri), message.params?.diagnostics?.length ?? 0);
      if (published.size < Object.keys(DRAFTS).length) return;
      clearTimeout(timer);
      resolve();
    };
  });
  send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  // Untitled drafts: the server asks the client for no file, so no answer is missing.
  for (const [uri, text] of Object.entries(DRAFTS)) send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'inmail', version: 1, text } } });
  try {
    await diagnostics;
    const generic = published.get('untitled:generic.inmail') ?? 0;
    return generic > 0 ? { ok: true, detail: `${generic} diagnostics on a generic draft, ${published.get('untitled:dutch.inmail')} on a Dutch one` } : { ok: false, detail: 'no diagnostics on a generic draft' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
