/** Runs the built CLI (dist/cli.js) as a writer would, for the CLI tests. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

export const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  env?: Record<string, string | undefined>;
  nodeArgs?: string[];
  timeout?: number;
  /** Piped to the CLI's stdin (otherwise stdin is empty). */
  input?: string | Buffer;
}

/** Plain output unless a test asks for colors: FORCE_COLOR from the runner's environment would win over NO_COLOR. */
function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  if (extra.FORCE_COLOR !== undefined) env.FORCE_COLOR = extra.FORCE_COLOR;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

export function runCli(args: string[], cwd: string, options: CliRunOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    cwd,
    encoding: 'utf8',
    input: options.input ?? '',
    env: cliEnv(options.env),
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The CLI under shell limits (`ulimit` lines such as `-f 8` for an 8 KiB file-size limit, or `-v` for
 * memory, so a regression that reads without end fails instead of taking the machine's memory).
 */
export function runCliLimited(limits: string[], args: string[], cwd: string, timeout = 30_000): CliRun {
  const script = `${limits.map((l) => `ulimit ${l}`).join(' && ')} && exec ${[process.execPath, CLI, ...args].map(quote).join(' ')}`;
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: cliEnv(), timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const GOOD = `Subject: Your post on remote onboarding
To: Dana Reyes
Company: Acme Robotics

Hi Dana,

Your post on remote onboarding at Acme Robotics matched what we saw at Northwind: new engineers ramped up in half the time once pairing came first, and the first-week checklist mattered more than any of the tooling we bought. Would you be open to a 15-minute call next Tuesday to compare notes?

Best,
Sam
`;

export const BAD = `Subject: Exciting opportunity!

Hello,

We have an exciting opportunity at [Company] for someone with your background.
`;

/** A draft whose only safe fix is the header typo on its first line: `Subjet` becomes `Subject`. */
export const TYPO = GOOD.replace('Subject:', 'Subjet:');

/** A fresh folder holding drafts/good.inmail and drafts/q4/bad.inmail, the tree most CLI tests lint. */
export function draftsFolder(prefix: string): string {
  const dir = tempDir(prefix);
  mkdirSync(join(dir, 'drafts', 'q4'), { recursive: true });
  writeFileSync(join(dir, 'drafts', 'good.inmail'), GOOD);
  writeFileSync(join(dir, 'drafts', 'q4', 'bad.inmail'), BAD);
  return dir;
}
