// `npm test`: builds, type-checks and runs every test tier. A tier whose prerequisite is missing on a
// contributor's machine is skipped with a plain message saying how to enable it; in CI (CI=true) that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { codeServerInstalled, missingBuildPackages } from './vscode/install.mjs';

const ci = process.env.CI === 'true';

function vscodePrerequisite() {
  if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) return 'Chromium is not installed (apt-get install chromium)';
  const missing = codeServerInstalled() ? [] : missingBuildPackages();
  if (missing.length) return `code-server cannot be installed without: apt-get install ${missing.join(' ')}`;
  return undefined;
}

const tiers = [
  { name: 'build', cmd: ['node', 'scripts/build.mjs', '--tests'] },
  { name: 'type check', cmd: ['npx', 'tsc', '-b'] },
  {
    name: 'unit, CLI and LSP tests',
    cmd: ['npx', 'mocha', '--reporter', 'dot', 'out/test/unit/**/*.test.js', 'out/test/cli/**/*.test.js', 'out/test/lsp/**/*.test.js'],
  },
  // Coaching accuracy is deterministic, so it is a test: a change that judges the labelled drafts worse fails here.
  { name: 'coaching accuracy (eval/ floors)', cmd: ['node', 'scripts/eval.mjs', '--check'] },
  { name: 'robustness tests (properties, server survival, no network)', cmd: ['npx', 'mocha', '--reporter', 'dot', 'out/test/robustness/**/*.test.js'] },
  // Each editor runner reports its own missing editors (skip, or fail in CI).
  { name: 'editor tests (Neovim, Vim ALE, Kate, Emacs Eglot)', cmd: ['node', 'test/editors/run.mjs'] },
  {
    name: 'VS Code extension-host tests (code-server)',
    cmd: ['node', 'scripts/vscode/run-tests.mjs'],
    prerequisite: vscodePrerequisite,
    enable: 'apt-get install chromium libkrb5-dev, then npm test (code-server installs itself into .cache/ on first use)',
  },
  {
    // npm start rebuilds dist/ (a development build), so this runs before packaging.
    name: 'npm start (VS Code in the browser) starts, answers and stops cleanly',
    cmd: ['node', 'scripts/vscode/check-start.mjs'],
    prerequisite: () => {
      const missing = codeServerInstalled() ? [] : missingBuildPackages();
      return missing.length ? `code-server cannot be installed without: apt-get install ${missing.join(' ')}` : undefined;
    },
    enable: 'apt-get install libkrb5-dev, then npm test',
  },
  // Last: packaging rebuilds dist/ for production, which is what the .vsix check installs.
  { name: 'package the .vsix', cmd: ['npm', 'run', 'package', '--silent'] },
  {
    // After packaging: the browser entry is checked as it ships (dist/web, production build), forced to the web kind.
    name: 'VS Code web worker extension-host tests (code-server, as vscode.dev runs the extension)',
    cmd: ['node', 'scripts/vscode/run-tests.mjs', '--web'],
    prerequisite: vscodePrerequisite,
    enable: 'apt-get install chromium libkrb5-dev, then npm test',
  },
  {
    name: 'packaged .vsix in VS Code: squiggles, Problems panel, gauge, credits, screenshots',
    cmd: ['node', 'scripts/vscode/screenshots.mjs'],
    prerequisite: vscodePrerequisite,
    enable: 'apt-get install chromium libkrb5-dev, then npm test',
  },
];

const only = process.argv.slice(2);
const failed = [];
const skipped = [];
const totals = { passed: 0, failed: 0 };

/** Reads mocha's "N passing / N failing" and our runners' "name: N passed, N failed" off a tier's output. */
function count(output) {
  const num = (re) => [...output.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
  totals.passed += num(/^\s*(\d+) passing/gm) + num(/^(?:\w+: )?(\d+) passed, \d+ failed/gm);
  totals.failed += num(/^\s*(\d+) failing/gm) + num(/^(?:\w+: )?\d+ passed, (\d+) failed/gm);
}

for (const tier of tiers) {
  if (only.length && !only.some((o) => tier.name.includes(o))) continue;
  const missing = tier.prerequisite?.();
  if (missing) {
    if (ci) {
      console.error(`\n✖ ${tier.name}: ${missing}; in CI a missing prerequisite is a failure`);
      failed.push(tier.name);
    } else {
      console.log(`\n⚠ skipped ${tier.name}: ${missing}. To enable: ${tier.enable}`);
      skipped.push(tier.name);
    }
    continue;
  }
  console.log(`\n▶ ${tier.name}: ${tier.cmd.join(' ')}`);
  // Output is shown as it comes and kept, so the totals can be read off it.
  const run = spawnSync(tier.cmd[0], tier.cmd.slice(1), { stdio: ['inherit', 'pipe', 'inherit'], env: process.env, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout ?? '');
  count(String(run.stdout ?? ''));
  if (run.status !== 0) {
    failed.push(tier.name);
    // Later tiers run against the build; without one their failures would only be noise.
    if (tier.name === 'build') break;
  }
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
if (skipped.length) console.log(`⚠ skipped tiers: ${skipped.join(', ')}`);
if (failed.length) {
  console.error(`✖ failed tiers: ${failed.join(', ')}`);
  process.exit(1);
}
// "All passed" only when all ran: a skipped tier proved nothing, and the summary must not say otherwise.
if (skipped.length) console.log(`✔ the tiers that ran passed; ${skipped.length} skipped (see above how to enable ${skipped.length === 1 ? 'it' : 'them'})`);
else console.log('✔ all test tiers passed');
