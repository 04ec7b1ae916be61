/** Whole-workspace work: the CLI over 10,000 drafts on disk, and the credit scan over the same files. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estimateCredits, parseDocument } from '../server/src/engine';
import { DraftIndex } from '../server/src/node/draft-index';
import { draft, seededRandom } from './corpus';
import type { Row } from './report';
import { elapsedMs, now, summarize } from './timing';

/** 10,000 drafts of mixed size in 100 folders, a tenth sent or connection requests (which cost nothing). */
function writeDrafts(dir: string, count: number): string[] {
  const random = seededRandom(10_000);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `team-${i % 100}`);
    if (i < 100) mkdirSync(folder, { recursive: true });
    const size = [150, 350, 600, 1_200, 1_900][i % 5];
    let text = draft(random, size, i % 3 === 0);
    if (i % 10 === 0) text = text.replace('Subject:', 'Status: sent\nSubject:');
    const file = join(folder, `draft-${i}.inmail`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

export async function benchWorkspace(cliPath: string, quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'inmail-bench-'));
  try {
    const count = 10_000;
    const files = writeDrafts(dir, count);
    const runs = quick ? 1 : 3;
    const walls: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = now();
      const result = spawnSync(process.execPath, [cliPath, '--format', 'json', dir], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
      walls.push(now() - start);
      if (result.status === 2) throw new Error(`CLI failed: ${result.stderr}`);
    }
    const cli = summarize(walls);
    rows.push({ section: 'cli', what: `inmail-lint on ${count.toLocaleString('en-US')} drafts (wall, process start included)`, ...cli, budget: '< 2 s', pass: cli.p50 < 2000 });

    let index = new DraftIndex();
    const scans: number[] = [];
    for (let r = 0; r < runs; r++) {
      index = new DraftIndex();
      const start = now();
      await index.scan([dir]);
      scans.push(now() - start);
    }
    const scan = summarize(scans);
    const needed = index.costingCount();
    rows.push({ section: 'credits', what: `workspace scan, ${count.toLocaleString('en-US')} files`, ...scan, value: `${needed.toLocaleString('en-US')} drafts cost a credit`, budget: '< 1.5 s', pass: scan.p50 < 1500 });
    const target = files[1];
    let sent = false;
    const updates = Array.from({ length: quick ? 200 : 2_000 }, () => {
      sent = !sent;
      const text = draft(seededRandom(1), 600).replace('Subject:', sent ? 'Status: sent\nSubject:' : 'Subject:');
      return elapsedMs(() => {
        index.update(target, parseDocument(text));
        estimateCredits(index.costingCount(), { plan: 'sales-navigator-core' });
      });
    });
    const update = summarize(updates);
    rows.push({ section: 'credits', what: 'one file changed: estimate updated', ...update, budget: '< 5 ms', pass: update.p50 < 5 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
