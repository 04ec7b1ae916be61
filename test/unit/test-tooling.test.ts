/** The test tooling's own promises: what `npm test` and the property tests print. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/repo';
import { removeTempDir, tempDir } from '../helpers/temp-dir';

const root = repoRoot();

describe('test tooling', () => {
  it('tests make their temporary folders with tempDir, which removes them when the run ends', () => {
    const tests = join(root, 'test');
    const helper = join(tests, 'helpers', 'temp-dir.ts');
    const call = ['mkdtemp', 'Sync('].join(''); // spelled apart, so this file does not find itself
    const own = readdirSync(tests, { recursive: true, encoding: 'utf8' })
      .map((name) => join(tests, name))
      .filter((file) => file.endsWith('.ts') && file !== helper && readFileSync(file, 'utf8').includes(call));
    assert.deepEqual(own.map((file) => relative(root, file)), [], 'these make folders under the temporary folder that no one removes');
  });

  it('tempDir listens for the process exit once, however often its folders are removed and made again', () => {
    const before = process.listenerCount('exit');
    for (let i = 0; i < 12; i++) removeTempDir(tempDir('inmail-tooling-'));
    assert.ok(process.listenerCount('exit') <= before + 1, `${process.listenerCount('exit') - before} exit listeners added`);
  });

  it('npm test does not say "all test tiers passed" when a tier was skipped', function () {
    this.timeout(30_000);
    // No Chromium: the code-server tier's prerequisite is missing, so outside CI it is skipped.
    const run = spawnSync(process.execPath, ['scripts/test.mjs', 'VS Code extension-host'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '', CHROMIUM_PATH: join(root, 'no-such-chromium') },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /skipped VS Code extension-host tests/);
    assert.doesNotMatch(run.stdout, /all test tiers passed/);
    assert.match(run.stdout, /1 skipped/);
  });

  it('a passing property run prints its random seed', function () {
    this.timeout(60_000);
    const run = spawnSync(process.execPath, [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', 'dot', '--grep', 'never malformed, whatever the evidence phrase holds', join(root, 'out', 'test', 'unit', 'subjects.test.js')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INMAIL_FC_SEED: '424242' },
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /\d+ passing/);
    assert.match(run.stdout, /random seed 424242 \(replay: INMAIL_FC_SEED=424242 npm test\)/);
  });

  it('gives every test file of a process the same random seed, and prints it once', function () {
    this.timeout(60_000);
    // Two bundles, each with its own copy of the property helper, and no INMAIL_FC_SEED: both must share one seed.
    const env = { ...process.env };
    delete env.INMAIL_FC_SEED;
    const run = spawnSync(process.execPath, [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', 'dot', '--grep', 'never malformed, whatever the evidence phrase holds|parseDocument never throws', join(root, 'out', 'test', 'unit', 'subjects.test.js'), join(root, 'out', 'test', 'robustness', 'engine.property.test.js')], {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /4 passing/);
    const seeds = [...run.stdout.matchAll(/random seed (\d+) \(replay/g)].map((m) => m[1]);
    assert.equal(seeds.length, 1, run.stdout);
    const titled = new Set([...run.stdout.matchAll(/random seed (\d+), \d+ runs\]/g)].map((m) => m[1]));
    assert.ok(titled.size <= 1, `one seed in the test titles too: ${[...titled]}`);
  });
});
