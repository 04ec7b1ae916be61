/**
 * The TextMate grammar, run through the same engine VS Code uses (vscode-textmate + oniguruma), so a
 * regex that only looks right, or an anchor VS Code reads differently, fails here and not in the editor.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { KNOWN_HEADERS, parseDocument, computeLineStarts, toLineColumn } from '../../server/src/engine';
import { parseLanguage } from '../../server/src/engine/coach/language-names';

/** The repository root: the bundled test runs from out/test/unit, the sources live in test/unit. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'syntaxes'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

let grammarPromise: Promise<IGrammar> | undefined;

function loadGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    const root = repoRoot();
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const path = join(root, 'syntaxes', 'inmail.tmLanguage.json');
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => (scopeName === 'text.inmail' ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null),
    });
    const grammar = await registry.loadGrammar('text.inmail');
    assert.ok(grammar, 'grammar text.inmail loads');
    return grammar;
  })();
  return grammarPromise;
}

interface Token {
  text: string;
  scopes: string[];
}

/** One token list per line, as VS Code tokenizes a document: line by line, carrying the rule stack. */
async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  let stack: StateStack = INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    assert.equal(result.stoppedEarly, false, `tokenizing stopped early on: ${line}`);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes over `needle` on line `line` (0-based); every token under it must carry the same scopes. */
function scopesOf(lines: Token[][], line: number, needle: string): string[] {
  const tokens = lines[line];
  const text = tokens.map((t) => t.text).join('');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not on line ${line}: "${text}"`);
  let offset = 0;
  const under: Token[] = [];
  for (const t of tokens) {
    if (offset < at + needle.length && offset + t.text.length > at) under.push(t);
    offset += t.text.length;
  }
  for (const t of under) assert.deepEqual(t.scopes, under[0].scopes, `"${needle}" is split across tokens with different scopes: ${JSON.stringify(under)}`);
  // A token reaching past the needle would mean it is not scoped on its own.
  const start = tokens.slice(0, tokens.indexOf(under[0])).reduce((n, t) => n + t.text.length, 0);
  const end = start + under.reduce((n, t) => n + t.text.length, 0);
  assert.ok(start === at && end === at + needle.length, `"${needle}" shares its token with other text: ${JSON.stringify(under.map((t) => t.text))}`);
  return under[0].scopes;
}

function has(scopes: string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

function assertScope(lines: Token[][], line: number, needle: string, scope: string): void {
  const scopes = scopesOf(lines, line, needle);
  assert.ok(has(scopes, scope), `"${needle}" on line ${line} should be ${scope}, got ${scopes.join(' ')}`);
}

function assertNoScope(lines: Token[][], line: number, needle: string, scope: string): void {
  const text = lines[line].map((t) => t.text).join('');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not on line ${line}`);
  let offset = 0;
  for (const t of lines[line]) {
    const overlaps = offset < at + needle.length && offset + t.text.length > at;
    assert.ok(!overlaps || !has(t.scopes, scope), `"${t.text}" in "${needle}" on line ${line} should not be ${scope}: ${t.scopes.join(' ')}`);
    offset += t.text.length;
  }
}

const SAMPLE = [
  /* 0 */ 'Subject: Your post on {{topic}} at [Company]',
  /* 1 */ 'To: Dana Whitfield',
  /* 2 */ 'Company: Northwind {{ company }}',
  /* 3 */ 'Kind: inmail',
  /* 4 */ 'Status: Draft',
  /* 5 */ 'Open-Profile: yes',
  /* 6 */ 'Send: 2026-12-08 09:30',
  /* 7 */ 'Subjet: a typo',
  /* 8 */ 'Kind: letter',
  /* 9 */ '',
  /* 10 */ 'Hi Dana: quick one',
  /* 11 */ 'To: whom it may concern, see https://example.com/post?id=4.',
  /* 12 */ 'Hi {{ first_name }}, I read your post on [specific topic] [1] [x].',
  /* 13 */ 'See [the deck](https://example.com/deck) and www.northwind.example/jobs',
  /* 14 */ '--- ',
  /* 15 */ '---',
  /* 16 */ 'Send: 2026-12-15 09:00',
  /* 17 */ 'Subject: {{first_name}}, one more thing',
  /* 18 */ '',
  /* 19 */ 'Status: not a header in the body',
  /* 20 */ '---',
  /* 21 */ '',
  /* 22 */ 'Open-Profile: maybe',
  /* 23 */ '',
  /* 24 */ 'Body after a blank line and headers.',
].join('\n');

