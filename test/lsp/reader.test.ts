/**
 * The server's stdio reader in process, fed chunk by chunk from a plain emitter, so every split of the
 * input is tried deterministically: frames cut at each byte, frames too large to keep, a Content-Length
 * that is never sent, and a connection that throws on a message.
 */
import * as assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { MAX_MESSAGE_BYTES, TolerantStreamReader } from '../../server/src/lsp/tolerant-reader';
import { seededRandom } from '../helpers/generated';

function frame(body: string | Buffer, length = Buffer.byteLength(body)): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), Buffer.from(body)]);
}

/** A reader on an emitter: `feed` hands it chunks exactly as given. */
function reader(onMessage: (message: unknown) => void = () => undefined) {
  const stream = new EventEmitter();
  const messages: unknown[] = [];
  const log: string[] = [];
  new TolerantStreamReader(stream as unknown as NodeJS.ReadableStream, (line) => log.push(line)).listen((m) => {
    messages.push(m);
    onMessage(m);
  });
  return { messages, log, feed: (...chunks: Buffer[]) => chunks.forEach((c) => stream.emit('data', c)) };
}

const A = { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { text: 'héllo ✓ \u{1F600}' } };
const B = { jsonrpc: '2.0', method: 'inmail/x', params: [1, 2, 3] };
const C = { jsonrpc: '2.0', id: 'c', method: 'shutdown' };

