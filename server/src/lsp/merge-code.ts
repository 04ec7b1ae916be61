/**
 * The servers' mail-merge code, loaded the first time a draft has recipients (server/src/merge-chunk.ts):
 * under Node read from beside the bundle, in a browser's worker asked of the client like the coaching data.
 * A draft without recipients never loads it. In the server bundles, imports of the merge modules it holds
 * lead to merge-code.lazy.ts, which calls into what was loaded here.
 */
import type * as MergeChunk from '../merge-chunk';
import { MERGE_HOST } from './merge-host';

export type MergeCode = typeof MergeChunk;

let loaded: MergeCode | undefined;
let loading: Promise<MergeCode> | undefined;
let readSync: (() => string) | undefined;
let readAsync: (() => Promise<string>) | undefined;

/** Where the chunk's text comes from: a file read at once (Node) or a request answered later (a worker). */
export function setMergeCodeSource(source: { sync: () => string } | { async: () => Promise<string> }): void {
  readSync = 'sync' in source ? source.sync : undefined;
  readAsync = 'async' in source ? source.async : undefined;
}

/** Runs the chunk's CommonJS text with the server's shared modules at hand. */
export function evaluateMergeChunk(text: string, name: string): MergeCode {
  const module = { exports: {} as MergeCode };
  // The chunk is the extension's own file, read from where the extension is installed or served. A worker of
  // VS Code's web extension host may evaluate code: its page's CSP has 'unsafe-eval' (and blob:, for the worker).
  // The CommonJS text runs as a function body: `module` takes its exports, `inmailHost` the shared modules.
  new Function('module', 'exports', 'inmailHost', `${text}\n//# sourceURL=${name}`)(module, module.exports, MERGE_HOST);
  return module.exports;
}

/**
 * Resolves once the merge code is loaded, so that mergeCode() answers; at once where nothing is to be
 * loaded (a source read synchronously, or no source: the merge modules were bundled in). A failed read is
 * tried again by the next call.
 */
export function loadMergeCode(): Promise<void> {
  if (loaded || !readAsync) return Promise.resolve();
  loading ??= readAsync().then(
    (text) => (loaded = evaluateMergeChunk(text, 'inmail-merge.js')),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading.then(() => undefined);
}

/** The loaded merge code; under Node loaded here on first use. Only code reached through a recipients table calls it. */
export function mergeCode(): MergeCode {
  if (loaded) return loaded;
  if (readSync) return (loaded = evaluateMergeChunk(readSync(), 'merge.js'));
  throw new Error('the mail-merge code is not loaded yet (loadMergeCode() comes first, before a recipients CSV is parsed)');
}
