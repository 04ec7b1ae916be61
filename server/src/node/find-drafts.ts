/** Turns CLI arguments (files, folders, globs) into the list of drafts to lint, and walks workspace folders. */
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
  /** What a walk passed over and why, for `--debug`: skipped folders, dangling links, links out of the root. */
  notes: string[];
  /** Skipped folders that hold drafts the walk would otherwise have linted: said even without `--debug`. */
  skippedWithDrafts?: string[];
}

/** Folders a walk does not enter unless the path or pattern names them: tooling output and hidden folders. */
export const SKIPPED_DIRS: readonly string[] = ['node_modules', '.git', 'dist', 'out'];
const SKIPPED = new Set(SKIPPED_DIRS);

/** A file-system error as a short phrase a writer understands, for the CLI's messages. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EFBIG') return 'file too large for this process (file-size limit)';
  if (code === 'ENOSPC') return 'no space left on device';
  if (code === 'EROFS') return 'read-only file system';
  return error instanceof Error ? error.message : String(error);
}

export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

interface Walk {
  /** Real path of the folder named: links are followed only while they stay inside it. */
  root: string;
  out: string[];
  errors: PathError[];
  notes: string[];
  skippedWithDrafts?: string[];
  visited: Set<string>;
  matcher?: RegExp;
  /** Folder names the pattern spells out, which the skip list then lets through. */
  named: ReadonlySet<string>;
  dotNamed: boolean;
}

function skippedByDefault(name: string, w: Walk): boolean {
  if (w.named.has(name)) return false;
  if (name.startsWith('.')) return !w.dotNamed;
  return SKIPPED.has(name);
}

function walk(dir: string, w: Walk): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    w.errors.push({ path: dir, message: describeFsError(error) });
    return;
  }
  // A symlink that points back up the tree would otherwise walk forever.
  if (w.visited.has(real)) return;
  w.visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    w.errors.push({ path: dir, message: describeFsError(error) });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        const stat = statSync(path);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
        target = realpathSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Editors leave such links (Emacs: .#draft.inmail while a buffer is unsaved); only named ones are errors.
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') w.notes.push(`skipped dangling link ${path}`);
        else w.errors.push({ path, message: describeFsError(error) });
        continue;
      }
      if (!isInside(target, w.root)) {
        if (isDir || entry.name.endsWith(DRAFT_EXTENSION)) w.notes.push(`skipped link ${path}: it leads out of ${w.root} (to ${target})`);
        continue;
      }
    }
    if (isDir) {
      if (skippedByDefault(entry.name, w)) {
        w.notes.push(`skipped folder ${path} (${entry.name.startsWith('.') ? 'hidden' : 'built-in skip list'}; name it to lint it)`);
        if (w.skippedWithDrafts && holdsDrafts(path, entry.name, w.matcher)) w.skippedWithDrafts.push(path);
      } else walk(path, w);
    } else if (entry.name.endsWith(DRAFT_EXTENSION) && (!w.matcher || w.matcher.test(path))) {
      if (isFile) w.out.push(path);
      else w.notes.push(`skipped ${path}: not a regular file`);
    }
  }
}

/**
 * Whether a skipped folder holds drafts of its own (one read of the folder, not a walk), so a draft left
 * in `out/` or `.archive/` is mentioned rather than passed over in silence. Tooling folders never are.
 */
function holdsDrafts(path: string, name: string, matcher?: RegExp): boolean {
  if (name === '.git' || name === 'node_modules') return false;
  try {
    return readdirSync(path).some((n) => n.endsWith(DRAFT_EXTENSION) && (!matcher || matcher.test(join(path, n))));
  } catch {
    return false;
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
        const cls = glob.slice(i, close + 1);
        try {
          new RegExp(cls);
        } catch (error) {
          // The engine's own wording after its echo of the expression: "Range out of order in character class".
          const reason = (error instanceof Error ? error.message : String(error)).split(': ').pop()!;
          throw new InvalidPatternError(`${cls} is not a valid character class (${reason.toLowerCase()})`);
        }
        re += cls;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

export class InvalidPatternError extends Error {}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function newWalk(root: string, found: FoundDrafts, matcher?: RegExp, named: readonly string[] = []): Walk | undefined {
  let real: string;
  try {
    real = realpathSync(root);
  } catch (error) {
    found.errors.push({ path: root, message: describeFsError(error) });
    return undefined;
  }
  return { root: real, out: found.files, errors: found.errors, notes: found.notes, skippedWithDrafts: found.skippedWithDrafts, visited: new Set(), matcher, named: new Set(named), dotNamed: named.some((n) => n.startsWith('.') && GLOB_CHARS.test(n)) };
}

/** Every draft under a folder, by the same rules as a folder argument: for the server's workspace scan. */
export function findDraftsInFolder(folder: string): FoundDrafts {
  const found: FoundDrafts = { files: [], errors: [], notes: [] };
  const w = newWalk(folder, found);
  if (w) walk(folder, w);
  return found;
}

const BRACES = /^([^{}]*)\{([^{}]*)\}([^{}]*)$/;

/**
 * Folder names a pattern spells out after its first wildcard: a literal segment such as `out`, or each
 * alternative of a `{out,dist}` segment. The skip list lets a walk into those; a wildcard segment that
 * starts with a dot (`.*`) lets it into every hidden folder.
 */
function namedFolders(segments: readonly string[]): string[] {
  const names: string[] = [];
  for (const segment of segments) {
    const braces = BRACES.exec(segment);
    const spelled = braces ? braces[2].split(',').map((alt) => braces[1] + alt + braces[3]) : [segment];
    for (const name of spelled) if (name && name !== '.' && name !== '..' && (name.startsWith('.') || !GLOB_CHARS.test(name))) names.push(name);
  }
  return names;
}

export function findDrafts(args: readonly string[], cwd = process.cwd()): FoundDrafts {
  const found: FoundDrafts = { files: [], errors: [], notes: [], skippedWithDrafts: [] };
  const { files, errors } = found;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (GLOB_CHARS.test(arg)) {
      const parts = arg.split(/[\\/]/);
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const root = resolve(cwd, parts.slice(0, firstGlob).join('/') || '.');
      let matcher: RegExp;
      try {
        // Walked paths use the platform separator; the pattern was written with '/'.
        matcher = globToRegExp(path.split(sep).join('/'));
      } catch (error) {
        errors.push({ path: arg, message: `invalid pattern: ${error instanceof InvalidPatternError ? error.message : String(error)}` });
        continue;
      }
      const before = files.length;
      const w = newWalk(root, found, matcher, namedFolders(parts.slice(firstGlob)));
      if (w) walk(root, w);
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
      const w = newWalk(path, found);
      if (w) walk(path, w);
      if (files.length === before) errors.push({ path: arg, message: `no ${DRAFT_EXTENSION} drafts in this folder` });
    } else {
      files.push(path);
    }
  }
  return { files: [...new Set(files)], errors, notes: found.notes, skippedWithDrafts: found.skippedWithDrafts };
}