describe('stdio reader', () => {
  it('reads frames cut at every byte boundary, with a broken frame between them', () => {
    // Content-Type before Content-Length and a multi-byte character on the cut: both must survive a split anywhere.
    const bytes = Buffer.concat([
      Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
      frame(JSON.stringify(A)),
      Buffer.from('no length here\r\n\r\n'),
      frame(JSON.stringify(B)),
      frame(JSON.stringify(C)),
    ]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = reader();
      r.feed(bytes.subarray(0, cut), bytes.subarray(cut));
      assert.deepEqual(r.messages, [A, B, C], `cut at byte ${cut}`);
      assert.equal(r.log.length, 1, `one broken frame logged, cut at ${cut}: ${r.log.join(' | ')}`);
    }
    const single = reader();
    single.feed(...Array.from(bytes, (b) => Buffer.from([b])));
    assert.deepEqual(single.messages, [A, B, C], 'one byte at a time');
    const next = seededRandom(11);
    for (let run = 0; run < 200; run++) {
      const r = reader();
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + Math.floor(next() * 40);
        r.feed(bytes.subarray(at, at + size));
        at += size;
      }
      assert.deepEqual(r.messages, [A, B, C], `random cuts, run ${run}`);
    }
  });

  it('skips a frame whose Content-Length of 10^12 is never sent, and reads the next frame at any cut', () => {
    const bytes = Buffer.concat([Buffer.from('Content-Length: 1000000000000\r\n\r\n{"jsonrpc":"2.0","method":"x","params":{"pad":"'), frame(JSON.stringify(A)), frame(JSON.stringify(B))]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = reader();
      r.feed(bytes.subarray(0, cut), bytes.subarray(cut));
      assert.deepEqual(r.messages, [A, B], `cut at byte ${cut}`);
      assert.match(r.log[0], /skipping a message of 1000000000000 bytes, past the 67108864-byte limit/);
    }
  });

  it('cuts a frame short at the next header when it declared more than it sent, at any cut', () => {
    const sent = '{"jsonrpc":"2.0","method":"x","params":{}}';
    const bytes = Buffer.concat([frame(sent, sent.length + 5_000), frame(JSON.stringify(A)), frame(JSON.stringify(B))]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = reader();
      r.feed(bytes.subarray(0, cut), bytes.subarray(cut));
      assert.deepEqual(r.messages, [A, B], `cut at byte ${cut}`);
      assert.deepEqual(r.log, [`the ${sent.length + 5_000}-byte message was cut short: a message header came after ${sent.length} of its bytes; reading on from there`]);
    }
  });

  it('re-reads a header that a wrong Content-Length cut into a body, at any cut', () => {
    const next = frame(JSON.stringify(A));
    const digits = String(Buffer.byteLength(JSON.stringify(A)));
    // A length that ends the body inside the next header's name, and one that ends it inside its digits.
    for (const length of [8, 'Content-Length: '.length + digits.length - 1]) {
      const bytes = Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`), next, frame(JSON.stringify(B))]);
      for (let cut = 1; cut < bytes.length; cut++) {
        const r = reader();
        r.feed(bytes.subarray(0, cut), bytes.subarray(cut));
        assert.deepEqual(r.messages, [A, B], `length ${length}, cut at byte ${cut}`);
        assert.match(r.log.join('\n'), new RegExp(`its last ${length} bytes start a header, read again`));
      }
    }
  });

  it('delivers a body whose text mentions a header: JSON escapes its line breaks', () => {
    const mention = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { text: 'Content-Length: 12\r\n\r\nContent-Length: 5 \u0000' } };
    const bytes = Buffer.concat([frame(JSON.stringify(mention)), frame(JSON.stringify(A))]);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const r = reader();
      r.feed(bytes.subarray(0, cut), bytes.subarray(cut));
      assert.deepEqual(r.messages, [mention, A], `cut at byte ${cut}`);
      assert.deepEqual(r.log, []);
    }
  });

  it('discards a body past the limit as it arrives and reads the frame after it', () => {
    const r = reader();
    const big = Buffer.alloc(MAX_MESSAGE_BYTES + 1, 'x');
    r.feed(Buffer.from(`Content-Length: ${big.length}\r\n\r\n`));
    for (let at = 0; at < big.length; at += 65_536) r.feed(big.subarray(at, at + 65_536));
    r.feed(frame(JSON.stringify(A)));
    assert.deepEqual(r.messages, [A]);
    assert.deepEqual(r.log, [`skipping a message of ${big.length} bytes, past the ${MAX_MESSAGE_BYTES}-byte limit: its body is discarded as it arrives`, `skipped the ${big.length}-byte message`]);
  });

  it('reads a 40 MB message in 64 KB chunks', () => {
    const r = reader();
    const big = frame(JSON.stringify({ jsonrpc: '2.0', method: 'inmail/x', params: { pad: 'é'.repeat(20_000_000) } }));
    for (let at = 0; at < big.length; at += 65_536) r.feed(big.subarray(at, at + 65_536));
    r.feed(frame(JSON.stringify(A)));
    assert.equal(r.messages.length, 2);
    assert.equal((r.messages[0] as { params: { pad: string } }).params.pad.length, 20_000_000);
    assert.deepEqual(r.messages[1], A);
  });

  it('keeps reading after the connection throws on a message, and logs it', () => {
    const r = reader((m) => {
      if ((m as { method?: string }).method === '$/cancelRequest') throw new TypeError("Cannot read properties of null (reading 'toString')");
    });
    r.feed(Buffer.concat([frame('{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":null}}'), frame(JSON.stringify(A))]));
    assert.equal(r.messages.length, 2);
    assert.deepEqual(r.messages[1], A);
    assert.match(r.log.join('\n'), /dropped a message "\$\/cancelRequest" the connection could not take: Cannot read properties of null/);
  });

  it('reads a frame after a header that never ended, keeping its newest bytes', () => {
    const r = reader();
    const junk = Buffer.alloc(300_000, 'j');
    for (let at = 0; at < junk.length; at += 1000) r.feed(junk.subarray(at, at + 1000));
    r.feed(frame(JSON.stringify(A)));
    assert.deepEqual(r.messages, [A]);
    assert.ok(r.log.some((l) => /dropped \d+ bytes of a message header that does not end/.test(l)), r.log.join('\n'));
  });
});
