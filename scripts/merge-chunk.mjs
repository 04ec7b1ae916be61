// The mail-merge code as a file of its own (dist/merge.js), which either server (dist/server-main.js,
// dist/web/server.js) loads the first time a draft has recipients (server/src/merge-chunk.ts, server/src/lsp/merge-code.ts):
// Papa Parse and every recipient's lint are about 36 KB that a draft without recipients never runs, and the web
// server's download has a budget. esbuild splits code only into ES modules, which a worker started from a blob URL
// cannot import, so the split is made here:
//  - the server bundle links server/src/lsp/merge-code.lazy.ts in place of the merge modules the chunk holds;
//  - the chunk is CommonJS, and each module it imports that the server bundle already holds (the engine, the
//    rules, their state) it takes from the server's MERGE_HOST instead of a second copy;
//  - MERGE_HOST (server/src/lsp/merge-host.ts) is written to list exactly those modules.
// Each server is built twice: once to learn what it holds, then with the list the chunk asked for. The chunk is
// built once, for the browser (which Node runs as well), from what both servers hold.
import { relative, resolve, sep } from 'node:path';

const SRC = resolve('server', 'src');
/** The merge modules the server bundles import and the chunk holds (merge-chunk.ts exports what they export). */
export const LAZY = [
  ...['csv', 'lint-recipients', 'worst', 'preview', 'samples'].map((name) => resolve(SRC, 'engine', 'merge', `${name}.ts`)),
  // Reading a .inmailrc.json (jsonc-parser): only a workspace with one needs it.
  resolve(SRC, 'engine', 'config-text.ts'),
];
export const LAZY_STUB = resolve(SRC, 'lsp', 'merge-code.lazy.ts');
const HOST = resolve(SRC, 'lsp', 'merge-host.ts');
const CHUNK_ENTRY = resolve(SRC, 'merge-chunk.ts');

/** A module's name in MERGE_HOST: its path from the repository. */
const hostKey = (file) => relative(process.cwd(), file).split(sep).join('/');
const SKIP = { mergeChunk: true };

/** `args` resolved as esbuild (and the other plugins) would, without this plugin. */
const resolved = (build, args) => build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: SKIP });

/** In a server bundle: the stub for the chunk's modules, and MERGE_HOST listing `shared`. */
function serverSide(shared) {
  return {
    name: 'merge-chunk-server',
    setup(build) {
      build.onResolve({ filter: /\/(csv|lint-recipients|worst|preview|samples|config-text|merge-host)$/ }, async (args) => {
        if (args.pluginData?.mergeChunk) return undefined;
        const result = await resolved(build, args);
        if (result.errors.length) return { errors: result.errors };
        if (LAZY.includes(result.path)) return { path: LAZY_STUB };
        if (result.path === HOST) return { path: HOST, namespace: 'merge-host' };
        return { path: result.path, namespace: result.namespace, external: result.external, sideEffects: result.sideEffects };
      });
      build.onLoad({ filter: /.*/, namespace: 'merge-host' }, () => ({
        contents: `${shared.map((file, i) => `import * as m${i} from ${JSON.stringify(file)};\n`).join('')}export const MERGE_HOST = {${shared.map((file, i) => `${JSON.stringify(hostKey(file))}: m${i}`).join(', ')}};\n`,
        loader: 'ts',
        resolveDir: SRC,
      }));
    },
  };
}

/** In the chunk: each import the server bundle holds (`held`) read from the host, its name added to `shared`. */
function chunkSide(held, shared) {
  return {
    name: 'merge-chunk',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.mergeChunk || args.kind === 'entry-point') return undefined;
        const result = await resolved(build, args);
        if (result.errors.length) return { errors: result.errors };
        if (result.namespace !== 'file' || !held.has(result.path)) return { path: result.path, namespace: result.namespace, external: result.external, sideEffects: result.sideEffects };
        if (!shared.includes(result.path)) shared.push(result.path);
        return { path: result.path, namespace: 'merge-host' };
      });
      build.onLoad({ filter: /.*/, namespace: 'merge-host' }, (args) => ({ contents: `module.exports = inmailHost[${JSON.stringify(hostKey(args.path))}];`, loader: 'js' }));
    },
  };
}

/** The files in a build's metafile, as absolute paths (virtual modules left out). */
const inputsOf = (metafile) => new Set(Object.keys(metafile.inputs).filter((key) => !key.includes(':')).map((key) => resolve(key)));

/**
 * Builds each server `servers` describe and one merge chunk for all of them, `chunk` (esbuild options: where it
 * goes, for which platform); fails when a server would still carry a module of the chunk's own. The chunk
 * takes from a server only what every server holds, so any of them can load it. Resolves to each server's files.
 */
export async function buildServersWithMergeChunk(esbuild, servers, chunk) {
  const firsts = await Promise.all(servers.map((options) => esbuild.build({ ...options, plugins: [serverSide([]), ...(options.plugins ?? [])], write: false, metafile: true })));
  const [held, ...others] = firsts.map((first) => inputsOf(first.metafile));
  for (const file of held) if (others.some((other) => !other.has(file))) held.delete(file);
  const shared = [];
  const built = await esbuild.build({ ...chunk, format: 'cjs', entryPoints: { merge: CHUNK_ENTRY }, plugins: [chunkSide(held, shared), ...(chunk.plugins ?? [])], metafile: true });
  shared.sort();
  const own = [...inputsOf(built.metafile)].filter((file) => file !== CHUNK_ENTRY);
  return Promise.all(servers.map(async (options) => {
    const server = await esbuild.build({ ...options, plugins: [serverSide(shared), ...(options.plugins ?? [])], metafile: true });
    const doubled = own.filter((file) => inputsOf(server.metafile).has(file));
    if (doubled.length) throw new Error(`${Object.keys(options.entryPoints)} carries the merge chunk's ${doubled.map(hostKey).join(', ')}`);
    return inputsOf(server.metafile);
  }));
}
