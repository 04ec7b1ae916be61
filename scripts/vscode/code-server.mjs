// Starts code-server (a real VS Code, served to a browser) on loopback in a throwaway folder, and stops it
// with its whole process group. Everything it and the browser write stays inside that folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CACHE, CODE_SERVER_ENTRY, NODE24_BIN, PrerequisiteError, ensureCodeServer, log } from './install.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh folder per run: HOME, TMPDIR, XDG dirs, user data, extensions, browser profile. */
export function makeRunDir() {
  fs.mkdirSync(path.join(CACHE, 'runs'), { recursive: true });
  const runDir = fs.mkdtempSync(path.join(CACHE, 'runs', 'run-'));
  const dirs = Object.fromEntries(
    ['home', 'tmp', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-runtime', 'user-data', 'extensions', 'chromium-profile'].map((d) => [d, path.join(runDir, d)]),
  );
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  // No welcome page, no update checks or recommendations: nothing that would reach for the network.
  fs.writeFileSync(
    path.join(dirs['user-data'], 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'files.autoSave': 'off',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
    }, null, 2),
  );
  return { runDir, dirs };
}

export function isolatedEnv(dirs, extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|VSCODE_|ELECTRON_)/i.test(k)));
  for (const k of ['PORT', 'PASSWORD', 'HASHED_PASSWORD']) delete env[k];
  return {
    ...env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    XDG_RUNTIME_DIR: dirs['xdg-runtime'],
    // An empty gallery: code-server would otherwise query a marketplace over the network.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

async function waitForHealth(port, child, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new PrerequisiteError(`code-server exited early with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new PrerequisiteError(`code-server did not answer on port ${port} within ${ms / 1000} s`);
}

function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      setTimeout(resolve, 500);
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });
}

/** Runs code-server's own CLI (e.g. --install-extension) against a run folder, and waits for it. */
export function codeServerCli(node, dirs, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [CODE_SERVER_ENTRY, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, ...args], { env: isolatedEnv(dirs), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`code-server ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

/**
 * Starts code-server; resolves once it answers. `stop()` ends it and every child it started.
 * `env` reaches the extension host, which inherits code-server's environment.
 */
export async function startCodeServer({ runDir, dirs, env = {}, verbose = false, port: wanted }) {
  const node = ensureCodeServer();
  const port = wanted ?? (await freePort());
  const config = path.join(runDir, 'code-server.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    CODE_SERVER_ENTRY,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    // The web workbench honours the extension development and test paths only with the smoke-test driver on.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const logFile = path.join(runDir, 'code-server.log');
  const fd = fs.openSync(logFile, 'w');
  if (verbose) log(`starting code-server on 127.0.0.1:${port}`);
  // detached: its own process group, so stop() reaches the extension host and language server too.
  const child = spawn(node, args, { cwd: runDir, env: isolatedEnv(dirs, env), detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const stop = () => stopGroup(child);
  // A crash elsewhere must not leave code-server running.
  process.on('exit', () => {
    try {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  await waitForHealth(port, child, 60_000).catch(async (error) => {
    await stop();
    throw error;
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  return { port, child, stop, node, logFile, remote, url: (query) => `http://127.0.0.1:${port}/?${query}` };
}

/** Debian's Chromium, headless, through playwright-core; never a browser download. */
export async function launchBrowser(dirs) {
  if (!fs.existsSync(CHROMIUM)) throw new PrerequisiteError(`${CHROMIUM} not found: apt-get install -y chromium`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PrerequisiteError('playwright-core is not installed: run npm install');
  }
  return chromium.launchPersistentContext(dirs['chromium-profile'], {
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-features=Translate,MediaRouter,OptimizationHints', '--password-store=basic'],
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, HOME: dirs.home, TMPDIR: dirs.tmp, XDG_CONFIG_HOME: dirs['xdg-config'], XDG_CACHE_HOME: dirs['xdg-cache'] },
  });
}
