/** Keystrokes on one line of an open document, as the server benches send them. */
import type { TestLspClient } from '../test/helpers/lsp-client';

/**
 * Alternately types and deletes one character at column 10 of `line`, so the document keeps its length, and
 * resolves when the server has published diagnostics for the new version.
 */
export function keystrokes(client: TestLspClient, uri: string, line: number): { edit: () => Promise<void>; readonly version: number } {
  let version = 1;
  return {
    get version() {
      return version;
    },
    async edit() {
      version++;
      const typing = version % 2 === 0;
      const at = { line, character: 10 };
      const range = typing ? { start: at, end: at } : { start: at, end: { line, character: 11 } };
      const target = version;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: typing ? 'x' : '' }] });
      await client.waitFor(() => client.diagnostics.get(uri)?.version === target, `diagnostics v${target}`);
    },
  };
}

/** A line of prose long enough to type in at column 10: no merge field and no header on it. */
export function editableLine(text: string): number {
  return text.split('\n').findIndex((l) => l.length > 40 && !l.includes('{{') && !l.includes(':'));
}
