/**
 * Folders a test writes its files in, removed when the test process exits: a run of `npm test` must leave
 * nothing behind in the system's temporary folder, however a test ends.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new empty folder under the system's temporary folder, its name starting with `prefix`. */
export function tempDir(prefix: string): string {
  if (made.size === 0) process.once('exit', removeAll);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes a folder tempDir made now, rather than at exit. */
export function removeTempDir(dir: string): void {
  remove(dir);
  made.delete(dir);
}

function removeAll(): void {
  for (const dir of made) remove(dir);
  made.clear();
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
