// Builds the production bundles (what users get), bundles the bench, and runs it.
// The peers are ESM-only dev dependencies, so the bench is an ES module that import()s them unbundled.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const quick = process.argv.includes('--quick');
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// The bench measures its own production build in out/bench/dist, so a build or test run elsewhere in the
// tree cannot swap the files under it. The .vsix is packaged from dist/ (vsce's layout) and copied over.
const benchDist = 'out/bench/dist';
if (!quick) {
  step('npm', ['run', 'package', '--silent']);
  mkdirSync('out/bench', { recursive: true });
  copyFileSync('dist/inmail.vsix', 'out/bench/inmail.vsix');
}
// The extension-host suite, for the activation figure: bundled here, since the test build would replace dist/.
const vscodeTests = readdirSync('test/vscode').filter((f) => f.endsWith('.ts')).map((f) => `test/vscode/${f}`);
step(process.execPath, ['scripts/build.mjs', '--production', '--outdir', benchDist]);

try {
  if (!quick) {
    await esbuild.build({ entryPoints: vscodeTests, outdir: 'out/bench/vscode-tests', bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], external: ['vscode', 'mocha'], logLevel: 'warning' });
  }
  await esbuild.build({
    entryPoints: ['bench/main.ts'],
    outfile: 'out/bench/main.mjs',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: ['markdownlint', 'markdownlint/*', 'write-good', 'alex', 'harper.js', 'harper.js/*'],
    // Bundled CommonJS dependencies call require() for Node built-ins; an ES module needs one made for it.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
    },
    logLevel: 'warning',
  });
} catch {
  process.exit(1);
}
// --expose-gc lets the bench collect garbage between sections and before single pathological samples.
step(process.execPath, ['--expose-gc', 'out/bench/main.mjs', ...process.argv.slice(2)]);
