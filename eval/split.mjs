// Moves the rows of eval/corpus/*.jsonl into eval/dev (read while building the rules) and eval/test (not
// read until they are done), then removes the corpus files, so no unsplit copy of the test half stays
// around to be read. A row's half follows from a hash of the seed and its id: the same on every machine,
// for the first split and for rows added later the same way.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const SEED = 'inmail-eval-2026-11-29';
const here = new URL('.', import.meta.url).pathname;
const corpus = join(here, 'corpus');

export function halfOf(id) {
  return createHash('sha256').update(`${SEED}:${id}`).digest()[0] < 128 ? 'dev' : 'test';
}

const idsIn = (path) => (existsSync(path) ? new Set(readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).id)) : new Set());

for (const half of ['dev', 'test']) mkdirSync(join(here, half), { recursive: true });
for (const name of existsSync(corpus) ? readdirSync(corpus).filter((n) => n.endsWith('.jsonl')) : []) {
  const rows = readFileSync(join(corpus, name), 'utf8').split('\n').filter((l) => l.trim());
  const counts = { dev: 0, test: 0 };
  const known = { dev: idsIn(join(here, 'dev', name)), test: idsIn(join(here, 'test', name)) };
  for (const line of rows) {
    const id = JSON.parse(line).id;
    const half = halfOf(id);
    if (known.dev.has(id) || known.test.has(id)) throw new Error(`${name}: ${id} is already split; give a new row a new id`);
    appendFileSync(join(here, half, name), `${line}\n`);
    counts[half]++;
  }
  rmSync(join(corpus, name));
  console.log(`${name}: ${counts.dev} to dev, ${counts.test} to test`);
}
