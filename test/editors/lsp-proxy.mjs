#!/usr/bin/env node
// Stands between an editor and the language server, passing every byte through unchanged, and writes one
// JSON line per LSP message ({ from: 'editor' | 'server', message }) to INMAIL_LSP_TRAFFIC. For editors
// whose LSP client no test can query (Kate): the traffic shows what the client sent and was sent.
// The server is INMAIL_SERVER_CMD (a command line split on whitespace, or a JSON array of argv).
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';

const raw = (process.env.INMAIL_SERVER_CMD || '').trim();
const argv = raw.startsWith('[') ? JSON.parse(raw) : raw.split(/\s+/);
const trafficFile = process.env.INMAIL_LSP_TRAFFIC;
if (!argv[0] || !trafficFile) {
  console.error('lsp-proxy: INMAIL_SERVER_CMD and INMAIL_LSP_TRAFFIC must be set');
  process.exit(2);
}

/** Splits a byte stream into LSP messages (Content-Length framing) and records each. */
function recorder(from) {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isInteger(length) || buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      appendFileSync(trafficFile, `${JSON.stringify({ from, message: JSON.parse(body) })}\n`);
    }
  };
}

const server = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
const fromEditor = recorder('editor');
const fromServer = recorder('server');
process.stdin.on('data', (chunk) => {
  fromEditor(chunk);
  server.stdin.write(chunk);
});
process.stdin.on('end', () => server.stdin.end());
server.stdout.on('data', (chunk) => {
  fromServer(chunk);
  process.stdout.write(chunk);
});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
