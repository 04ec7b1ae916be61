/**
 * `npm run bench [-- --quick]`: every speed, memory and size budget of the project, measured on this
 * machine and printed as one table; the same figures go to bench/results/latest.json. It reports and
 * never fails on a timing: budgets print PASS or MISS.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchActivation } from './activation';
import { benchEngine } from './engine';
import { benchMerge } from './merge';
import { benchMergePreview } from './merge-preview';
import { benchPeers } from './peers';
import { table, type Row } from './report';
import { settle } from './timing';
import { benchServer } from './server';
import { benchSize } from './size';
import { benchWorkspace } from './workspace';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // --only WORD: just the sections whose name holds it (e.g. --only merge), to measure one change quickly.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const root = process.cwd();
  const dist = join(root, 'out', 'bench', 'dist');
  const started = Date.now();
  const rows: Row[] = [];
  const section = async (name: string, run: () => Row[] | Promise<Row[]>) => {
    if (only && !name.includes(only)) return;
    process.stderr.write(`bench: ${name}…\n`);
    settle();
    rows.push(...(await run()));
  };
  await section('engine', () => benchEngine(quick));
  await section('mail merge', () => benchMerge(join(dist, 'server.js'), quick));
  await section('mail merge in the editor', () => benchMergePreview(join(dist, 'server.js'), quick));
  await section('peers', () => benchPeers(quick));
  await section('language server', () => benchServer(join(dist, 'server.js'), quick));
  await section('CLI and credit scan', () => benchWorkspace(join(dist, 'cli.js'), quick));
  await section('sizes', () => benchSize(join(dist, 'server.js'), quick ? undefined : join(root, 'out', 'bench', 'inmail.vsix')));
  await section('extension activation in VS Code', () => benchActivation(root, quick));

  const misses = rows.filter((r) => r.pass === false);
  const summary = `${rows.filter((r) => r.pass).length} PASS, ${misses.length} MISS${quick ? ' (quick run: fewer samples, vsix not packaged)' : ''}`;
  const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) };
  console.log(table(rows));
  for (const r of rows.filter((x) => x.note)) console.log(`note: ${r.section} ${r.what}: ${r.note}`);
  console.log(`\n${summary} · ${machine.node} · ${machine.cpu} × ${machine.cores} · load ${machine.loadAverage.join(' ')} · ${((Date.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const file = join(root, 'bench', 'results', quick ? 'latest-quick.json' : 'latest.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), quick, machine, summary, rows }, null, 2)}\n`);
  console.log(`figures written to ${file}`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
