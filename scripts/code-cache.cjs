// Build step: runs the server's bundles (its core, web/server.js, and server-main.js) once through a real start
// (initialize, open a draft, publish its diagnostics) and saves V8's code caches beside them, so every function
// start-up and the first lint use is already compiled at the next start. Run with the same V8 flags the server
// runs with; the argument is the dist folder.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { PassThrough } = require('node:stream');
const { loadServer, CACHE_FILES } = require('../server/launcher/load-bundle.cjs');

const dir = path.resolve(process.argv[2]);
const frame = (message) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};
const draft = 'Subject: Exciting opportunity!\nTo: Dana Reyes\nCompany: Acme\n\nHi there,\n\nWe have a role for you. [Name]\n';
// A stdin that never ends (the server exits when its stdin does) and a stdout that only watches.
const stdin = new PassThrough();
Object.defineProperty(process, 'stdin', { value: stdin, configurable: true });
let output = '';
process.stdout.write = (chunk, encoding, callback) => {
  output += chunk;
  // The message writer waits for each write to complete before the next.
  (typeof encoding === 'function' ? encoding : callback)?.();
  if (output.includes('textDocument/publishDiagnostics')) setImmediate(save);
  return true;
};
const timer = setTimeout(() => {
  console.error('code-cache: the server did not publish diagnostics in time; the cache covers start-up only');
  save();
}, 10_000);

let scripts;
let saved = false;
function save() {
  clearTimeout(timer);
  for (const [name, file] of Object.entries(CACHE_FILES)) fs.writeFileSync(path.join(dir, file), scripts[name].createCachedData());
  saved = true;
  process.exit(0);
}
// A server that exits on its own before the cache is saved must fail the build, not leave it without a cache.
process.on('exit', () => {
  if (saved) return;
  console.error('code-cache: the server exited before its code cache was saved');
  process.exitCode = 1;
});
process.argv = [process.argv[0], path.join(dir, 'server.js'), '--stdio'];
scripts = loadServer(dir, module);
stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
stdin.write(frame({ method: 'initialized', params: {} }));
stdin.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///warm-up.inmail', languageId: 'inmail', version: 1, text: draft } } }));
