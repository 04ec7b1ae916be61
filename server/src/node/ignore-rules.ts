/**
 * Which folders and files a walk passes over, with gitignore semantics (the `ignore` package): the
 * default patterns, then `.inmailignore` in the current folder, then `--ignore-pattern`, later lines
 * winning, so `!dist/` in the file lets a walk into `dist`.
 */
import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describeFsError, isInside } from './fs-errors';

export const IGNORE_FILE_NAME = '.inmailignore';

/** Tooling output and hidden folders: where drafts are copies, not sources. */
export const DEFAULT_IGNORES: readonly string[] = ['node_modules/', '.git/', 'dist/', 'out/', '.*/'];
/** Still skipped with --no-ignore: they hold packages and git's objects, never a writer's drafts. */
const TOOLING_IGNORES: readonly string[] = ['node_modules/', '.git/'];

export interface IgnoreSettings {
  /** false with --no-ignore: no .inmailignore, no --ignore-pattern, and only the tooling folders skipped. */
  enabled: boolean;
  /** --ignore-pattern values, relative to the current folder. */
  patterns: readonly string[];
}

/** The rules of one run, read once: the lines of each source, in the order they apply. */
export interface IgnoreRules {
  /** Folder the user's patterns are relative to: the current folder. */
  base: string;
  defaults: readonly string[];
  user: readonly string[];
}

/** A missing .inmailignore is no error; an unreadable one is, since drafts it names would be linted. */
export function loadIgnoreRules(cwd: string, settings: IgnoreSettings): IgnoreRules | { error: string } {
  if (!settings.enabled) return { base: cwd, defaults: TOOLING_IGNORES, user: [] };
  let fileLines: string[] = [];
  const path = join(cwd, IGNORE_FILE_NAME);
  try {
    fileLines = readFileSync(path, 'utf8').split(/\r?\n/);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { error: `${path}: ${describeFsError(error)}` };
  }
  return { base: cwd, defaults: DEFAULT_IGNORES, user: [...fileLines, ...settings.patterns] };
}

/** The defaults alone, for walks that read no ignore file (the server's workspace scan). */
export function defaultIgnoreRules(base: string): IgnoreRules {
  return { base, defaults: DEFAULT_IGNORES, user: [] };
}

/** A path as a gitignore line that matches exactly it: glob characters and trailing spaces escaped. */
function literalLine(rel: string): string {
  return rel.replace(/[\\*?[\]]/g, '\\$&').replace(/ $/, '\\ ');
}

export type IgnoredBy = 'default' | 'user';

/**
 * The rules as one walk applies them. A folder named on the command line (or the static part of a
 * pattern) is always entered, with the folders above it; folder names a pattern spells out (`out` in
 * `"*\/out/*.inmail"`) lift the default skip of that name, but not the user's own lines.
 */
export class WalkFilter {
  private readonly all: Ignore;
  private readonly user: Ignore;
  private readonly base: string;
  /**
   * The defaults name folders only, and a walk enters no skipped folder, so only the user's own lines can
   * skip a file: without any, a walk of 10,000 drafts asks nothing per file.
   */
  private readonly userLines: boolean;

  constructor(rules: IgnoreRules, root: string, namedFolders: readonly string[] = []) {
    const inside = isInside(root, rules.base);
    this.base = inside ? rules.base : root;
    // Outside the current folder the user's lines (relative to it) cannot apply; the defaults still do.
    const user = inside ? rules.user : [];
    const explicit: string[] = [];
    const rel = relative(this.base, root).split(sep).join('/');
    if (rel) {
      const parts = rel.split('/');
      for (let i = 1; i <= parts.length; i++) explicit.push(`!/${literalLine(parts.slice(0, i).join('/'))}/`);
    }
    const lifted = namedFolders.map((name) => (name === '.*' ? '!.*/' : `!${literalLine(name)}/`));
    this.all = ignore({ ignorecase: false }).add([...rules.defaults, ...lifted, ...user, ...explicit]);
    this.user = ignore({ ignorecase: false }).add([...user, ...explicit]);
    this.userLines = user.some((line) => line.trim() !== '' && !line.startsWith('#'));
  }

  /** Why a folder under the walk's root is skipped, or undefined when it is walked. */
  folder(path: string): IgnoredBy | undefined {
    return this.check(`${this.rel(path)}/`);
  }

  file(path: string): IgnoredBy | undefined {
    return this.userLines ? this.check(this.rel(path)) : undefined;
  }

  private check(rel: string): IgnoredBy | undefined {
    if (!this.all.ignores(rel)) return undefined;
    return this.user.ignores(rel) ? 'user' : 'default';
  }

  private rel(path: string): string {
    // Walked paths are joined onto the root, which is under the base: slicing is path.relative's answer.
    const rel = path.startsWith(this.base + sep) ? path.slice(this.base.length + 1) : relative(this.base, path);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }
}
