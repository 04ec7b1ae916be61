// Compiles a CommonJS bundle with an optional V8 code cache and runs it as a module; shared by the
// server's launcher and the build step that makes the cache, so both compile it the same way.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

/** Returns the compiled script (for createCachedData) after running it as the module `file`. */
function loadBundle(file, parent, cachedData) {
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const main = new Module(file, parent);
  main.filename = file;
  main.paths = parent.paths;
  script.runInThisContext()(main.exports, require, main, file, path.dirname(file));
  return script;
}

module.exports = { loadBundle };
