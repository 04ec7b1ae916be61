/** Turns CLI arguments (files, folders, globs) into the list of drafts to lint. */
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { braceExpand, Minimatch } from 'minimatch';
import { backwardsRange, DRAFT_EXTENSION, describeFsError, isGlob, newWalk, walk, type FoundDrafts, type Glob } from './find-drafts';
import { defaultIgnoreRules, type IgnoreRules } from './ignore-rules';

const GLOB_OPTIONS = { dot: false, nonegate: true, nocomment: true, windowsPathsNoEscape: sep === '\\' } as const;

/**
 * Folder names a pattern spells out after its static root: a literal segment such as `out` (in each
 * brace alternative), or `.*` for a wildcard segment that starts with a dot. The default skips let a walk
 * into those.
 */
function namedFolders(rest: string): string[] {
  const names = new Set<string>();
  for (const alternative of braceExpand(rest)) {
    const segments = alternative.split('/');
    for (const segment of segments.slice(0, -1)) {
      if (!segment || segment === '.' || segment === '..') continue;
      if (!isGlob(segment)) names.add(segment);
      else if (segment.startsWith('.')) names.add('.*');
    }
  }
  return [...names];
}

/**
 * Files named are linted whatever the ignore rules say; a folder named is entered and walked by them; a
 * pattern is matched, by minimatch, against paths relative to its static root (the segments before the
 * first magic one), so the current folder's own name never counts as a pattern.
 */
export function findDrafts(args: readonly string[], cwd: string, rules: IgnoreRules = defaultIgnoreRules(cwd)): FoundDrafts {
  const found: FoundDrafts = { files: [], errors: [], notes: [], skippedWithDrafts: [] };
  const { files, errors } = found;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (!isGlob(arg)) {
        errors.push({ path: arg, message: describeFsError(error) });
        continue;
      }
    }
    if (!stat) {
      const parts = arg.split(sep === '\\' ? /[\\/]/ : '/');
      const first = parts.findIndex(isGlob);
      const rest = parts.slice(first).join('/');
      const backwards = backwardsRange(rest);
      if (backwards) {
        errors.push({ path: arg, message: `invalid pattern: ${backwards} is not a valid character class (range out of order in character class)` });
        continue;
      }
      const root = resolve(cwd, parts.slice(0, first).join('/') || (arg.startsWith('/') ? '/' : '.'));
      const glob: Glob = { root, matcher: new Minimatch(rest, GLOB_OPTIONS) };
      const before = files.length;
      const w = newWalk(root, found, rules, glob, namedFolders(rest));
      if (w) walk(root, w);
      if (files.length === before && !errors.some((e) => e.path === root)) errors.push({ path: arg, message: 'no drafts match this pattern' });
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.length;
      const w = newWalk(path, found, rules);
      if (w) walk(path, w);
      if (files.length === before) errors.push({ path: arg, message: `no ${DRAFT_EXTENSION} drafts in this folder` });
    } else {
      files.push(path);
    }
  }
  return { files: [...new Set(files)], errors, notes: found.notes, skippedWithDrafts: found.skippedWithDrafts };
}
