/** What the extension-host tests share: the workspace, waiting on events, the extension's API. Portable: no Node built-ins. */
import * as vscode from 'vscode';
import type { InmailApi } from '../../client/src/extension';
import * as assert from './assert';

export const EXTENSION_ID = 'inmail.inmail';

export function examplesUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the examples folder is open as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolves when `check` holds, re-checking on every `event`; fails with `what` after the timeout. */
export function waitFor<T>(event: vscode.Event<T>, check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event(() => {
      if (!check()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

export function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
}

export async function api(): Promise<InmailApi> {
  const extension = vscode.extensions.getExtension<InmailApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const exports = await extension.activate();
  await exports.ready;
  return exports;
}

/** The status bar repaints on its own schedule; the item's text is what the extension set. */
export function onTick(ms = 50): vscode.Event<void> {
  return (listener) => {
    const handle = setInterval(() => listener(), ms);
    return { dispose: () => clearInterval(handle) };
  };
}
