// inmail-language-server: loads the bundled server (server-main.js) with the V8 code cache the build made
// for it, which halves start-up. A cache from another V8 (another Node, or VS Code's Electron) is
// rejected by V8 itself and the bundle compiles as usual; nothing is ever written at run time.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, 'server-main.js');
let cachedData;
try {
  cachedData = fs.readFileSync(`${file}.cache`);
} catch {
  // No cache shipped (a development build): compile normally.
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const main = new Module(file, module);
main.filename = file;
main.paths = module.paths;
script.runInThisContext()(main.exports, require, main, file, __dirname);
