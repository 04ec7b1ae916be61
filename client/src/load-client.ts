/**
 * Loads the language client after activation has returned, under Node: it is a bundle of its own
 * (dist/language-client.js), required on the next turn of the event loop. The browser build swaps this
 * module for load-client.browser.ts (see scripts/build.mjs).
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { ClientListeners, StartedClient, startLanguageClient } from './language-client';

export function loadLanguageClient(context: vscode.ExtensionContext, listeners: ClientListeners): Promise<StartedClient> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        const load = require(path.join(__dirname, 'language-client.js')) as { startLanguageClient: typeof startLanguageClient };
        resolve(load.startLanguageClient(context, listeners));
      } catch (error) {
        reject(error);
      }
    });
  });
}
