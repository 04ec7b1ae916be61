/** The language server over real stdio: cold start, keystroke-to-diagnostics latency, memory under edits. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import SERVER_NODE_FLAGS from '../server/launcher/node-flags.json';
import { TestLspClient } from '../test/helpers/lsp-client';
import { standardDraft } from './corpus';
import { editableLine, keystrokes } from './keystrokes';
import type { Row } from './report';
import { now, summarize } from './timing';

const URI = 'file:///bench/draft.inmail';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function coldStart(serverPath: string): Promise<{ init: number; firstDiagnostics: number }> {
  const start = now();
  const client = new TestLspClient(['--stdio'], serverPath, true);
  await client.initialize();
  const init = now() - start;
  await client.open(URI, standardDraft());
  await client.waitForDiagnostics(URI, () => true);
  const firstDiagnostics = now() - start;
  await client.shutdown();
  return { init, firstDiagnostics };
}

/** Node itself, started and stopped with the server's flags: the floor under any cold start on this machine. */
function bareNode(): Promise<number> {
  const start = now();
  return new Promise((resolve, reject) => {
    spawn(process.execPath, [...SERVER_NODE_FLAGS, '-e', '0'], { stdio: 'ignore' })
      .on('error', reject)
      .on('exit', () => resolve(now() - start));
  });
}

export async function benchServer(serverPath: string, quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const starts = [];
  const bare = [];
  // Alternating with bare Node, so both figures see the same machine (its speed drifts over seconds).
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    bare.push(await bareNode());
    starts.push(await coldStart(serverPath));
  }
  const init = summarize(starts.map((s) => s.init));
  const first = summarize(starts.map((s) => s.firstDiagnostics));
  rows.push({ section: 'server', what: 'cold start: node -e 0 alone (the floor, for reference)', ...summarize(bare) });
  rows.push({ section: 'server', what: 'cold start: spawn to initialize result', ...init, budget: '< 150 ms', pass: init.p50 < 150 });
  rows.push({ section: 'server', what: 'cold start: spawn to first diagnostics', ...first, budget: '< 250 ms', pass: first.p50 < 250 });

  const client = new TestLspClient(['--stdio'], serverPath, true);
  await client.initialize({}, { debounceMs: 0 });
  const text = standardDraft();
  await client.open(URI, text);
  await client.waitForDiagnostics(URI, () => true);
  // Alternately type and delete one character, so the document stays 1,900 characters throughout.
  const { edit } = keystrokes(client, URI, editableLine(text));

  const latencies: number[] = [];
  let rssAfter1k = 0;
  const total = quick ? 2_000 : 10_000;
  for (let i = 1; i <= total; i++) {
    const start = now();
    await edit();
    latencies.push(now() - start);
    if (i === Math.min(1_000, total / 2)) rssAfter1k = rssMb(client.process.pid!);
  }
  const rssAfterAll = rssMb(client.process.pid!);
  await client.shutdown();
  const latency = summarize(latencies.slice(100));
  rows.push({ section: 'server', what: 'keystroke to publishDiagnostics (1,900 chars)', ...latency, budget: 'p50 < 1 ms, p99 < 5 ms', pass: latency.p50 < 1 && latency.p99 < 5 });
  const growth = (rssAfterAll - rssAfter1k) / rssAfter1k;
  rows.push({
    section: 'server',
    what: `RSS after ${total.toLocaleString('en-US')} edits`,
    value: `${rssAfterAll.toFixed(1)} MB (${(growth * 100).toFixed(1)}% over ${Math.min(1_000, total / 2).toLocaleString('en-US')} edits)`,
    budget: '< 64 MB, within 10%',
    pass: rssAfterAll < 64 && growth <= 0.1,
  });
  rows.push(await bigMessage(serverPath, quick));
  return rows;
}

/**
 * One 40 MB message, then a hover: the time until the hover's answer is the reader's. A reader that
 * re-joins its buffer on every 64 KB chunk takes seconds here (12 s once); a linear one, tenths.
 */
async function bigMessage(serverPath: string, quick: boolean): Promise<Row> {
  const client = new TestLspClient(['--stdio'], serverPath, true);
  await client.initialize();
  const pad = 'x'.repeat(40_000_000);
  const times: number[] = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    const start = now();
    void client.connection.sendNotification('inmail/noSuchNotification', { pad });
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } });
    times.push(now() - start);
  }
  await client.shutdown();
  const timing = summarize(times);
  return { section: 'server', what: 'stdio: a 40 MB message, then a hover answered', ...timing, budget: '< 1 s', pass: timing.p50 < 1_000 };
}
