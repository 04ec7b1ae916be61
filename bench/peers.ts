/**
 * The prose linters a writer might use instead, on the same draft, in the same process. They are ESM
 * dev dependencies loaded with import(), so the bundler leaves them alone.
 */
import { standardDraft } from './corpus';
import type { Row } from './report';
import { timeAsync, type Timing } from './timing';

interface Peer {
  name: string;
  load: () => Promise<(text: string) => unknown>;
}

const PEERS: Peer[] = [
  {
    name: 'markdownlint',
    load: async () => {
      const { lint } = await import('markdownlint/sync');
      return (text) => lint({ strings: { draft: text } });
    },
  },
  {
    name: 'write-good',
    load: async () => {
      const { default: writeGood } = await import('write-good');
      return (text) => writeGood(text);
    },
  },
  {
    name: 'alex',
    load: async () => {
      const { text: alexText } = await import('alex');
      return (text) => alexText(text);
    },
  },
  {
    name: 'harper.js',
    load: async () => {
      const { LocalLinter } = await import('harper.js');
      const { binary } = await import('harper.js/binary');
      const linter = new LocalLinter({ binary });
      await linter.setup();
      // harper initialises lazily on its first real text, seconds once per process: not per-lint cost.
      await linter.lint('Warm up with a real sentence, please.', { language: 'plaintext' });
      return (text) => linter.lint(text, { language: 'plaintext' });
    },
  },
];

export async function benchPeers(quick: boolean, ours: Timing): Promise<Row[]> {
  const text = standardDraft();
  const rows: Row[] = [];
  let fastest = Infinity;
  for (const peer of PEERS) {
    let lintFn: (text: string) => unknown;
    try {
      lintFn = await peer.load();
    } catch (error) {
      rows.push({ section: 'peers', what: peer.name, note: `could not load: ${(error as Error).message}` });
      continue;
    }
    const timing = await timeAsync(async () => lintFn(text), { warmup: 10, minRuns: quick ? 30 : 200, budgetMs: quick ? 500 : 2000 });
    fastest = Math.min(fastest, timing.p50);
    rows.push({ section: 'peers', what: peer.name, ...timing, value: `${(timing.p50 / ours.p50).toFixed(0)}x ours` });
  }
  const lead = fastest / ours.p50;
  rows.push({ section: 'peers', what: 'InMail vs the fastest peer', value: `${lead.toFixed(0)}x faster`, budget: '>= 30x faster', pass: lead >= 30 });
  return rows;
}
