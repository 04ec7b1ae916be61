/** Finds and reads `.inmailrc.json` files. Node-only: the engine itself never touches the disk. */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, parseConfigText, type ConfigResult } from '../engine/config';
import { RULE_IDS } from '../engine/rules';
import { readDraftBytes } from './read-draft';

export { CONFIG_FILE_NAME };

/**
 * The nearest config file at or above `dir`, if any. A one-shot caller (the CLI) passes a cache, so
 * ten thousand drafts in a hundred folders cost a hundred walks, not ten thousand.
 */
export function findConfigFile(dir: string, cache?: Map<string, string | undefined>): string | undefined {
  if (cache?.has(dir)) return cache.get(dir);
  const candidate = join(dir, CONFIG_FILE_NAME);
  let found: string | undefined;
  try {
    // A missing file is the usual answer on every directory of the walk, and an exception per directory
    // cost the server's keystroke about a tenth of a millisecond: ENOENT comes back as undefined instead.
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) found = candidate;
  } catch {
    // Not here (a path through a file, no permission); look in the parent.
  }
  if (found === undefined && dirname(dir) !== dir) found = findConfigFile(dirname(dir), cache);
  cache?.set(dir, found);
  return found;
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  result: ConfigResult;
}

/** Reads config files once per change, so linting a thousand drafts reads each config once. */
export class ConfigFileCache {
  private readonly entries = new Map<string, CacheEntry>();

  load(path: string): ConfigResult {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      return unreadable(path, error);
    }
    const cached = this.entries.get(path);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.result;
    // Read as drafts are: a config linked to a device or an endless /proc file must not hang the reader.
    const read = readDraftBytes(path, DEFAULT_MAX_FILE_SIZE);
    const result =
      'error' in read
        ? unreadable(path, new Error(read.error.startsWith('larger than') ? `larger than ${DEFAULT_MAX_FILE_SIZE / 1024 / 1024} MiB, which no config is` : read.error))
        : parseConfigText(read.bytes.toString('utf8'), path, RULE_IDS);
    this.entries.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, result });
    return result;
  }

  /** Text of an open (possibly unsaved) config, as an editor holds it. */
  loadText(path: string, text: string): ConfigResult {
    const result = parseConfigText(text, path, RULE_IDS);
    this.entries.delete(path);
    return result;
  }

  forget(path: string): void {
    this.entries.delete(path);
  }
}

function unreadable(path: string, error: unknown): ConfigResult {
  const reason = error instanceof Error ? error.message : String(error);
  return { config: {}, problems: [{ path, line: 1, column: 1, start: 0, end: 0, key: '', message: `cannot read config: ${reason}; defaults are used` }] };
}
