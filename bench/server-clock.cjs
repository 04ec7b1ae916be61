/**
 * Loaded into the language server by the bench (NODE_OPTIONS=--require), never shipped: the server's own clock
 * for each keystroke, from the moment its stdin delivers a didChange to the moment it writes that version's
 * publishDiagnostics. A client's round trip adds its own wake-ups and parsing and the scheduling of two
 * processes on the machine's cores; this is the part the server decides. Written as JSON to the path in
 * INMAIL_BENCH_CLOCK when the process exits: { received: { "uri#version": ms }, published: { "uri#version": ms } }.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const out = process.env.INMAIL_BENCH_CLOCK;
if (out) {
  const received = {};
  const published = {};
  const ms = () => Number(process.hrtime.bigint()) / 1e6;
  // Both messages name the document early: ..."method":"...","params":{..."uri":"file:///...","version":N
  const documentAfter = (text, method) => {
    const at = text.indexOf(method);
    if (at < 0) return undefined;
    const match = /"uri":"([^"]*)","version":(\d+)/.exec(text.slice(at, at + 900));
    return match ? `${match[1]}#${match[2]}` : undefined;
  };
  const head = (chunk) => (typeof chunk === 'string' ? chunk.slice(0, 1000) : Buffer.isBuffer(chunk) ? chunk.toString('latin1', 0, 1000) : '');
  const emit = process.stdin.emit;
  process.stdin.emit = function (event, chunk) {
    if (event === 'data') {
      const document = documentAfter(head(chunk), '"textDocument/didChange"');
      if (document !== undefined) received[document] = ms();
    }
    return emit.apply(this, arguments);
  };
  const write = process.stdout.write;
  process.stdout.write = function (chunk) {
    const document = documentAfter(head(chunk), '"textDocument/publishDiagnostics"');
    if (document !== undefined && published[document] === undefined) published[document] = ms();
    return write.apply(this, arguments);
  };
  process.on('exit', () => writeFileSync(out, JSON.stringify({ received, published })));
}
