// Compiles the Node server's bundles with optional V8 code caches and runs them as modules; shared by the
// server's launcher and the build step that makes the caches, so both compile them the same way.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/** Returns the compiled script (for createCachedData) after running `source` as the module `file`. */
function runBundle(file, source, parent, cachedData) {
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const main = new Module(file, parent);
  main.filename = file;
  main.paths = parent.paths;
  script.runInThisContext()(main.exports, require, main, file, path.dirname(file));
  return script;
}

/** A CommonJS bundle from disk. */
function loadBundle(file, parent, cachedData) {
  return runBundle(file, fs.readFileSync(file, 'utf8'), parent, cachedData);
}

/**
 * Letters past Latin-1 as \uXXXX escapes (the build checks that none follows a backslash): V8 holds a script's
 * source for as long as it runs, and one such letter would make all of it two bytes a character.
 */
const oneByte = (source) => source.replace(/[^\x00-\xff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The Node server in `dir`: its core, the web server's bundle (web/server.js), which fills `inmailCore` with what
 * the server's own bundle (server-main.js) takes from it, then that bundle. `caches` holds each one's code cache.
 */
function loadServer(dir, parent, caches = {}) {
  globalThis.inmailCore = {};
  const coreFile = path.join(dir, 'web', 'server.js');
  const core = runBundle(coreFile, oneByte(fs.readFileSync(coreFile, 'utf8')), parent, caches.core);
  const main = loadBundle(path.join(dir, 'server-main.js'), parent, caches.main);
  return { core, main };
}

module.exports = { loadBundle, loadServer, oneByte, CACHE_FILES: { core: 'server-core.cache', main: 'server-main.js.cache' } };