const HEADER = 'keyword.other.header.inmail';

describe('grammar text.inmail', () => {
  let lines: Token[][];
  before(async () => {
    lines = await tokenize(SAMPLE);
  });

  it('scopes known header names, their colon and their values', () => {
    for (const [line, name] of [[0, 'Subject'], [1, 'To'], [2, 'Company'], [3, 'Kind'], [4, 'Status'], [5, 'Open-Profile'], [6, 'Send']] as const) {
      assertScope(lines, line, name, HEADER);
      assertScope(lines, line, name, 'meta.header.inmail');
    }
    assertScope(lines, 0, ':', 'punctuation.separator.key-value.inmail');
    assertScope(lines, 0, 'Your post on ', 'string.unquoted.subject.inmail');
    assertScope(lines, 1, 'Dana Whitfield', 'string.unquoted.header-value.inmail');
    assertScope(lines, 3, 'inmail', 'constant.language.kind.inmail');
    assertScope(lines, 4, 'Draft', 'constant.language.status.inmail');
    assertScope(lines, 5, 'yes', 'constant.language.boolean.inmail');
    assertScope(lines, 6, '2026-12-08 09:30', 'constant.numeric.date.inmail');
  });

  it('marks unknown headers and values the linter rejects as warnings', () => {
    assertScope(lines, 7, 'Subjet', 'invalid.deprecated.header.unknown.inmail');
    assertNoScope(lines, 7, 'Subjet', HEADER);
    assertScope(lines, 8, 'Kind', HEADER);
    assertScope(lines, 8, 'letter', 'invalid.deprecated.header-value.inmail');
    assertScope(lines, 22, 'maybe', 'invalid.deprecated.header-value.inmail');
  });

  it('scopes merge fields with their braces', () => {
    assertScope(lines, 0, '{{', 'punctuation.definition.merge-field.begin.inmail');
    assertScope(lines, 0, '{{', 'variable.other.merge-field.inmail');
    assertScope(lines, 0, 'topic', 'variable.other.merge-field.inmail');
    assertScope(lines, 0, '}}', 'punctuation.definition.merge-field.end.inmail');
    // In the subject the field sits inside the subject's value.
    assertScope(lines, 0, 'topic', 'string.unquoted.subject.inmail');
    assertScope(lines, 2, ' company ', 'variable.other.merge-field.inmail');
    assertScope(lines, 12, ' first_name ', 'variable.other.merge-field.inmail');
    assertScope(lines, 17, 'first_name', 'variable.other.merge-field.inmail');
  });

  it('marks [gaps] in the subject and body as errors, but not footnotes, checkboxes or links', () => {
    assertScope(lines, 0, 'Company', 'invalid.illegal.placeholder.inmail');
    assertScope(lines, 0, '[', 'punctuation.definition.placeholder.begin.inmail');
    assertScope(lines, 12, 'specific topic', 'invalid.illegal.placeholder.inmail');
    assertScope(lines, 12, ']', 'punctuation.definition.placeholder.end.inmail');
    assertNoScope(lines, 12, '[1]', 'invalid');
    assertNoScope(lines, 12, '[x]', 'invalid');
    assertNoScope(lines, 13, '[the deck]', 'invalid');
  });

  it('scopes URLs as links, without trailing punctuation', () => {
    assertScope(lines, 11, 'https://example.com/post?id=4', 'markup.underline.link.inmail');
    assert.equal(lines[11].at(-1)!.text, '.', 'the full stop after the URL is not part of it');
    assert.ok(!has(lines[11].at(-1)!.scopes, 'markup.underline.link'));
    assertScope(lines, 13, 'https://example.com/deck', 'markup.underline.link.inmail');
    assertScope(lines, 13, 'www.northwind.example/jobs', 'markup.underline.link.inmail');
  });

  it('reads body lines that look like headers as body text', () => {
    assertNoScope(lines, 10, 'Hi Dana: quick one', HEADER);
    assertNoScope(lines, 10, 'Hi Dana: quick one', 'meta.header');
    assertScope(lines, 10, 'Hi Dana: quick one', 'meta.body.inmail');
    // A known header name after the header block has closed stays in the body.
    assertNoScope(lines, 11, 'To', HEADER);
    assertNoScope(lines, 19, 'Status', HEADER);
    assertScope(lines, 19, 'Status: not a header in the body', 'meta.body.inmail');
  });

  it('scopes --- separators and opens a header block after them', () => {
    assertScope(lines, 15, '---', 'meta.separator.inmail');
    assertScope(lines, 15, '---', 'markup.heading');
    assertScope(lines, 20, '---', 'meta.separator.inmail');
    // "--- " with a trailing space is not a separator for the parser, so it is body text here too.
    assertNoScope(lines, 14, '---', 'meta.separator');
    assertScope(lines, 16, 'Send', HEADER);
    assertScope(lines, 16, '2026-12-15 09:00', 'constant.numeric.date.inmail');
    assertScope(lines, 16, 'Send', 'meta.follow-up.inmail');
    assertScope(lines, 17, 'Subject', HEADER);
    // Blank lines between --- and the headers are layout, as in the parser.
    assertScope(lines, 22, 'Open-Profile', HEADER);
    assertNoScope(lines, 24, 'Body', HEADER);
  });

  it('knows every header the parser knows, so the two lists cannot drift apart', async () => {
    for (const { name } of KNOWN_HEADERS) {
      // First line of the file: only a known header opens a header block there.
      const tokens = await tokenize(`${name}: x\n\nBody`);
      assertScope(tokens, 0, name, HEADER);
      assertNoScope(tokens, 0, name, 'invalid.deprecated.header.unknown.inmail');
    }
  });

  it('scopes Degree values, LinkedIn\'s "3rd+" included, and marks others', async () => {
    const tokens = await tokenize('Degree: 1st\nDegree: 3rd+\nDegree: first\n\nBody');
    assertScope(tokens, 0, '1st', 'constant.language.degree.inmail');
    assertScope(tokens, 1, '3rd+', 'constant.language.degree.inmail');
    assertScope(tokens, 2, 'first', 'invalid.deprecated.header-value.inmail');
  });

  it('scopes Language codes, region tags and names, and marks values no language has the shape of', async () => {
    const tokens = await tokenize('Language: de\nlanguage: de-AT\nLanguage: pt_BR\nLanguage: Español\nLanguage: 42\nLanguage: en, de\n\nBody');
    assertScope(tokens, 0, 'Language', HEADER);
    assertScope(tokens, 0, 'de', 'constant.language.locale.inmail');
    assertScope(tokens, 1, 'de-AT', 'constant.language.locale.inmail');
    assertScope(tokens, 2, 'pt_BR', 'constant.language.locale.inmail');
    assertScope(tokens, 3, 'Español', 'constant.language.locale.inmail');
    assertScope(tokens, 4, '42', 'invalid.deprecated.header-value.inmail');
    assertScope(tokens, 5, 'en, de', 'invalid.deprecated.header-value.inmail');
    // The grammar and the parser agree on what they read; the linter rejects exactly these two.
    for (const value of ['de', 'de-AT', 'pt_BR', 'Español']) assert.ok(parseLanguage(value), value);
    for (const value of ['42', 'en, de']) assert.equal(parseLanguage(value), undefined, value);
  });

  it('does not open a header block on a body that merely starts with "Word:"', async () => {
    const tokens = await tokenize('Dana: quick one about your post\n\nTo: the point');
    assertNoScope(tokens, 0, 'Dana', 'meta.header');
    assertNoScope(tokens, 0, 'Dana', 'invalid');
    assertNoScope(tokens, 2, 'To', HEADER);
  });

  it('agrees with the parser on which lines are headers', async () => {
    const drafts = [
      SAMPLE,
      '\n\nSubject: After blank lines\nTo: Dana\n\nHi Dana: quick one\nKind: connection',
      '---\nSend: 2026-12-08 09:00\n\nBody\n---\n\n\nStatus: sent\nTo: Dana\nNot a header line\nCompany: Acme',
      'Kind: connection\nTo: Priya\nHi Priya, no blank line before this body.\nStatus: sent',
      'Hello there.\nSubject: too late\n---\nTo: Dana\n---\n---\n\nBody only',
      '\r\nSubject: CRLF\r\nTo: Dana\r\n\r\nBody\r\n---\r\nSend: 2026-12-08 09:00\r\n',
    ];
    for (const text of drafts) {
      const tokens = await tokenize(text);
      const starts = computeLineStarts(text);
      const parsed = new Set(parseDocument(text).messages.flatMap((m) => m.headers.map((h) => toLineColumn(starts, h.nameSpan.start).line - 1)));
      const scoped = new Set(tokens.flatMap((line, i) => (line.some((t) => has(t.scopes, 'meta.header.inmail')) ? [i] : [])));
      assert.deepEqual([...scoped].sort(), [...parsed].sort(), `header lines differ for:\n${JSON.stringify(text)}`);
    }
  });
});
