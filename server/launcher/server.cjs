// inmail-language-server: loads the bundled server (server-main.js) with the V8 code cache the build made
// for it, which halves start-up. A cache from another V8 (another Node, or VS Code's Electron) is
// rejected by V8 itself and the bundle compiles as usual; nothing is ever written at run time.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadBundle } = require('./load-bundle.cjs');

const file = path.join(__dirname, 'server-main.js');
let cachedData;
try {
  cachedData = fs.readFileSync(`${file}.cache`);
} catch {
  // No cache shipped (a development build): compile normally.
}
loadBundle(file, module, cachedData);
