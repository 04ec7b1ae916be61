// Stands in for Node built-ins the language libraries import but this server never calls (socket and pipe
// transports, spawning processes): loading them costs start-up time on every launch. Using one is a bug,
// and says so.
'use strict';
module.exports = new Proxy(
  {},
  {
    get(_, name) {
      if (name === '__esModule' || typeof name === 'symbol') return undefined;
      throw new Error(`inmail-language-server: ${String(name)} is not available; the server runs over --stdio or --node-ipc only`);
    },
  },
);
