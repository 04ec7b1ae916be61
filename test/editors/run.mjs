#!/usr/bin/env node
// Runs the headless editor end-to-end tests (Neovim, Vim/ALE, Kate, Emacs/Eglot) against the built language
// server: each editor's own LSP client opens a bad draft, gets the diagnostic, applies the quick fix, sees it
// go (Kate: starts the server, opens the draft and is sent the diagnostic; its client cannot be driven further).
//   node test/editors/run.mjs [nvim|vim|kate|eglot ...]
// INMAIL_SERVER_CMD: a command line split on whitespace, or a JSON array of argv (absolute paths:
//   editors run in a temp folder). Default: node dist/server.js --stdio from this checkout.
// INMAIL_EDITOR_TIMEOUT_MS (default 60000) kills a stuck editor; INMAIL_DEBUG=1 dumps LSP traffic.
// A missing editor is skipped with a hint, or fails when CI=true.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readmeBlock } from './readme-setup.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const serverCmd = process.env.INMAIL_SERVER_CMD || JSON.stringify([process.execPath, join(here, '..', '..', 'dist', 'server.js'), '--stdio']);
const timeoutMs = Number(process.env.INMAIL_EDITOR_TIMEOUT_MS) || 60000;
const ci = process.env.CI === 'true';

const suites = [
  {
    name: 'nvim', bin: 'nvim', install: 'apt-get install neovim',
    args: ['--headless', '--clean', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${join(here, 'nvim-test.lua')}`],
  },
  {
    name: 'vim', bin: 'vim', install: 'apt-get install vim-nox vim-ale',
    // Debian's vim-ale is the optional package `ale` (INMAIL_ALE_DIR names an ALE checkout instead); Vim needs +job and +channel.
    probe: ['-N', '-u', 'NONE', '-i', 'NONE', '-es', '-c', process.env.INMAIL_ALE_DIR ? 'let &rtp = $INMAIL_ALE_DIR . "," . &rtp' : 'silent! packadd ale', '-c', "if has('job') && has('channel') && !empty(globpath(&rtp, 'autoload/ale/linter.vim')) | qall! | else | cquit 3 | endif"],
    // The vimrc is the README's Vim block as written; the command it names is put on PATH.
    setup: (dir, env) => {
      const vimrc = join(dir, 'vimrc');
      const block = readmeBlock('**Vim with ALE**', 'vim');
      writeFileSync(vimrc, process.env.INMAIL_ALE_DIR ? `let &runtimepath = $INMAIL_ALE_DIR . ',' . &runtimepath\n${block.replace(/^packadd! ale.*\n/m, '')}` : block);
      env.PATH = `${serverOnPath(dir)}:${env.PATH}`;
      return ['-N', '-u', vimrc, '-i', 'NONE', '-n', '-es', '-S', join(here, 'vim-test.vim')];
    },
  },
  {
    // Kate is a desktop application: a node driver runs it headless and reads the LSP traffic (see kate-test.mjs).
    name: 'kate', bin: process.execPath, probeBin: 'kate', install: 'apt-get install kate',
    // The README's command, on PATH, runs the server through lsp-proxy.mjs, which records the traffic.
    setup: (dir, env) => {
      env.PATH = `${serverOnPath(dir, [process.execPath, join(here, 'lsp-proxy.mjs')])}:${env.PATH}`;
      return [join(here, 'kate-test.mjs')];
    },
  },
  {
    name: 'eglot', bin: 'emacs', install: 'apt-get install emacs-nox elpa-eglot',
    // Emacs can be present without Eglot (Debian's emacs 28 doesn't bundle it).
    probe: ['--batch', '--eval', "(kill-emacs (if (require 'eglot nil t) 0 3))"],
    args: ['--batch', '-l', join(here, 'eglot-test.el')],
  },
];

/**
 * A folder holding `inmail-language-server`, the README's command, running the server under test (or
 * `through`, a command that runs it: it finds the server in INMAIL_SERVER_CMD).
 */
function serverOnPath(dir, through) {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const argv = through ?? (serverCmd.trim().startsWith('[') ? JSON.parse(serverCmd) : serverCmd.trim().split(/\s+/));
  const quote = (a) => `'${a.replace(/'/g, "'\\''")}'`;
  // The README's command adds --stdio itself.
  writeFileSync(join(bin, 'inmail-language-server'), `#!/bin/sh\nexec ${argv.filter((a) => a !== '--stdio').map(quote).join(' ')} "$@"\n`);
  chmodSync(join(bin, 'inmail-language-server'), 0o755);
  return bin;
}

function available(suite) {
  const r = spawnSync(suite.probeBin || suite.bin, suite.probe || ['--version'], { stdio: 'ignore', timeout: 20000, env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  return !r.error && r.status === 0;
}

// Linux: all live descendants of pid (Neovim starts the server in its own session,
// so killing the editor's process group alone would leave a hung server behind).
function descendants(pid) {
  const kids = new Map();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${p}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) || []), Number(p)]);
    } catch { /* exited meanwhile */ }
  }
  const out = [];
  for (let todo = [pid]; todo.length;) for (const k of kids.get(todo.pop()) || []) { out.push(k); todo.push(k); }
  return out;
}

function runSuite(suite) {
  // Fresh folder per editor: a space in its name exercises file-URI escaping.
  const dir = mkdtempSync(join(tmpdir(), 'inmail editor-'));
  const file = join(dir, 'bad.inmail');
  copyFileSync(join(here, 'fixtures', 'bad.inmail'), file);
  const home = join(dir, 'home');
  mkdirSync(home);
  const env = {
    ...process.env, INMAIL_SERVER_CMD: serverCmd, INMAIL_FILE: file,
    HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local/state'), XDG_DATA_HOME: join(home, '.local/share'),
  };
  const started = Date.now();
  return new Promise((resolve) => {
    // Own process group, so a timeout kills the editor and the server it spawned.
    const args = suite.setup ? suite.setup(dir, env) : suite.args;
    const child = spawn(suite.bin, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    let timedOut = false;
    const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } };
    const timer = setTimeout(() => {
      timedOut = true;
      for (const pid of descendants(child.pid)) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
      killGroup();
    }, timeoutMs);
    child.on('error', (err) => { output += String(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(); // a server left behind by the editor
      rmSync(dir, { recursive: true, force: true });
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const why = timedOut ? `killed after ${timeoutMs}ms timeout`
        : code === 0 ? '' : `exit ${code ?? signal}`;
      resolve({ ok: code === 0 && !timedOut, secs, why, output });
    });
  });
}

const wanted = process.argv.slice(2);
const counts = { passed: 0, failed: 0, skipped: 0 };
console.log(`server: ${serverCmd}`);
for (const suite of suites.filter((s) => !wanted.length || wanted.includes(s.name))) {
  if (!available(suite)) {
    const missing = `\`${suite.probeBin || suite.bin}\` (with what it needs) not found; install with: ${suite.install}`;
    if (ci) { console.log(`FAIL ${suite.name}: ${missing} (a missing editor fails when CI=true)`); counts.failed++; }
    else { console.log(`SKIP ${suite.name} suite skipped: ${missing}`); counts.skipped++; }
    continue;
  }
  const r = await runSuite(suite);
  console.log(`${r.ok ? 'PASS' : 'FAIL'} ${suite.name} (${r.secs}s)${r.why ? ` - ${r.why}` : ''}`);
  if (!r.ok || process.env.INMAIL_DEBUG) console.log(r.output.trim().replace(/^/gm, '    '));
  counts[r.ok ? 'passed' : 'failed']++;
}
console.log(`editors: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exitCode = counts.failed ? 1 : 0;
