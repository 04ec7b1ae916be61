/**
 * Folders a test writes its files in, removed when the test process exits: a run of `npm test` must leave
 * nothing behind in the system's temporary folder, however a test ends.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One record and one exit listener for the whole process: each test file is bundled with its own copy of this
 * module, and a listener per copy (or per refill of an emptied set) passed Node's limit of ten.
 */
const shared = globalThis as { [STATE]?: Set<string> };
const STATE = Symbol.for('inmail.test.tempDirs');
const made: Set<string> = shared[STATE] ?? startRecord();

function startRecord(): Set<string> {
  const record = new Set<string>();
  shared[STATE] = record;
  process.once('exit', () => {
    for (const dir of record) remove(dir);
    record.clear();
  });
  return record;
}

/** A new empty folder under the system's temporary folder, its name starting with `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes a folder tempDir made now, rather than at exit. */
export function removeTempDir(dir: string): void {
  remove(dir);
  made.delete(dir);
}

function remove(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Some tests take permissions away (an unreadable folder, a read-only file): give them back, then remove.
    restoreAccess(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function restoreAccess(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) restoreAccess(join(dir, entry.name));
  }
}
