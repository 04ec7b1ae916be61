// `npm start`: build, then open examples/ in VS Code with the extension loaded.
// Desktop VS Code when `code` is on PATH; otherwise VS Code in the browser (code-server, installed into
// .cache/ on first use) with the extension loaded, and the URL to open. Ctrl-C stops it and its children.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

if (onPath('code') && !process.env.INMAIL_BROWSER) {
  console.log(`Opening ${examples} in VS Code with the InMail extension loaded…`);
  process.exit(spawnSync('code', ['--extensionDevelopmentPath', root, examples], { stdio: 'inherit' }).status ?? 0);
}

const { makeRunDir, startCodeServer } = await import('./vscode/code-server.mjs');
const { PrerequisiteError } = await import('./vscode/install.mjs');
try {
  const { runDir, dirs } = makeRunDir();
  const port = Number(process.env.INMAIL_PORT) || undefined;
  console.log('Desktop VS Code is not on PATH: starting VS Code in the browser (code-server) on this machine…');
  const server = await startCodeServer({ runDir, dirs, port });
  const payload = JSON.stringify([['extensionDevelopmentPath', server.remote(root)]]);
  console.log(`\nInMail is loaded. Open this address in a browser on this machine:\n\n  ${server.url(new URLSearchParams({ folder: examples, payload }))}\n`);
  console.log('Edits to the extension take effect after npm run build and a window reload. Ctrl-C stops the server.');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code) => {
    console.error(`code-server stopped (exit ${code}); its log: ${server.logFile}`);
    process.exit(1);
  });
} catch (error) {
  if (!(error instanceof PrerequisiteError)) throw error;
  console.error(`\nCould not start VS Code in the browser: ${error.message}\n`);
  console.log('Meanwhile, here is what the extension reports, from the CLI:\n');
  spawnSync(process.execPath, ['dist/cli.js', 'examples'], { stdio: 'inherit', cwd: root });
  console.log(`\nTo use another editor, point its LSP client at: node "${join(root, 'dist', 'server.js')}" --stdio (see README, "Other editors")`);
  process.exit(1);
}
