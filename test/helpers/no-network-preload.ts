/**
 * A `--require` preload (bundled to out/test/helpers/no-network-preload.js) that makes every way out to
 * the network record the attempt and throw. Used through NODE_OPTIONS by test/robustness/no-network.test.ts.
 *
 * The log (env INMAIL_NET_LOG) gets one JSON line per event: `{"event":"guard-installed"}` when a process
 * loads the guard, `{"event":"attempt","api":...,"target":...}` for each attempt. Only real connects are
 * attempts: stdio pipes are sockets too, but they are opened from a file descriptor and never connect.
 */
import type * as NetModule from 'node:net';

// require(), not import: the patches must land on the modules' own export objects, which every
// later require() of them returns, and not on a bundler's copy.
const fs: typeof import('node:fs') = require('node:fs');
const net: typeof NetModule = require('node:net');
const tls: typeof import('node:tls') = require('node:tls');
const dgram: typeof import('node:dgram') = require('node:dgram');
const http: typeof import('node:http') = require('node:http');
const https: typeof import('node:https') = require('node:https');
const http2: typeof import('node:http2') = require('node:http2');
const dns: typeof import('node:dns') = require('node:dns');

const LOG = process.env.INMAIL_NET_LOG;

function log(entry: Record<string, unknown>): void {
  if (LOG) fs.appendFileSync(LOG, `${JSON.stringify({ ...entry, pid: process.pid, script: process.argv[1] ?? '-e' })}\n`);
}

function describeTarget(args: unknown[]): string {
  const [first, second] = args;
  if (typeof first === 'number' || typeof first === 'string') return `${String(first)}${typeof second === 'string' ? ` ${second}` : ''}`;
  if (first instanceof URL) return first.href;
  if (first && typeof first === 'object') {
    const o = first as Record<string, unknown>;
    return String(o.href ?? o.path ?? `${o.host ?? o.hostname ?? 'localhost'}:${o.port ?? ''}`);
  }
  return String(first);
}

function blocked(api: string, args: unknown[]): never {
  const target = describeTarget(args);
  log({ event: 'attempt', api, target });
  throw new Error(`no-network guard: ${api}(${target}) is not allowed in this test`);
}

/** Replaces `owner[name]` with a function that records and throws. */
function guard(owner: object, name: string, api: string): void {
  Object.defineProperty(owner, name, {
    configurable: true,
    writable: true,
    value: function guarded(...args: unknown[]) {
      return blocked(api, args);
    },
  });
}

// A connect on a Socket: with a port, a host or an IPC path it goes somewhere. Stdio sockets are
// built around a file descriptor (`{ fd }`) and never call connect, so anything that does is recorded.
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(this: NetModule.Socket, ...args: unknown[]) {
  const [first] = args;
  const isStdio = !!first && typeof first === 'object' && 'fd' in (first as object) && !('port' in (first as object)) && !('path' in (first as object));
  if (!isStdio) return blocked('net.Socket.prototype.connect', args);
  return (originalConnect as (...a: unknown[]) => NetModule.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

guard(net, 'connect', 'net.connect');
guard(net, 'createConnection', 'net.createConnection');
guard(tls, 'connect', 'tls.connect');
guard(dgram, 'createSocket', 'dgram.createSocket');
guard(http, 'request', 'http.request');
guard(http, 'get', 'http.get');
guard(https, 'request', 'https.request');
guard(https, 'get', 'https.get');
guard(http2, 'connect', 'http2.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) guard(dns, name, `dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) guard(dns.promises, name, `dns.promises.${name}`);
if (typeof globalThis.fetch === 'function') guard(globalThis, 'fetch', 'fetch');

log({ event: 'guard-installed' });
