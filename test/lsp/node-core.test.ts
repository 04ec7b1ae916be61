/**
 * The Node server on the web server's bundle as its core (scripts/core-for-node.mjs): its own bundle carries
 * none of the engine, the core is loaded one byte a character, and the core's errors keep their codes.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo';
import { TestLspClient } from '../helpers/lsp-client';

const DIST = join(repoRoot(), 'dist');
const { oneByte } = createRequire(__filename)(join(repoRoot(), 'server', 'launcher', 'load-bundle.cjs')) as { oneByte: (source: string) => string };

describe('Node server on the web bundle as its core', () => {
  it("carries none of the engine or the rules in its own bundle: they are the web bundle's", () => {
    const own = readFileSync(join(DIST, 'server-main.js'), 'utf8');
    const core = readFileSync(join(DIST, 'web', 'server.js'), 'utf8');
    for (const marker of ['subject-required', 'connection-request-fits', 'tinyld-dict']) {
      assert.ok(!own.includes(marker), `server-main.js carries ${marker}`);
    }
    assert.ok(core.includes('connection-request-fits'), 'the web bundle holds the rules');
  });

  it('escapes letters past Latin-1 so the core is held one byte a character, meaning the same', () => {
    const source = 'module.exports = { quote: "„Hallo“ – 「x」", combined: new RegExp(/[“”]/.source + /„/.source, "u").test("„"), match: /[“”]/.test("a”b"), template: `… ${1} 😀`, astral: /😀/u.test("😀") };';
    const escaped = oneByte(source);
    assert.ok(!/[^\x00-\xff]/.test(escaped), 'no letter past Latin-1 is left');
    const run = (text: string) => {
      const module = { exports: {} as Record<string, unknown> };
      new Function('module', text)(module);
      return module.exports;
    };
    assert.deepEqual(run(escaped), run(source));
    assert.equal(oneByte('é ü'), 'é ü', 'Latin-1 letters are one byte already');
  });

  it('answers a second initialize with InvalidRequest, the code the core gives it', async () => {
    const client = new TestLspClient();
    try {
      await client.initialize();
      await assert.rejects(client.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }), (error: { code?: number; message?: string }) => {
        assert.equal(error.code, -32600);
        assert.match(String(error.message), /initialize was already received/);
        return true;
      });
    } finally {
      await client.shutdown();
    }
  });
});
