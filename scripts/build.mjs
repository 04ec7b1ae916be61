// Bundles the extension client, the language server and the CLI into dist/, and the tests into out/.
// Exits non-zero on any error so neither CI nor `npm start` runs a stale bundle.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, statSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const executable = { banner: { js: '#!/usr/bin/env node' } };
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
common.define = { INMAIL_VERSION: JSON.stringify(pkg.version) };

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testEntries(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

try {
  rmSync('dist', { recursive: true, force: true });
  await Promise.all([
    esbuild.build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
    esbuild.build({ ...common, ...executable, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' }),
  ]);
  // The config schema is written from the rules themselves, so it always lists exactly the rules that exist.
  mkdirSync('schemas', { recursive: true });
  writeFileSync('schemas/inmailrc.schema.json', execFileSync(process.execPath, ['dist/cli.js', '--print-config-schema'], { encoding: 'utf8' }));
  if (withTests) {
    rmSync('out', { recursive: true, force: true });
    await esbuild.build({
      ...common,
      sourcemap: true,
      entryPoints: testEntries('test').filter((p) => !p.includes(`${join('test', 'vscode')}`)),
      outdir: 'out/test',
      outbase: 'test',
      external: ['mocha', 'vscode'],
    });
    const vscodeTests = testEntries(join('test', 'vscode'));
    if (vscodeTests.length) {
      await esbuild.build({ ...common, sourcemap: true, entryPoints: vscodeTests, outdir: 'out/test/vscode', outbase: join('test', 'vscode'), external: ['vscode', 'mocha'] });
    }
  }
} catch (error) {
  // esbuild has already printed the diagnostics; the exit code is what CI reads.
  console.error(`build failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
