/** That the web run really is one: these tests, and so the extension under test, run in a web worker. */
import * as vscode from 'vscode';
import * as assert from '../assert';
import { api, EXTENSION_ID } from '../helpers';

describe('InMail in the web worker extension host', () => {
  it('runs without Node, from the browser entry, with its server in a worker', async () => {
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    assert.equal(node, undefined, 'no Node here: this is the web worker extension host');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive || (await api()), 'the extension activates');
    assert.equal(extension!.packageJSON.browser, './dist/web/extension.js');
    const client = await (await api()).ready;
    assert.ok(client?.isRunning(), 'the language client runs its web worker server');
  });
});
