// Stands in for `crypto` in the server bundle. vscode-jsonrpc loads it at start-up (about 12 ms here, a
// third of the server's own start) for ids it makes later, if ever: a capability registration, a pipe
// name. This loads the real module on first use instead.
'use strict';
let crypto;
const real = () => (crypto ??= require('node:crypto'));
module.exports = {
  randomUUID: (...args) => real().randomUUID(...args),
  randomBytes: (...args) => real().randomBytes(...args),
};
