// `npm test`: builds, type-checks and runs every test tier, and says plainly which tier it skipped and why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tiers = [
  { name: 'build', cmd: ['node', 'scripts/build.mjs', '--tests'] },
  { name: 'type check', cmd: ['npx', 'tsc', '-b'] },
  { name: 'unit, CLI and LSP tests', cmd: ['npx', 'mocha', '--reporter', 'dot', 'out/test/unit/**/*.test.js', 'out/test/cli/**/*.test.js', 'out/test/lsp/**/*.test.js'] },
];

const only = process.argv.slice(2);
const failed = [];
const totals = { passed: 0, failed: 0 };

/** Reads "N passing" / "N failing" (mocha) or "N passed, N failed" (our editor runners) off a tier's output. */
function count(output) {
  const num = (re) => Number(re.exec(output)?.[1] ?? 0);
  totals.passed += num(/(\d+) passing/) + num(/^(\d+) passed, \d+ failed/m);
  totals.failed += num(/(\d+) failing/) + num(/^\d+ passed, (\d+) failed/m);
}
for (const tier of tiers) {
  if (only.length && !only.some((o) => tier.name.includes(o))) continue;
  if (tier.script && !existsSync(tier.script)) continue;
  console.log(`\n▶ ${tier.name}: ${tier.cmd.join(' ')}`);
  // Output is shown as it comes and kept, so the totals can be read off it.
  const run = spawnSync(tier.cmd[0], tier.cmd.slice(1), { stdio: ['inherit', 'pipe', 'inherit'], env: process.env, maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  count(run.stdout.toString());
  if (run.status !== 0) {
    failed.push(tier.name);
    // Later tiers run against the build; without one their failures would only be noise.
    if (tier.name === 'build') break;
  }
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
if (failed.length) {
  console.error(`✖ failed tiers: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('✔ all test tiers passed');
