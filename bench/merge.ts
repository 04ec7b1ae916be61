/** Mail merge: a 1,900-character template and 10,000 recipients, in the engine and in the language server. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isTable, lint, parseRecipients, type AttachedRecipients } from '../server/src/engine';
import { TestLspClient } from '../test/helpers/lsp-client';
import { keystrokes } from './keystrokes';
import { mergeRecipients, mergeTemplate } from './merge-corpus';
import type { Row } from './report';
import { now, settle, summarize, timeSync } from './timing';

const RECIPIENTS = 10_000;

export async function benchMerge(serverPath: string, quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const csv = mergeRecipients(RECIPIENTS);
  const parse = timeSync(() => parseRecipients(csv), { warmup: 3, minRuns: quick ? 5 : 20, budgetMs: quick ? 500 : 2000 });
  rows.push({ section: 'mail merge', what: `read a ${RECIPIENTS.toLocaleString('en-US')}-row CSV (${(csv.length / 1024).toFixed(0)} KB)`, ...parse, budget: 'p50 < 100 ms', pass: parse.p50 < 100 });
  const table = parseRecipients(csv);
  if (!isTable(table)) throw new Error('the bench CSV does not read');
  const recipients: AttachedRecipients = { path: 'leads.csv', named: true, parsed: table };
  const template = mergeTemplate();
  // Each run lints another text, as each keystroke does, so no memo of the last lint answers the next.
  let run = 0;
  const next = () => template.replace('Best,\nSam', `Best,\nSam ${run++}`);
  settle();
  // Warm as an editor session is after its first few pauses: the first lints run on code not yet optimized.
  const linted = timeSync(() => lint(next(), undefined, { recipients }), { warmup: 15, minRuns: quick ? 20 : 40, budgetMs: quick ? 1500 : 4000 });
  rows.push({
    section: 'mail merge',
    what: `${template.length.toLocaleString('en-US')}-char template, ${RECIPIENTS.toLocaleString('en-US')} recipients: every rule on every message`,
    ...linted,
    budget: 'p50 < 150 ms',
    pass: linted.p50 < 150,
  });
  rows.push(...(await serverKeystrokes(serverPath, template, csv, quick)));
  return rows;
}

/**
 * Keystrokes in such a draft with the server, its CSV on disk: each one's diagnostics (the template's own and
 * the CSV's rules) come at once; every recipient's message is linted when typing pauses, and published after.
 */
async function serverKeystrokes(serverPath: string, template: string, csv: string, quick: boolean): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'inmail-bench-merge-'));
  writeFileSync(join(dir, 'leads.csv'), csv);
  const uri = pathToFileURL(join(dir, 'q4.inmail')).toString();
  const client = new TestLspClient(['--stdio'], serverPath, true);
  try {
    return await typeAndPause(client, uri, template, quick);
  } finally {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function typeAndPause(client: TestLspClient, uri: string, template: string, quick: boolean): Promise<Row[]> {
  await client.initialize({}, { debounceMs: 0 });
  await client.open(uri, template);
  const merged = (d: { code?: unknown }[]) => d.some((x) => x.code === 'body-max-length');
  await client.waitForDiagnostics(uri, merged, 'the recipients\' diagnostics');
  const lines = template.split('\n');
  const line = lines.findIndex((l) => l.length > 40 && !l.includes('{{'));
  const typist = keystrokes(client, uri, line);
  const edit = typist.edit;

  const latencies: number[] = [];
  for (let i = 0; i < (quick ? 500 : 2_000); i++) {
    const start = now();
    await edit();
    latencies.push(now() - start);
  }
  // Then a pause: the time from the last keystroke to the diagnostics that include every recipient's message.
  const pauses: number[] = [];
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const start = now();
    await edit();
    const published = client.diagnostics.get(uri)!;
    await client.waitFor(() => client.diagnostics.get(uri) !== published && client.diagnostics.get(uri)!.version === typist.version && merged(client.diagnostics.get(uri)!.diagnostics), 'the recipients\' diagnostics after a pause');
    pauses.push(now() - start);
  }
  const latency = summarize(latencies.slice(50));
  return [
    { section: 'mail merge', what: `server: keystroke to publishDiagnostics, ${RECIPIENTS.toLocaleString('en-US')} recipients`, ...latency, budget: 'p99 < 5 ms', pass: latency.p99 < 5 },
    { section: 'mail merge', what: 'server: pause to every recipient\'s diagnostics (300 ms debounce included)', ...summarize(pauses), budget: 'p50 < 500 ms', pass: summarize(pauses).p50 < 500 },
  ];
}
