#!/usr/bin/env node
// End-to-end test of the README's Kate setup in real Kate (Debian's kate, headless: Qt's offscreen platform).
//   PATH=<dir with inmail-language-server>:$PATH INMAIL_FILE=/abs/bad.inmail HOME=/throwaway node kate-test.mjs (run.mjs sets this up)
// The syntax definition and the LSP Client settings are the README's own blocks, installed where the README
// says; the inmail-language-server they name is run.mjs's, which goes through lsp-proxy.mjs, recording the
// traffic (INMAIL_LSP_TRAFFIC, set here). Kate's LSP client offers no way to read its diagnostics from
// outside, so what is checked is the traffic: Kate starts the server for an .inmail file, initializes it,
// opens the draft under its URI, and is sent the diagnostic.
// Exits 0 on success; on failure prints "kate: FAIL: ..." and exits 1.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readmeBlock } from './readme-setup.mjs';

const WAIT_MS = Number(process.env.INMAIL_WAIT_MS) || 30000;
const CODE = 'unknown-header';
const file = process.env.INMAIL_FILE;
const home = process.env.HOME;

function fail(message) {
  console.error(`kate: FAIL: ${message}`);
  process.exit(1);
}
if (!file || !process.env.INMAIL_SERVER_CMD) fail('INMAIL_FILE and INMAIL_SERVER_CMD must be set');

const block = (lang) => {
  try {
    return readmeBlock('**Kate**', lang);
  } catch (error) {
    return fail(error.message);
  }
};

const config = process.env.XDG_CONFIG_HOME || join(home, '.config');
const data = process.env.XDG_DATA_HOME || join(home, '.local', 'share');
const syntaxDir = join(data, 'org.kde.syntax-highlighting', 'syntax');
mkdirSync(syntaxDir, { recursive: true });
writeFileSync(join(syntaxDir, 'inmail.xml'), block('xml'));

const settings = block('json');
mkdirSync(join(config, 'kate', 'lspclient'), { recursive: true });
writeFileSync(join(config, 'kate', 'lspclient', 'settings.json'), settings);
// Kate asks once before it starts a server command from the user's settings; this is the answer "Allow",
// as Kate records it: the command found on PATH, then its arguments.
const command = JSON.parse(settings).servers.inmail.command;
const found = process.env.PATH.split(':').map((d) => join(d, command[0])).find((p) => existsSync(p)) ?? fail(`${command[0]} is not on PATH`);
writeFileSync(join(config, 'katerc'), `[lspclient]\nAllowedServerCommandLines=${[found, ...command.slice(1)].join(' ')}\n`);

const traffic = join(dirname(file), 'lsp-traffic.jsonl');
writeFileSync(traffic, '');
const uri = pathToFileURL(file).href;
// Kate writes a space in a file URI as is; the server answers under the URI it was given, so both are
// compared in one spelling.
const same = (a) => new URL(a).href === uri;
// The watcher can fire while the proxy is still appending a line, so only lines that end in a newline are read.
const messages = () => {
  const text = readFileSync(traffic, 'utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((line) => JSON.parse(line));
};
const sent = (method, from) => messages().filter((m) => m.from === from && m.message.method === method);

const kateProcess = spawn('kate', ['-n', file], {
  env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', INMAIL_LSP_TRAFFIC: traffic, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR || join(home, 'run') },
  stdio: ['ignore', 'ignore', 'pipe'],
  detached: true,
});
let kateLog = '';
kateProcess.stderr.on('data', (d) => (kateLog = (kateLog + d).slice(-4000)));
const stopKate = () => {
  try {
    process.kill(-kateProcess.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
process.on('exit', stopKate);

function verdict() {
  if (!sent('initialize', 'editor').length) return undefined;
  const opened = sent('textDocument/didOpen', 'editor').find((m) => same(m.message.params.textDocument.uri));
  if (!opened) return undefined;
  const published = sent('textDocument/publishDiagnostics', 'server').filter((m) => same(m.message.params.uri) && m.message.params.diagnostics.length);
  const ours = published.at(-1)?.message.params.diagnostics.filter((d) => d.code === CODE);
  if (!ours?.length) return undefined;
  if (opened.message.params.textDocument.text !== readFileSync(file, 'utf8')) return 'the draft Kate opened is not the file';
  const d = ours[0];
  if (ours.length !== 1 || d.range.start.line !== 1 || d.range.start.character !== 0) return `unexpected ${CODE} diagnostics: ${JSON.stringify(ours)}`;
  return 'ok';
}

const deadline = setTimeout(() => fail(`timed out after ${WAIT_MS} ms; traffic: ${messages().map((m) => `${m.from}:${m.message.method ?? `reply ${m.message.id}`}`).join(', ') || 'none (Kate never started the server)'}\n${kateLog}`), WAIT_MS);
const check = () => {
  const result = verdict();
  if (result === undefined) return;
  clearTimeout(deadline);
  if (result !== 'ok') fail(result);
  console.log(`kate: ok (${sent('initialize', 'editor')[0].message.params.clientInfo?.name ?? 'Kate'} started the server, opened the draft, was sent ${CODE})`);
  process.exit(0);
};
watch(traffic, check);
kateProcess.on('exit', (code) => fail(`Kate exited (${code}) before the diagnostic arrived\n${kateLog}`));
