import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, Hover, CompletionItem, TextEdit } from 'vscode-languageserver-protocol';
import { TestLspClient } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp-dir';

const BAD = `Subject: Let's connect
To: Dana Reyes
Company: Acme Robotics

Hi Dana,

I loved your post on remote onboarding for robotics teams. We helped Northwind cut ramp-up time by a third.

Would you be open to a 15-minute call next Tuesday about onboarding remote engineers?

Best,
Sam
`;

const uri = 'file:///virtual/bad.inmail';

function apply(text: string, action: CodeAction, target = uri): string {
  const edits = action.edit!.changes![target] as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(target, 'inmail', 1, text), edits);
}

describe('language server over stdio', function () {
  let client: TestLspClient;

  beforeEach(() => {
    client = new TestLspClient();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('initializes with incremental sync and the advertised features', async () => {
    const result = await client.initialize();
    assert.equal(result.serverInfo?.name, 'inmail-language-server');
    const caps = result.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.hoverProvider && caps.documentSymbolProvider && caps.completionProvider);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.inmail']);
    assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics for a client that cannot pull');
  });

  it('publishes diagnostics linking to rule docs, and the quick fix makes the warning go', async () => {
    await client.initialize();
    await client.open(uri, BAD);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const generic = diagnostics.find((d) => d.code === 'generic-subject');
    assert.ok(generic, `generic-subject among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assert.deepEqual(generic.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 22 } });
    assert.equal(generic.source, 'inmail');
    assert.match(generic.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/generic-subject\.md$/);

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: generic.range,
      context: { diagnostics: [generic], only: ['quickfix'] },
    });
    const subjectFixes = actions.filter((a) => a.diagnostics?.some((d) => d.code === 'generic-subject'));
    assert.ok(subjectFixes.length >= 2 && subjectFixes.length <= 4, `2-4 subject suggestions, got ${subjectFixes.map((a) => a.title)}`);
    assert.ok(subjectFixes.some((a) => /remote onboarding/i.test(a.title)), 'a suggestion built from the post the body cites');

    const fixed = apply(BAD, subjectFixes[0]);
    // Only the subject value changed: everything after the first line is identical.
    assert.equal(fixed.slice(fixed.indexOf('\n')), BAD.slice(BAD.indexOf('\n')));
    assert.notEqual(fixed.split('\n')[0], BAD.split('\n')[0]);

    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: generic.range, text: fixed.split('\n')[0].slice('Subject: '.length) }],
    });
    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'generic-subject'), 'generic-subject to clear');
    assert.equal(client.diagnostics.get(uri)!.version, 2);
    assert.ok(after.every((d) => d.code !== 'generic-subject'));
  });

  it('applies incremental edits in order and sends stats for the gauge', async () => {
    await client.initialize();
    await client.open(uri, 'Subject: Your talk at KubeCon\n\nHi');
    await client.waitFor(() => client.stats.get(uri)?.version === 1, 'stats v1');
    assert.equal(client.stats.get(uri)!.messages[0].bodyLength, 2);
    assert.equal(client.stats.get(uri)!.messages[0].subjectLength, 'Your talk at KubeCon'.length);
    for (let v = 2; v <= 6; v++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 2, character: 2 + (v - 2) }, end: { line: 2, character: 2 + (v - 2) } }, text: '!' }],
      });
    }
    await client.waitFor(() => client.stats.get(uri)?.version === 6, 'stats v6');
    assert.equal(client.stats.get(uri)!.messages[0].bodyLength, 7);
    assert.equal(client.stats.get(uri)!.messages[0].bodyMax, 1900);
    assert.equal(client.stats.get(uri)!.messages[0].bodySweetSpot, 400);
  });

  it('offers source.fixAll.inmail that fixes header typos and recipient gaps only', async () => {
    await client.initialize();
    const text = 'Subjet: Your KubeCon talk on eBPF\nKind: conection\n\nHi [First Name], loved your KubeCon talk on eBPF. Worth a chat about [topic]?';
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.inmail');
    assert.equal(
      apply(text, actions[0]),
      'Subject: Your KubeCon talk on eBPF\nKind: connection\n\nHi {{first_name}}, loved your KubeCon talk on eBPF. Worth a chat about [topic]?',
    );
  });

  it('answers hover, document symbols and completion', async () => {
    await client.initialize();
    const text = 'Subject: Your post on Rust\n\nHi Ana, loved your post on Rust. Coffee next week?\n---\nSend: 2026-12-08 09:00\n\nAny thoughts, Ana?';
    await client.open(uri, text);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.match(JSON.stringify(hover.contents), /17\/200 characters · 4 words/);
    const bodyHover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    assert.match(JSON.stringify(bodyHover.contents), /50\/1,900 characters · 50 visible characters|50\/1,900 characters/);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Your post on Rust', 'Follow-up 1']);
    assert.deepEqual(symbols[0].children!.map((c) => c.name), ['Subject', 'Body']);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Subject: x\nKind: \n\nbody' }] });
    const kinds = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } });
    assert.deepEqual(kinds.map((k) => k.label), ['inmail', 'connection']);
    const names = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
    assert.ok(names.some((n) => n.label === 'Company') && !names.some((n) => n.label === 'Subject'), 'offers missing headers only');
  });

  it('serves pull diagnostics to a client that supports them', async () => {
    const result = await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.ok(result.capabilities.diagnosticProvider);
    await client.open(uri, BAD);
    const report = await client.connection.sendRequest<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.ok(report.items.some((d) => d.code === 'generic-subject'));
  });

  it('applies VS Code settings from workspace/configuration and reports a broken .inmailrc.json on the file', async () => {
    const dir = tempDir('inmail-lsp-');
    writeFileSync(join(dir, '.inmailrc.json'), '{\n  "rules": {\n    "generic-subjekt": "off"\n  }\n}\n');
    const fileUri = pathToFileURL(join(dir, 'draft.inmail')).toString();
    client.settings = { rules: { 'generic-subject': 'error' } };
    await client.initialize({ workspace: { configuration: true } });
    await client.open(fileUri, BAD);
    const diagnostics = await client.waitForDiagnostics(fileUri, (d) => d.length > 0);
    assert.equal(diagnostics.find((d) => d.code === 'generic-subject')?.severity, 1, 'setting raised it to error; the broken rc key did not turn it off');
    const configUri = pathToFileURL(join(dir, '.inmailrc.json')).toString();
    const configDiagnostics = await client.waitForDiagnostics(configUri, (d) => d.length > 0);
    assert.equal(configDiagnostics.length, 1);
    assert.match(configDiagnostics[0].message as string, /unknown rule "generic-subjekt" \(did you mean "generic-subject"\?\)/);
    assert.equal(configDiagnostics[0].range.start.line, 2);
    // Registration ids are version 4 UUIDs, as vscode-languageserver named them (lsp/connection.ts).
    await client.waitFor(() => client.registrations.length > 0, 'a dynamic registration');
    assert.equal(client.registrations[0].method, 'workspace/didChangeConfiguration');
    assert.match(client.registrations[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('starts its workspace work once, however often a client says initialized', async () => {
    await client.initialize({ workspace: { configuration: true } });
    await client.waitFor(() => client.registrations.length > 0, 'the first registration');
    for (let i = 0; i < 3; i++) void client.connection.sendNotification('initialized', {});
    // Handled in order: once this answer arrives, any registration the repeats caused has been sent.
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.inmail' }, position: { line: 0, character: 0 } });
    assert.equal(client.registrations.length, 1, JSON.stringify(client.registrations));
  });

  it('scans the workspace for drafts that will cost a credit, and follows edits', async () => {
    const dir = tempDir('inmail-credits-');
    writeFileSync(join(dir, 'a.inmail'), BAD);
    writeFileSync(join(dir, 'b.inmail'), BAD);
    writeFileSync(join(dir, 'sent.inmail'), BAD.replace('To:', 'Status: sent\nTo:'));
    writeFileSync(join(dir, 'note.inmail'), 'Kind: connection\n\nHi Dana, loved your talk.');
    client.settings = { plan: 'sales-navigator-core', creditBalance: 1 };
    await client.initialize({ workspace: { configuration: true } }, undefined, [{ uri: pathToFileURL(dir).toString(), name: 'drafts' }]);
    await client.waitFor(() => client.credits?.estimate.needed === 2 && client.credits.estimate.plan === 'sales-navigator-core', 'an estimate of 2 drafts on Sales Navigator');
    assert.equal(client.credits!.scanned, 4);
    assert.equal(client.credits!.estimate.shortfall, 1);
    assert.equal(client.credits!.estimate.rolloverCap, 150);
    // An open editor's text counts, not the file on disk.
    const a = pathToFileURL(join(dir, 'a.inmail')).toString();
    await client.open(a, BAD.replace('To:', 'Open-Profile: yes\nTo:'));
    await client.waitFor(() => client.credits?.estimate.needed === 1, 'the estimate to drop to 1');
    // The sent draft is the writer's reply record: one sent, none replied yet, too few to replace the average.
    assert.deepEqual(client.credits!.estimate.history, { sent: 1, replied: 0 });
    assert.equal(client.credits!.estimate.replyRateSource, 'average');
    await client.open(pathToFileURL(join(dir, 'sent.inmail')).toString(), BAD.replace('To:', 'Status: replied\nTo:'));
    await client.waitFor(() => client.credits?.estimate.history.replied === 1, 'the reply to be counted');
  });
});

