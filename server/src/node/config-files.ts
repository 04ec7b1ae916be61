/** Finds and reads `.inmailrc.json` files. Node-only: the engine itself never touches the disk. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseConfigText, type ConfigResult } from '../engine/config';
import { RULE_IDS } from '../engine/rules';

export const CONFIG_FILE_NAME = '.inmailrc.json';

/** The nearest config file at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; keep walking up.
    }
    if (dirname(current) === current) return undefined;
  }
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
    let result: ConfigResult;
    try {
      result = parseConfigText(readFileSync(path, 'utf8'), path, RULE_IDS);
    } catch (error) {
      result = unreadable(path, error);
    }
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
