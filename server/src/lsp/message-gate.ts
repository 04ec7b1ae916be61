/**
 * Every message passes here on its way from the connection's queue to its handler (the connection's
 * messageStrategy). Notifications whose params the document store would choke on are dropped with a log
 * line: a notification has no answer to carry an error, and a half-applied edit would leave a document
 * that fails every later request. Requests go through as they are: the connection answers a handler's
 * throw with an error. The gate also counts dispatches, for work that waits until the queue has drained.
 */
import type { Message, MessageStrategy } from './library';

type Result = ReturnType<MessageStrategy['handleMessage']>;
type Check = (params: Record<string, unknown>) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isPosition = (v: unknown) => isObject(v) && isCount(v.line) && isCount(v.character);
const isRange = (v: unknown) => isObject(v) && isPosition(v.start) && isPosition(v.end);

function documentUri(params: Record<string, unknown>): string | undefined {
  const doc = params.textDocument;
  return isObject(doc) && typeof doc.uri === 'string' ? undefined : 'textDocument.uri is not a string';
}

const CHECKS: Record<string, Check> = {
  'textDocument/didOpen': (p) => {
    const doc = p.textDocument;
    if (!isObject(doc) || typeof doc.uri !== 'string') return 'textDocument.uri is not a string';
    if (typeof doc.text !== 'string') return 'textDocument.text is not a string';
    return Number.isSafeInteger(doc.version) ? undefined : 'textDocument.version is not an integer';
  },
  'textDocument/didChange': (p) => {
    const doc = p.textDocument;
    if (!isObject(doc) || typeof doc.uri !== 'string') return 'textDocument.uri is not a string';
    if (!Number.isSafeInteger(doc.version)) return 'textDocument.version is not an integer';
    if (!Array.isArray(p.contentChanges)) return 'contentChanges is not an array';
    const bad = p.contentChanges.findIndex((c) => !isObject(c) || typeof c.text !== 'string' || (c.range !== undefined && !isRange(c.range)));
    return bad === -1 ? undefined : `contentChanges[${bad}] is not a text with an optional range`;
  },
  'textDocument/didClose': documentUri,
  'textDocument/didSave': documentUri,
  'workspace/didChangeWatchedFiles': (p) => (Array.isArray(p.changes) ? undefined : 'changes is not an array'),
};

export class MessageGate implements MessageStrategy {
  /** Messages handed to handlers so far. */
  dispatched = 0;
  private initializeSeen = false;

  constructor(private readonly log: (line: string) => void) {}

  handleMessage(message: Message, next: (message: Message) => Result): Result {
    this.dispatched++;
    const m = message as { id?: unknown; method?: unknown; params?: unknown };
    if (typeof m.method !== 'string') return next(message);
    if (m.method === 'initialize' && m.id !== undefined) return next(this.initialize(m));
    const check = m.id === undefined ? CHECKS[m.method] : undefined;
    if (!check) return next(message);
    const problem = isObject(m.params) ? check(m.params) : 'params is not an object';
    if (problem) {
      this.log(`inmail: ignored a ${m.method} notification: ${problem}`);
      return undefined;
    }
    return next(message);
  }

  /**
   * The protocol allows one initialize. A second one would reset the client's capabilities mid-session,
   * and the library arms its parent-process watchdog on each: a processId that is not a pid (1.5, -1,
   * 10^20) makes its check throw, and it ends the server for that. A second initialize goes to
   * REPEATED_INITIALIZE instead, which answers with an error; a first one loses a processId that is no pid.
   */
  private initialize(m: { params?: unknown }): Message {
    const message = (changes: object) => ({ ...m, ...changes }) as unknown as Message;
    if (this.initializeSeen) return message({ method: REPEATED_INITIALIZE });
    this.initializeSeen = true;
    if (!isObject(m.params) || m.params.processId === null || (Number.isSafeInteger(m.params.processId) && (m.params.processId as number) > 0)) return message({});
    this.log(`inmail: initialize: ignored processId ${JSON.stringify(m.params.processId)?.slice(0, 40)}, which is not a process id`);
    return message({ params: { ...m.params, processId: null } });
  }
}

export const REPEATED_INITIALIZE = 'inmail/repeatedInitialize';
