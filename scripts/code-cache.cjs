// Build step: compiles and evaluates the server bundle once, then saves V8's code cache beside it, so the
// functions start-up runs are already compiled. Run with the same V8 flags the server runs with.
'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
const Module = require('node:module');
const path = require('node:path');

const file = path.resolve(process.argv[2]);
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
const main = new Module(file, module);
main.filename = file;
main.paths = module.paths;
// Evaluating with --stdio sets the server up on a closed stdin; the cache is taken before it could read.
process.argv = [process.argv[0], file, '--stdio'];
script.runInThisContext()(main.exports, require, main, file, path.dirname(file));
fs.writeFileSync(`${file}.cache`, script.createCachedData());
process.exit(0);
