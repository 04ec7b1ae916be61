/**
 * Loads the language client after activation has returned, under Node: the client is the browser build's
 * (dist/web/extension.js, which the package carries anyway), on the Node server in a child process shaped
 * like its worker (server-process.ts). Required on the next turn of the event loop, so activation never
 * waits on it. The browser build swaps this module for load-client.browser.ts (see scripts/build.mjs).
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import SERVER_NODE_FLAGS from '../../server/launcher/node-flags.json';
import type { startWorkerClient } from './browser-client';
import type { ClientListeners, StartedClient } from './client-setup';
import { ServerProcess } from './server-process';

/** As vscode-languageclient tells it: the extension host runs with --inspect or --debug (an extension's debug session). */
function startedInDebugMode(): boolean {
  return process.execArgv.some((arg) => /^--(debug|debug-brk|inspect|inspect-brk)(=|$)/.test(arg));
}

export function loadLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): Promise<StartedClient> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        const web = require(path.join(__dirname, 'web', 'extension.js')) as { startWorkerClient: typeof startWorkerClient };
        // The same V8 flags the server's shebang carries (see scripts/build.mjs): they keep its memory flat and low.
        // An extension host being debugged gets a server to attach to, as vscode-languageclient's debug options gave.
        const execArgv = startedInDebugMode() ? [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] : SERVER_NODE_FLAGS;
        const server = new ServerProcess(context.asAbsolutePath(path.join('dist', 'server.js')), execArgv);
        resolve(web.startWorkerClient(context, listeners, server));
      } catch (error) {
        reject(error);
      }
    });
  });
}
