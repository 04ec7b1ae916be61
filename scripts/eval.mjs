// `npm run eval`: bundles the evaluation (eval/src) against the engine's sources and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

try {
  await esbuild.build({ entryPoints: ['eval/src/run.ts'], outfile: 'out/eval/run.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning', define: { INMAIL_VERSION: '"eval"' } });
} catch (error) {
  console.error(`eval build failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['out/eval/run.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
