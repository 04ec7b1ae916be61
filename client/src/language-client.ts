/**
 * The language client under Node: the server runs as a child process (dist/server.js). vscode-languageclient
 * is most of the extension's code, so this is a bundle of its own, loaded only after activation has
 * returned (see load-client.ts): the editor is never kept waiting on it.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import SERVER_NODE_FLAGS from '../../server/launcher/node-flags.json';
import { clientOptions, startClient, type ClientListeners, type StartedClient } from './client-setup';

export type { ClientListeners, StartedClient } from './client-setup';

export function startLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): StartedClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The same V8 flags the server's shebang carries (see scripts/build.mjs): they keep its memory flat and low.
  const execArgv = [...SERVER_NODE_FLAGS];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'] } },
  };
  return startClient(new LanguageClient('inmail', 'InMail', serverOptions, clientOptions()), context, listeners);
}
