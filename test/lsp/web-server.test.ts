/** The browser build's server (dist/web/server.js) as a web worker runs it: no Node built-in in reach. */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo';
import { servesWithoutNode } from '../helpers/worker-sandbox';

describe('web server bundle', () => {
  it('loads and lints in a worker-like context that has no require, process or Buffer', async () => {
    const result = await servesWithoutNode(join(repoRoot(), 'dist', 'web', 'server.js'));
    assert.ok(result.ok, result.detail);
  });

  it('the sandbox tells: the Node server bundle fails in it', async () => {
    const result = await servesWithoutNode(join(repoRoot(), 'dist', 'server-main.js'), 2_000);
    assert.equal(result.ok, false);
    assert.match(result.detail, /require is not defined/);
  });
});
