// `npm test`: builds, type-checks and runs every test tier, and says plainly which tier it skipped and why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tiers = [
  { name: 'build', cmd: ['node', 'scripts/build.mjs', '--tests'] },
  { name: 'type check', cmd: ['npx', 'tsc', '-b'] },
  { name: 'unit, CLI and LSP tests', cmd: ['npx', 'mocha', '--reporter', 'dot', 'out/test/unit/**/*.test.js', 'out/test/cli/**/*.test.js', 'out/test/lsp/**/*.test.js'] },
];

const only = process.argv.slice(2);
let failed = [];
for (const tier of tiers) {
  if (only.length && !only.some((o) => tier.name.includes(o))) continue;
  if (tier.script && !existsSync(tier.script)) continue;
  console.log(`\n▶ ${tier.name}: ${tier.cmd.join(' ')}`);
  const run = spawnSync(tier.cmd[0], tier.cmd.slice(1), { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed.push(tier.name);
    // Later tiers run against the build; without one their failures would only be noise.
    if (tier.name === 'build') break;
  }
}
if (failed.length) {
  console.error(`\n✖ failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\n✔ all test tiers passed');
