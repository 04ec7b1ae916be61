/** Turns CLI arguments (files, folders, globs) into the list of drafts to lint. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export const DRAFT_EXTENSION = '.inmail';

export interface PathError {
  path: string;
  message: string;
}

export interface FoundDrafts {
  files: string[];
  errors: PathError[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

/** A file-system error as a short phrase a writer understands, for the CLI's messages. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

function walk(dir: string, out: string[], errors: PathError[], visited: Set<string>, matcher?: RegExp): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    errors.push({ path: dir, message: describeFsError(error) });
    return;
  }
  // A symlink that points back up the tree would otherwise walk forever.
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push({ path: dir, message: describeFsError(error) });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(path);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (error) {
        errors.push({ path, message: describeFsError(error) });
        continue;
      }
    }
    if (isDir) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path, out, errors, visited, matcher);
    } else if (isFile && entry.name.endsWith(DRAFT_EXTENSION) && (!matcher || matcher.test(path))) {
      out.push(path);
    }
  }
}

const GLOB_CHARS = /[*?[{]/;

/** `**` crosses folders, `*` and `?` stay inside one, `{a,b}` picks one, `[abc]` a character. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/' || glob[i + 1] === sep) i++;
    } else if (c === '*') re += '[^/\\\\]*';
    else if (c === '?') re += '[^/\\\\]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close === -1) re += '\\[';
      else {
        re += glob.slice(i, close + 1);
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findDrafts(args: readonly string[], cwd = process.cwd()): FoundDrafts {
  const files: string[] = [];
  const errors: PathError[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (GLOB_CHARS.test(arg)) {
      const staticPart = arg.split(/[\\/]/).filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => GLOB_CHARS.test(p))).join('/');
      const root = resolve(cwd, staticPart || '.');
      const before = files.length;
      walk(root, files, errors, new Set(), globToRegExp(path.split(sep).join('/')));
      // Walked paths use the platform separator; the pattern was written with '/'.
      if (files.length === before) errors.push({ path: arg, message: 'no drafts match this pattern' });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      errors.push({ path: arg, message: describeFsError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      walk(path, files, errors, new Set());
      if (files.length === before) errors.push({ path: arg, message: `no ${DRAFT_EXTENSION} drafts in this folder` });
    } else {
      files.push(path);
    }
  }
  return { files: [...new Set(files)], errors };
}
