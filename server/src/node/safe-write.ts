/**
 * Replacing a draft with its fixed bytes so that nothing is lost: the new bytes go to a temporary file in
 * the same folder, reach the disk, and only then take the draft's name in one rename. A kill, a full disk
 * or a size limit leaves the draft as it was. The draft must still be exactly what was read; a writer's
 * edit saved meanwhile, a deletion or a rename wins over the fix.
 */
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { identityOf, readDraftBytes, sameIdentity, type DraftBytes } from './read-draft';

export type ReplaceOutcome = 'replaced' | 'changed';

/** Not named *.inmail, and hidden, so no walk or glob ever picks a half-written one up as a draft. */
function tempPathFor(target: string): string {
  const nonce = `${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 10)}`;
  return join(dirname(target), `.${basename(target)}.${nonce}.inmail-tmp`);
}

/** Whether the file at `target` is still the one read, byte for byte and by modification time. */
function unchanged(target: string, read: DraftBytes): boolean {
  let now;
  try {
    now = statSync(target, { bigint: true });
  } catch {
    return false;
  }
  if (!sameIdentity(identityOf(now), read.identity)) return false;
  const again = readDraftBytes(target, read.bytes.length);
  return 'bytes' in again && again.bytes.equals(read.bytes) && sameIdentity(again.identity, read.identity);
}

/**
 * Writes `bytes` over the draft at `path`, which was read as `read`, keeping its mode (and owner, when
 * running as root). A symlinked draft has its target replaced and the link kept. Returns 'changed' and
 * writes nothing when the file is no longer what was read; throws on a failed write, after removing the
 * temporary file, with the draft untouched.
 */
export function replaceFile(path: string, bytes: Uint8Array, read: DraftBytes): ReplaceOutcome {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'changed';
  }
  if (!unchanged(target, read)) return 'changed';
  const temp = tempPathFor(target);
  let fd: number | undefined = openSync(temp, 'wx', 0o600);
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fchmodSync(fd, read.identity.mode & 0o7777);
    const mine = fstatSync(fd);
    if (mine.uid !== read.identity.uid || mine.gid !== read.identity.gid) {
      try {
        fchownSync(fd, read.identity.uid, read.identity.gid);
      } catch {
        // Only root may give a file away; anyone else keeps the file as theirs, as an editor's save would.
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // The last look before the rename: what the writer did while the fix was being written wins.
    if (!unchanged(target, read)) {
      unlinkSync(temp);
      return 'changed';
    }
    renameSync(temp, target);
  } catch (error) {
    abandon(fd, temp);
    throw error;
  }
  syncFolder(dirname(target));
  return 'replaced';
}

/**
 * Writes a report (--output-file) the way fixes are written: to a temporary file in the same folder,
 * synced, then renamed over the name, so a reader never sees half a report. A file already there keeps
 * its mode; a new one gets the usual mode under the process's umask.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    // A new file.
  }
  const temp = tempPathFor(path);
  let fd: number | undefined = openSync(temp, 'wx', 0o666);
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    if (mode !== undefined) fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    abandon(fd, temp);
    throw error;
  }
  syncFolder(dirname(path));
}

/** A write that failed leaves nothing behind: its descriptor closed, its temporary file gone. */
function abandon(fd: number | undefined, temp: string): void {
  if (fd !== undefined) closeSync(fd);
  try {
    unlinkSync(temp);
  } catch {
    // Already gone.
  }
}

/** Makes the rename itself durable. Best effort: some systems cannot open or sync a folder. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // The file's own bytes are already on disk; only the name's durability is at stake.
  }
}
