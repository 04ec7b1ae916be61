/** One table for the terminal, the same figures as JSON for bench/results/latest.json. */

export interface Row {
  section: string;
  what: string;
  p50?: number;
  p99?: number;
  runs?: number;
  /** A figure that is not a timing (bytes, MB, a ratio), already formatted. */
  value?: string;
  budget?: string;
  /** Undefined when the row has no budget. */
  pass?: boolean;
  note?: string;
}

export function ms(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '';
  if (n < 0.01) return `${(n * 1000).toFixed(2)} µs`;
  if (n < 1) return `${(n * 1000).toFixed(1)} µs`;
  if (n < 100) return `${n.toFixed(2)} ms`;
  return `${n.toFixed(0)} ms`;
}

export function table(rows: readonly Row[]): string {
  const header = ['section', 'what', 'p50', 'p99', 'runs', 'value', 'budget', 'result'];
  const cells = rows.map((r) => [r.section, r.what, ms(r.p50), ms(r.p99), r.runs?.toLocaleString('en-US') ?? '', r.value ?? '', r.budget ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
