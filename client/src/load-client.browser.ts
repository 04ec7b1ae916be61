/**
 * Loads the language client after activation has returned, in a browser: a web extension is one file, so
 * the client is in it and only its start waits for the next turn. Stands in for load-client.ts in the web
 * build (see scripts/build.mjs).
 */
import type * as vscode from 'vscode';
import { startLanguageClient } from './browser-client';
import type { ClientListeners, StartedClient } from './client-setup';

export function loadLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): Promise<StartedClient> {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => startLanguageClient(context, listeners));
}
