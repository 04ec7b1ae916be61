/**
 * A `--require` preload for the CLI (bundled to out/test/cli/race-preload.js): the test seam for "the
 * draft changed between its read and the write of its fixes". Once the CLI has read the draft named by
 * INMAIL_RACE_FILE, the preload does INMAIL_RACE_ACTION to it, as a writer saving in an editor would:
 * `edit` writes INMAIL_RACE_TEXT, `touch` only moves its modification time, `delete` removes it, `rename`
 * moves it to INMAIL_RACE_FILE + '.renamed'. Nothing in the CLI knows about it: the preload wraps the fs
 * functions that finish a read (readFileSync, and closeSync of a descriptor opened on the draft).
 */
const fs: typeof import('node:fs') = require('node:fs');

const target = process.env.INMAIL_RACE_FILE;
const action = process.env.INMAIL_RACE_ACTION;
let done = false;

function act(): void {
  if (done || !target) return;
  done = true;
  if (action === 'edit') fs.writeFileSync(target, process.env.INMAIL_RACE_TEXT ?? '');
  else if (action === 'touch') fs.utimesSync(target, new Date(), new Date(Date.now() + 60_000));
  else if (action === 'delete') fs.unlinkSync(target);
  else if (action === 'rename') fs.renameSync(target, `${target}.renamed`);
}

const isTarget = (path: unknown) => typeof path === 'string' && target !== undefined && path === target;

const { readFileSync, openSync, closeSync } = fs;
const openOnTarget = new Set<number>();
// The preload's own patches on the module's export object, which the CLI bundle calls through.
Object.assign(fs, {
  readFileSync(...args: Parameters<typeof readFileSync>) {
    const out = readFileSync(...args);
    if (isTarget(args[0])) act();
    return out;
  },
  openSync(...args: Parameters<typeof openSync>) {
    const fd = openSync(...args);
    if (isTarget(args[0])) openOnTarget.add(fd);
    return fd;
  },
  closeSync(fd: number) {
    closeSync(fd);
    if (openOnTarget.delete(fd)) act();
  },
});
