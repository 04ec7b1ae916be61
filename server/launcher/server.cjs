// inmail-language-server: loads the bundled server (web/server.js, its core, then server-main.js) with the V8
// code caches the build made for them, which halves start-up. A cache from another V8 (another Node, or VS
// Code's Electron) is rejected by V8 itself and the bundle compiles as usual; nothing is ever written at run time.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadServer, CACHE_FILES } = require('./load-bundle.cjs');

const caches = {};
for (const [name, file] of Object.entries(CACHE_FILES)) {
  try {
    caches[name] = fs.readFileSync(path.join(__dirname, file));
  } catch {
    // No cache shipped (a development build): compile normally.
  }
}
loadServer(__dirname, module, caches);
