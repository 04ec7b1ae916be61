/**
 * The browser entry (dist/web/extension.js): the extension itself, and what the desktop host loads from the
 * same file, the client (load-client.ts) and the parts activation never runs (web-parts.ts), so the package
 * carries vscode-languageclient and those parts once.
 */
export { activate, deactivate } from './extension';
export { startWorkerClient } from './browser-client';
export { webParts } from './web-parts';
