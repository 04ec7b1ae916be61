// The Node server's own bundle (dist/server-main.js) on the web server's (dist/web/server.js) as its core: the
// engine, the rules and the LSP work are the web build's, loaded first (server/launcher/load-bundle.cjs), so the
// package carries them once. Each import of the Node side that resolves to a module the web bundle holds reads
// `inmailCore`, the object the web bundle fills with server/src/core-for-node.ts's list (by short keys); the build
// fails on an import of such a module that the list lacks (a second copy of it would run with state of its own).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LAZY, LAZY_STUB } from './merge-chunk.mjs';

const REGISTRY = resolve('server', 'src', 'core-for-node.ts');
const SKIP = { coreForNode: true };

/** The registry's names, each with the module it comes from and its key in `inmailCore`. */
function registryNames() {
  const source = readFileSync(REGISTRY, 'utf8');
  const modules = new Map();
  for (const { specifier, names } of importedNames(source)) for (const name of names) modules.set(name, resolve(dirname(REGISTRY), `${specifier}.ts`));
  const names = new Map();
  for (const [, key, name] of source.slice(source.indexOf('CORE_FOR_NODE = {')).matchAll(/^\s+(\w+): (\w+),$/gm)) names.set(name, { key, path: modules.get(name) });
  return names;
}

/** The value names an import statement takes (`type` ones left out), by specifier. */
function importedNames(source) {
  const found = [];
  for (const [, typeOnly, list, specifier] of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (typeOnly) continue;
    const names = list.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0]);
    found.push({ specifier, names });
  }
  return found;
}

/** esbuild plugin for the Node server's bundle; `core` is the set of files (absolute) the web bundle holds. */
export function coreForNode(core) {
  const names = registryNames();
  const resolvedImports = new Map();
  return {
    name: 'core-for-node',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.coreForNode || args.kind === 'entry-point') return undefined;
        const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: SKIP });
        if (result.errors.length) return { errors: result.errors };
        const path = LAZY.includes(result.path) ? LAZY_STUB : result.path;
        if (result.namespace !== 'file' || !core.has(path)) return { path: result.path, namespace: result.namespace, external: result.external, sideEffects: result.sideEffects };
        resolvedImports.set(`${args.importer}\0${args.path}`, path);
        return { path, namespace: 'inmail-core' };
      });
      build.onLoad({ filter: /.*/, namespace: 'inmail-core' }, (args) => {
        const fields = [...names].filter(([, entry]) => entry.path === args.path).map(([name, { key }]) => `${name}: inmailCore.${key}`);
        return { contents: `module.exports = { ${fields.join(', ')} };`, loader: 'js' };
      });
      build.onEnd(() => {
        const errors = [];
        for (const importer of new Set([...resolvedImports.keys()].map((key) => key.split('\0')[0]))) {
          for (const { specifier, names: wanted } of importedNames(readFileSync(importer, 'utf8'))) {
            const path = resolvedImports.get(`${importer}\0${specifier}`);
            if (!path) continue;
            for (const name of wanted) {
              if (names.get(name)?.path !== path) errors.push({ text: `${importer} imports ${name} from the web bundle's ${path}, which server/src/core-for-node.ts does not list` });
            }
          }
        }
        // esbuild does not print what an onEnd callback reports; the build's own message keeps one line of it.
        for (const { text } of errors) console.error(`core-for-node: ${text}`);
        return { errors };
      });
    },
  };
}
