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
  console.log(`Port ${server.port} on 127.0.0.1 only (set INMAIL_PORT to choose one). Edits to the extension take effect after npm run build and a window reload. Ctrl-C stops the server.`);
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await server.stop();
    console.log('Stopped VS Code (code-server).');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Only an exit nobody asked for is news; a stop from Ctrl-C ends quietly, as the line above says.
  server.child.on('exit', (code, signal) => {
    if (stopping) return;
    if (code === 0) {
      console.log('VS Code (code-server) has shut down.');
      process.exit(0);
    }
    console.error(`code-server ended unexpectedly (${code === null ? `signal ${signal}` : `exit ${code}`}); its log: ${server.logFile}`);
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
