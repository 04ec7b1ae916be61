/** The language server's own clock for each keystroke (see server-clock.cjs), read once the server has exited. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment that loads the clock into a server spawned with it; it writes its readings to `file`. */
export function clockedServerEnv(file: string): NodeJS.ProcessEnv {
  const preload = join(process.cwd(), 'bench', 'server-clock.cjs');
  return { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(preload)}`.trim(), INMAIL_BENCH_CLOCK: file };
}

/** Milliseconds from each didChange read to its version's publishDiagnostics written, for `uri`, in version order. */
export function serverLatencies(file: string, uri: string): number[] {
  const { received, published } = JSON.parse(readFileSync(file, 'utf8')) as Record<'received' | 'published', Record<string, number>>;
  const versionOf = (key: string) => Number(key.slice(key.lastIndexOf('#') + 1));
  const latencies = Object.keys(received)
    .filter((key) => key.slice(0, key.lastIndexOf('#')) === uri && published[key] !== undefined)
    .sort((a, b) => versionOf(a) - versionOf(b))
    .map((key) => published[key] - received[key]);
  if (latencies.length === 0) throw new Error(`the server's clock in ${file} holds no keystroke on ${uri}: was bench/server-clock.cjs loaded?`);
  return latencies;
}
