/** Runs of 1000+ files are split over worker threads: each file's result and error still comes back. */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { GOOD, TYPO, runCli } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

describe('inmail-lint on worker threads', () => {
  it('reports encoding, size and fix results per file from the worker that linted them', function () {
    // One core means no worker; the behaviour is then the single-thread one the other tests cover.
    if (availableParallelism() < 2) this.skip();
    this.timeout(60_000);
    const dir = tempDir('inmail-parallel-');
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `d${String(i).padStart(4, '0')}.inmail`), GOOD);
    // Named to sort last, so they fall in the last slice, which a worker thread lints.
    const latin1 = Buffer.concat([Buffer.from(GOOD), Buffer.from([0xe9, 0x0a])]);
    writeFileSync(join(dir, 'z-latin1.inmail'), latin1);
    writeFileSync(join(dir, 'z-big.inmail'), `${GOOD}${'x'.repeat(1024 * 1024)}`);
    writeFileSync(join(dir, 'z-typo.inmail'), TYPO);
    const r = runCli(['--fix', '--format', 'json', '.'], dir);
    assert.equal(r.code, 2, r.stderr);
    const out: { file: string; error?: string; fixed?: boolean; diagnostics: { rule: string }[] }[] = JSON.parse(r.stdout);
    assert.equal(out.length, 1003);
    const byName = new Map(out.map((f) => [f.file, f]));
    assert.deepEqual(byName.get('z-latin1.inmail')!.diagnostics.map((d) => d.rule), ['file-encoding']);
    assert.ok(readFileSync(join(dir, 'z-latin1.inmail')).equals(latin1));
    assert.match(byName.get('z-big.inmail')!.error!, /larger than maxFileSize/);
    assert.equal(byName.get('z-typo.inmail')!.fixed, true);
    assert.equal(readFileSync(join(dir, 'z-typo.inmail'), 'utf8'), GOOD);
  });
});
