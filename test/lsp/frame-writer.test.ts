/**
 * The server's stdio writer in process, on a plain Writable that keeps each chunk it is given: one chunk per
 * message, the bytes vscode-jsonrpc's own writer sends for the same messages, in the order they were sent.
 */
import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';
import { FrameWriter } from '../../server/src/lsp/frame-writer';
import { jsonOnce, stringify } from '../../server/src/lsp/json-once';

/** A stream that keeps its chunks; `fail` makes the next write's callback report an error. */
function sink() {
  const chunks: Buffer[] = [];
  let fail: Error | undefined;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      const error = fail;
      fail = undefined;
      callback(error);
    },
  });
  return { stream, chunks, failNext: (error: Error) => (fail = error) };
}

// Related information encoded once, as a mail merge's diagnostics carry it: twice in one message, and nested.
const ROWS = jsonOnce([
  { location: { uri: 'file:///d/leads.csv', range: { start: { line: 49, character: 0 }, end: { line: 49, character: 0 } } }, message: 'Zoë Okafor-149: "recent_post" is empty' },
  { location: { uri: 'file:///d/leads.csv', range: { start: { line: 99, character: 0 }, end: { line: 99, character: 0 } } }, message: 'a "quoted" name, a \\ and a \u0000' },
]);
const NESTED = jsonOnce({ rows: ROWS, note: 'outer' });

const MESSAGES: Message[] = [
  {
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: 'file:///d/q4.inmail', version: 8, diagnostics: [{ message: 'a', relatedInformation: ROWS }, { message: 'b', relatedInformation: ROWS, data: NESTED }, { message: 'c' }] },
  } as Message,
  { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///d/q4.inmail', version: 7, diagnostics: [{ message: 'For 200 of 10,000 recipients (Zoë Okafor-149, Kenji Ibáñez-99)', relatedInformation: [] }] } } as Message,
  { jsonrpc: '2.0', id: 3, result: { contents: 'emoji \u{1F600} and a ZWJ 👩‍💻, a lone surrogate \ud800' } } as Message,
  { jsonrpc: '2.0', method: 'inmail/documentStats', params: { uri: 'file:///d/q4.inmail', messages: [] } } as Message,
];

describe('stdio writer', () => {
  it('writes each message as one chunk: the header and body vscode-jsonrpc writes, in the order sent', async () => {
    const ours = sink();
    const writer = new FrameWriter(ours.stream);
    await Promise.all(MESSAGES.map((m) => writer.write(m)));
    assert.equal(ours.chunks.length, MESSAGES.length, 'one write per message');

    const theirs = sink();
    const library = new StreamMessageWriter(theirs.stream);
    for (const m of MESSAGES) await library.write(m);
    assert.deepEqual(Buffer.concat(ours.chunks), Buffer.concat(theirs.chunks), 'the same bytes on the wire');
    ours.chunks.forEach((chunk, i) => {
      const text = chunk.toString('utf8');
      const body = text.slice(text.indexOf('\r\n\r\n') + 4);
      assert.equal(text.slice(0, text.indexOf('\r\n\r\n')), `Content-Length: ${Buffer.byteLength(body)}`);
      assert.deepEqual(JSON.parse(body), JSON.parse(JSON.stringify(MESSAGES[i])));
    });
  });

  it('encodes a value kept with jsonOnce as JSON.stringify does, in the writer and everywhere else', () => {
    for (const m of MESSAGES) assert.equal(stringify(m), JSON.stringify(m));
    assert.equal(JSON.stringify({ a: ROWS }), `{"a":${JSON.stringify([...ROWS])}}`, 'outside the writer, the value itself');
    assert.ok(Object.isFrozen(ROWS));
    // Text that looks like a placeholder but lacks the process's tag stays as it is.
    const lookalike = { message: '\u0000json-once-x:0' };
    assert.equal(stringify({ a: ROWS, b: lookalike }), JSON.stringify({ a: ROWS, b: lookalike }));
  });

  it('rejects a message it cannot encode and reports it, and goes on with the next', async () => {
    const out = sink();
    const writer = new FrameWriter(out.stream);
    const errors: unknown[] = [];
    writer.onError(([error]) => errors.push(error));
    const circular: Record<string, unknown> = { jsonrpc: '2.0', method: 'x' };
    circular.params = circular;
    await assert.rejects(writer.write(circular as unknown as Message), TypeError);
    assert.equal(errors.length, 1);
    await writer.write(MESSAGES[2]);
    assert.equal(out.chunks.length, 1, 'nothing written for the bad message, the next one whole');
  });

  it('rejects a write the stream fails, with the message and a count', async () => {
    const out = sink();
    const writer = new FrameWriter(out.stream);
    const errors: [Error, Message | undefined, number | undefined][] = [];
    writer.onError((e) => errors.push(e));
    out.failNext(new Error('EPIPE'));
    await assert.rejects(writer.write(MESSAGES[0]), /EPIPE/);
    assert.ok(errors.some(([error, message, count]) => error.message === 'EPIPE' && message === MESSAGES[0] && count === 1), 'the failed write is reported with its message');
  });

  it('reports the stream closing once it ends', async () => {
    const out = sink();
    const writer = new FrameWriter(out.stream);
    let closed = 0;
    writer.onClose(() => closed++);
    const close = new Promise((resolve) => out.stream.once('close', resolve));
    writer.end();
    await close;
    assert.equal(closed, 1);
  });
});
