/**
 * The desktop client's server: dist/server.js in a child process shaped like a web worker
 * (client/src/server-process.ts), as the browser entry's language client drives it.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ServerProcess } from '../../client/src/server-process';
import { repoRoot } from '../helpers/repo';

const SERVER = join(repoRoot(), 'dist', 'server.js');

function answers(server: ServerProcess): (id: number, timeoutMs?: number) => Promise<{ id: number; result?: unknown }> {
  const seen: { id: number; result?: unknown }[] = [];
  const waiting: (() => void)[] = [];
  server.onmessage = ({ data }) => {
    seen.push(data as { id: number });
    for (const wake of waiting.splice(0)) wake();
  };
  return (id, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to request ${id}`)), timeoutMs);
      const look = () => {
        const found = seen.find((m) => m.id === id);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiting.push(look);
      };
      look();
    });
}

const initialize = (id: number) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

describe('the desktop client\'s server process', () => {
  it('starts on the first message, answers over IPC, and starts a new process after exit', async () => {
    const server = new ServerProcess(SERVER, []);
    const answer = answers(server);
    try {
      server.postMessage(initialize(1));
      assert.equal(((await answer(1)).result as { serverInfo: { name: string } }).serverInfo.name, 'inmail-language-server');
      server.postMessage({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
      await answer(2);
      let crashed = false;
      server.onUnexpectedExit(() => (crashed = true));
      server.postMessage({ jsonrpc: '2.0', method: 'exit' });
      // The restart: a new process answers a new initialize; the one that exited was asked to, no crash.
      server.postMessage(initialize(3));
      await answer(3);
      assert.equal(crashed, false);
    } finally {
      server.terminate();
    }
  });

  it('says when its process ends unasked, and logs its stderr', async () => {
    const server = new ServerProcess(SERVER, []);
    const answer = answers(server);
    let log = '';
    const logged = new Promise<void>((resolve) =>
      server.logTo((text) => {
        log += text;
        if (/ignored a textDocument\/didChange notification/.test(log)) resolve();
      }),
    );
    const crashed = new Promise<void>((resolve) => server.onUnexpectedExit(resolve));
    try {
      server.postMessage(initialize(1));
      await answer(1);
      // A malformed edit is logged on the server's stderr; then its process is killed from outside (its pid
      // read from the adapter, which does not otherwise show it).
      server.postMessage({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: 'x' } });
      await logged;
      process.kill((server as unknown as { child: { pid: number } }).child.pid, 'SIGKILL');
      await crashed;
    } finally {
      server.terminate();
    }
  });
});
