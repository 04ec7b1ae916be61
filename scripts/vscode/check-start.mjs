// Runs `npm start`'s browser route as a newcomer does: waits for the address, opens it, presses Ctrl-C,
// and checks that it ends with exit 0 and a plain "stopped" line, never a line that reads like a crash.
import { spawn } from 'node:child_process';
import { ROOT, log } from './install.mjs';

const TIMEOUT_MS = 120_000;

function main() {
  return new Promise((resolve) => {
    // Its own process group: Ctrl-C in a terminal reaches the whole foreground group, as this kill does.
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env: { ...process.env, INMAIL_BROWSER: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let interrupted = false;
    const timer = setTimeout(() => {
      log(`npm start printed no address within ${TIMEOUT_MS / 1000} s`);
      process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    const read = (chunk) => {
      output += chunk;
      const address = /http:\/\/127\.0\.0\.1:(\d+)\/\?\S+/.exec(output);
      if (!address || interrupted) return;
      interrupted = true;
      // The address answers before the interrupt: the server really was up.
      fetch(address[0]).then((r) => r.ok, () => false).then((ok) => {
        if (!ok) output += '\n(check: the printed address did not answer)\n';
        process.kill(-child.pid, 'SIGINT');
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = output.trim().split('\n');
      const last = lines.at(-1) ?? '';
      const checks = [
        [interrupted, 'npm start printed the address to open'],
        [!output.includes('(check: the printed address did not answer)'), 'the address answered'],
        [code === 0, `npm start exited 0 after Ctrl-C (got ${code})`],
        [/^Stopped VS Code/.test(last), `its last line says it stopped (got "${last}")`],
        [!/exit \d+|unexpectedly|its log:/.test(output), 'no line reads like a crash'],
      ];
      for (const [ok, what] of checks) console.log(`  ${ok ? '✔' : '✖'} ${what}`);
      const failed = checks.filter(([ok]) => !ok).length;
      if (failed) console.log(output.replace(/^/gm, '    '));
      console.log(`start: ${checks.length - failed} passed, ${failed} failed`);
      resolve(failed ? 1 : 0);
    });
  });
}

main().then((code) => process.exit(code));
