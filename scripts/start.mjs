// `npm start`: build, then open examples/ in an editor with the extension loaded.
// Desktop VS Code when `code` is on PATH; otherwise the CLI lints the examples and says how to open them.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');

function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
}

function onPath(cmd) {
  return spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' }).status === 0;
}

const build = run(process.execPath, ['scripts/build.mjs']);
if (build.status !== 0) process.exit(build.status ?? 1);

if (onPath('code')) {
  console.log(`Opening ${examples} in VS Code with the InMail extension loaded…`);
  const code = run('code', ['--extensionDevelopmentPath', root, examples]);
  process.exit(code.status ?? 0);
}

console.log('Desktop VS Code (`code`) is not on PATH, so here is what the extension would show, from the CLI:\n');
run(process.execPath, ['dist/cli.js', 'examples']);
console.log(`
To see it in an editor:
  • VS Code: install it, then run  code --extensionDevelopmentPath="${root}" "${examples}"
  • Neovim or Emacs: point your LSP client at  node "${join(root, 'dist', 'server.js')}" --stdio  (see README, "Other editors")`);
