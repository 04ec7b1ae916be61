/**
 * Walks folders for drafts, by the ignore rules and an optional glob: the server's workspace scan here, the
 * CLI's arguments in find-globs.ts (which alone loads minimatch, so the server's bundle leaves it out).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describeFsError, isInside } from './fs-errors';
import { defaultIgnoreRules, WalkFilter, type IgnoreRules } from './ignore-rules';

export { describeFsError, isInside } from './fs-errors';

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
  /** Folders skipped by a default pattern that hold drafts the walk would otherwise have linted: said even without `--debug`. */
  skippedWithDrafts?: string[];
}

export interface Walk {
  /** Real path of the folder named: links are followed only while they stay inside it. */
  root: string;
  out: string[];
  errors: PathError[];
  notes: string[];
  skippedWithDrafts?: string[];
  visited: Set<string>;
  filter: WalkFilter;
  glob?: Glob;
}

/** A pattern split at its first magic segment: the walk starts at `root` and matches paths below it. */
export interface Glob {
  root: string;
  /** minimatch's, for the pattern's segments after `root`. */
  matcher: { match(path: string, partial?: boolean): boolean };
}

function globMatches(glob: Glob | undefined, path: string, partial = false): boolean {
  return !glob || glob.matcher.match(relative(glob.root, path).split(sep).join('/'), partial);
}

export function walk(dir: string, w: Walk): void {
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
    if (!isDir && !entry.name.endsWith(DRAFT_EXTENSION) && !entry.isSymbolicLink()) continue;
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
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
          if (entry.name.endsWith(DRAFT_EXTENSION)) w.notes.push(`skipped dangling link ${path}`);
        } else w.errors.push({ path, message: describeFsError(error) });
        continue;
      }
      if (!isInside(target, w.root)) {
        if (isDir || entry.name.endsWith(DRAFT_EXTENSION)) w.notes.push(`skipped link ${path}: it leads out of ${w.root} (to ${target})`);
        continue;
      }
    }
    if (isDir) {
      const ignoredBy = w.filter.folder(path);
      if (ignoredBy === 'user') w.notes.push(`skipped folder ${path} (ignored by ${'.inmailignore'} or --ignore-pattern)`);
      else if (ignoredBy === 'default') {
        w.notes.push(`skipped folder ${path} (${entry.name.startsWith('.') ? 'hidden' : 'a default ignore pattern'}; name it, or re-include it in .inmailignore, to lint it)`);
        if (w.skippedWithDrafts && holdsDrafts(path, entry.name, w.glob)) w.skippedWithDrafts.push(path);
      } else if (globMatches(w.glob, path, true)) walk(path, w);
    } else if (entry.name.endsWith(DRAFT_EXTENSION) && globMatches(w.glob, path)) {
      if (w.filter.file(path)) w.notes.push(`skipped ${path} (ignored by a pattern)`);
      else if (isFile) w.out.push(path);
      else w.notes.push(`skipped ${path}: not a regular file`);
    }
  }
}

/**
 * Whether a skipped folder holds drafts of its own (one read of the folder, not a walk), so a draft left
 * in `out/` or `.archive/` is mentioned rather than passed over in silence. Tooling folders never are.
 */
function holdsDrafts(path: string, name: string, glob?: Glob): boolean {
  if (name === '.git' || name === 'node_modules') return false;
  try {
    return readdirSync(path).some((n) => n.endsWith(DRAFT_EXTENSION) && globMatches(glob, join(path, n)));
  } catch {
    return false;
  }
}

// Linear: one character class, or a two-character extglob opener.
const MAGIC = /[*?[{]|[+@!]\(/;

export function isGlob(arg: string): boolean {
  return MAGIC.test(arg);
}

/**
 * The first bracket expression whose range runs backwards (`[z-a]`), which minimatch would quietly
 * turn into a pattern that matches nothing; a writer should hear that the pattern is wrong instead.
 */
export function backwardsRange(pattern: string): string | undefined {
  for (let open = pattern.indexOf('['); open !== -1; open = pattern.indexOf('[', open + 1)) {
    let i = open + 1;
    if (pattern[i] === '!' || pattern[i] === '^') i++;
    // A ']' first in the class is a member, not its end.
    const close = pattern.indexOf(']', i + 1);
    if (close === -1) return undefined;
    for (let k = i; k < close; k++) {
      if (pattern[k + 1] !== '-' || k + 2 >= close) continue;
      if (pattern.codePointAt(k)! > pattern.codePointAt(k + 2)!) return pattern.slice(open, close + 1);
      k += 2;
    }
  }
  return undefined;
}

export function newWalk(root: string, found: FoundDrafts, rules: IgnoreRules, glob?: Glob, named?: string[]): Walk | undefined {
  let real: string;
  try {
    real = realpathSync(root);
  } catch (error) {
    found.errors.push({ path: root, message: describeFsError(error) });
    return undefined;
  }
  return { root: real, out: found.files, errors: found.errors, notes: found.notes, skippedWithDrafts: found.skippedWithDrafts, visited: new Set(), filter: new WalkFilter(rules, root, named), glob };
}

/** Every draft under a folder, by the default skips: for the server's workspace scan. */
export function findDraftsInFolder(folder: string): FoundDrafts {
  const found: FoundDrafts = { files: [], errors: [], notes: [] };
  const w = newWalk(folder, found, defaultIgnoreRules(folder));
  if (w) walk(folder, w);
  return found;
}
