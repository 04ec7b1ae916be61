/**
 * The InMail language server under Node, reading the disk (the work itself is in lsp/serve.ts).
 * Runs over stdio (`inmail-language-server --stdio`) for any editor, or IPC inside VS Code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setRuleDocsUri } from './lsp/convert';
import { setMergeCodeSource } from './lsp/merge-code';
import { MessageGate } from './lsp/message-gate';
import { serve } from './lsp/serve';
import { connect } from './lsp/transport';
import { DiskFiles } from './node/workspace-files';
import { readCoachingDataFrom } from './node/coaching-data';

const stdio = process.argv.includes('--stdio');
if (stdio) {
  // stdout carries the protocol: anything printed must go to stderr instead.
  for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = console.error;
}
// A bad message is logged and dropped, never fatal: stderr is where editors keep a server's log.
const log = (line: string) => console.error(line);
const gate = new MessageGate(log);
const connection = connect(gate, (line) => log(`inmail: ${line}`));
// Work started with `void` must not end the process by failing later: say so and serve on.
process.on('unhandledRejection', (reason) => log(`inmail: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
if (stdio) {
  // The editor closing our stdin means it has gone; there is nobody left to serve.
  process.stdin.on('end', () => process.exit(0));
}
// The rule docs ship beside the bundle (dist/../docs/rules), so the links work offline.
setRuleDocsUri(pathToFileURL(join(__dirname, '..', 'docs', 'rules')).toString());
readCoachingDataFrom(__dirname);
// The mail-merge code beside the bundle (scripts/merge-chunk.mjs), read the first time a draft has recipients.
setMergeCodeSource({ sync: () => readFileSync(join(__dirname, 'merge.js'), 'utf8') });
serve(connection, gate, new DiskFiles(), log);
