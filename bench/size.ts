/** What a user downloads and how fast the extension starts. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Row } from './report';
import { servesWithoutNode } from '../test/helpers/worker-sandbox';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function benchSize(serverPath: string, vsixPath: string | undefined): Promise<Row[]> {
  const rows: Row[] = [];
  // The launcher and what it loads: the server's own bundle and its core, the web server's bundle, which holds the
  // engine, the rules and the LSP work for both (scripts/core-for-node.mjs). The V8 code caches beside them are
  // an optional speed-up, not code.
  const webServer = join(dirname(serverPath), 'web', 'server.js');
  const server = statSync(serverPath).size + statSync(join(dirname(serverPath), 'server-main.js')).size + statSync(webServer).size;
  // 300 KB until issue 12 added four languages' coaching; their word lists and the detector's model are data
  // files beside the bundle now (dist/data), read when a draft needs them, as is its mail-merge code (dist/merge.js).
  rows.push({ section: 'size', what: 'server (launcher + bundle + the web bundle as its core, production build)', value: kb(server), budget: '< 900 KB', pass: server < 900 * 1024 });
  // The browser build's server (vscode.dev, github.dev): its own budget, and no Node built-in in reach. It is
  // what a browser downloads and parses before the first lint, with the English word list (45 KB, dist/data)
  // beside it; the other lists and the language detector's model are fetched only for drafts that need them.
  // The German, French and Spanish ask lexicons travel in their evidence lexicon's data file since the bundle
  // passed this budget on 2026-11-30 (313,826 bytes); their subject lexicons followed, and their suggestion
  // lexicons when the bundle reached 308,028 bytes that evening (300,039 after).
  const web = statSync(webServer).size;
  rows.push({ section: 'size', what: 'web server (dist/web/server.js, production build)', value: kb(web), budget: '< 300 KB', pass: web < 300 * 1024 });
  // Its mail-merge code (Papa Parse, every recipient's lint, the preview's rendering) is fetched the first time
  // a draft has recipients, and takes the engine from server.js (scripts/merge-chunk.mjs): a second download,
  // with a budget of its own, for mail merges only. The Node server reads the same file from disk.
  const merge = statSync(join(dirname(serverPath), 'merge.js')).size;
  rows.push({ section: 'size', what: 'mail-merge and config-file code, both servers (dist/merge.js, first draft with recipients or .inmailrc.json)', value: kb(merge), budget: '< 50 KB', pass: merge < 50 * 1024 });
  const sandboxed = await servesWithoutNode(webServer);
  rows.push({ section: 'size', what: 'web server lints in a worker-like sandbox, no Node built-in', value: sandboxed.detail, budget: 'serves', pass: sandboxed.ok });
  if (vsixPath && existsSync(vsixPath)) {
    const vsix = statSync(vsixPath).size;
    // The README's screenshots ship inside the package so the details page can show them (issue 15); PNGs do
    // not compress, so they are counted apart and the 500 KB budget holds for the rest: code and docs.
    const pictures = readdirSync('docs/images').filter((n) => n.endsWith('.png')).reduce((sum, n) => sum + statSync(join('docs/images', n)).size, 0);
    const rest = vsix - pictures;
    rows.push({ section: 'size', what: 'inmail.vsix without the README screenshots', value: `${kb(rest)} (${kb(vsix)} with ${kb(pictures)} of screenshots)`, budget: '< 500 KB', pass: rest < 500 * 1024 });
  } else {
    rows.push({ section: 'size', what: 'inmail.vsix', note: 'not packaged in --quick' });
  }
  return rows;
}
