/** The server's workspace credit scan reads what the CLI's walk reads: nothing outside, nothing endless. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_PATH, TestLspClient } from '../helpers/lsp-client';
import { GOOD } from '../cli/run-cli';
import { tempDir } from '../helpers/temp-dir';

describe('workspace credit scan', () => {
  let client: TestLspClient;
  afterEach(async () => {
    if (client.process.exitCode === null && client.process.signalCode === null) await client.shutdown();
  });

  /** The server under a memory limit: a regression that reads without end fails the test, not the machine. */
  function limitedServer(dir: string): string {
    const script = join(dir, 'server.sh');
    writeFileSync(script, `#!/bin/bash\nulimit -v 4000000 && exec '${process.execPath}' '${SERVER_PATH}' "$@"\n`);
    chmodSync(script, 0o755);
    return script;
  }

  it('skips links out of the folder, special files and drafts over maxFileSize, and keeps answering', async () => {
    const dir = tempDir('inmail-scan-');
    const bin = tempDir('inmail-scan-bin-');
    const outside = tempDir('inmail-scan-outside-');
    writeFileSync(join(dir, 'a.inmail'), GOOD);
    writeFileSync(join(outside, 'elsewhere.inmail'), GOOD);
    symlinkSync(outside, join(dir, 'linked'));
    symlinkSync('/', join(dir, 'root'));
    symlinkSync('/proc/self/pagemap', join(dir, 'pagemap.inmail'));
    execFileSync('mkfifo', [join(dir, 'fifo.inmail')]);
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big', 'big.inmail'), `${GOOD}${'x'.repeat(1024 * 1024)}`);
    client = new TestLspClient(['--stdio'], limitedServer(bin), true);
    await client.initialize({}, undefined, [{ uri: pathToFileURL(dir).toString(), name: 'drafts' }]);
    await client.waitFor(() => client.credits !== undefined, 'the credit estimate', 20_000);
    assert.equal(client.credits!.scanned, 1, 'only a.inmail is read');
    assert.equal(client.credits!.estimate.needed, 1);

    // File events for the links and the FIFO must not make the server read them either.
    const uris = ['pagemap.inmail', 'fifo.inmail', 'linked/elsewhere.inmail', 'big/big.inmail'].map((f) => pathToFileURL(join(dir, f)).toString());
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: uris.map((uri) => ({ uri, type: 2 })) });
    const answer = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uris[0] }, position: { line: 0, character: 0 } });
    assert.equal(answer, null, 'the server still answers');
    assert.equal(client.credits!.scanned, 1);
  });
});
