/**
 * The browser entry (dist/web/extension.js): the extension itself, and the client the desktop host loads
 * from the same file (load-client.ts), so the package carries vscode-languageclient once.
 */
export { activate, deactivate } from './extension';
export { startWorkerClient } from './browser-client';
