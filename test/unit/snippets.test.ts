/**
 * Every snippet, expanded with its example values, must be a draft the linter accepts without a single
 * problem: a snippet that teaches a habit our own rules flag would undo the rest of the extension.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { countSentences, countWords, lint, parseSendTime } from '../../server/src/engine';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const PREFIXES = ['inmail-sales', 'inmail-networking', 'inmail-recruiting', 'inmail-connection', 'inmail-follow-up', 'inmail-rabt'];

/** The repository root: the bundled test runs from out/test/unit, the sources live in test/unit. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'snippets'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

function loadSnippets(): Map<string, Snippet> {
  const text = readFileSync(join(repoRoot(), 'snippets', 'inmail.code-snippets'), 'utf8');
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true }) as Record<string, Snippet>;
  assert.deepEqual(errors.map((e) => `${printParseErrorCode(e.error)} at ${e.offset}`), [], 'snippets file parses');
  const byPrefix = new Map<string, Snippet>();
  for (const [name, snippet] of Object.entries(raw)) {
    assert.equal(typeof snippet.prefix, 'string', `${name}: one prefix`);
    byPrefix.set(snippet.prefix as string, snippet);
  }
  return byPrefix;
}

function bodyOf(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

// `${1:default}`; a default holding `$`, `{` or `}` would be nested snippet syntax this expander does not speak.
const PLACEHOLDER = /\$\{(\d+):([^${}]*)\}/g;
const REFERENCE = /\$(\d+)|\$\{(\d+)\}/g;

/** Tab stop number -> its default, checking that every repeat of a number carries the same default. */
function defaultsOf(body: string): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const [, n, value] of body.matchAll(PLACEHOLDER)) {
    const seen = defaults.get(n);
    assert.ok(seen === undefined || seen === value, `tab stop $${n} repeats with two defaults: "${seen}" and "${value}"`);
    defaults.set(n, value);
  }
  return defaults;
}

/** What the writer gets by pressing Tab through the snippet without typing: every default in place. */
function expand(body: string): string {
  const defaults = defaultsOf(body);
  const out = body.replace(PLACEHOLDER, (_, n: string) => defaults.get(n)!).replace(REFERENCE, (_, a?: string, b?: string) => defaults.get((a ?? b)!) ?? '');
  assert.ok(!/\$/.test(out), `snippet syntax left after expansion: ${out}`);
  return out;
}

const snippets = loadSnippets();
const expanded = new Map([...snippets].map(([prefix, s]) => [prefix, expand(bodyOf(s))]));

/**
 * What each snippet is linted as. Most are whole drafts; a follow-up block only exists below a first
 * message (alone, the empty first message would rightly lack a subject), so it is linted after each
 * whole InMail snippet it can follow.
 */
function draftsFor(prefix: string): { name: string; text: string }[] {
  const text = expanded.get(prefix)!;
  if (prefix !== 'inmail-follow-up') return [{ name: prefix, text }];
  return ['inmail-sales', 'inmail-networking', 'inmail-recruiting', 'inmail-rabt'].map((first) => ({
    name: `${first} + ${prefix}`,
    text: `${expanded.get(first)}\n\n${text}\n`,
  }));
}

describe('snippets', () => {
  it('are exactly the six inmail- snippets, each with a description', () => {
    assert.deepEqual([...snippets.keys()].sort(), [...PREFIXES].sort());
    for (const [prefix, snippet] of snippets) {
      assert.match(prefix, /^inmail-/);
      assert.ok(snippet.description && snippet.description.trim().length > 20, `${prefix}: description says what it is for`);
    }
  });

  for (const prefix of PREFIXES) {
    describe(prefix, () => {
      it('gives every blank a tab stop with an example value, never a [gap]', () => {
        const body = bodyOf(snippets.get(prefix)!);
        const defaults = defaultsOf(body);
        assert.ok(defaults.size > 0, 'has tab stops');
        for (const [n, value] of defaults) assert.ok(value.trim().length > 0, `tab stop $${n} has an empty default`);
        // A bare `$3` would be a blank with nothing to show the writer what goes there.
        for (const [, a, b] of body.matchAll(REFERENCE)) {
          const n = (a ?? b)!;
          assert.ok(n === '0' || defaults.has(n), `$${n} has no default anywhere in the snippet`);
        }
        assert.ok(!expanded.get(prefix)!.includes('['), 'no [gap] in the expanded snippet');
      });

      for (const draft of draftsFor(prefix)) {
        it(`lints clean when expanded${draft.name === prefix ? '' : ` (${draft.name})`}`, () => {
          const { problems, doc } = lint(draft.text);
          assert.deepEqual(
            problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} [${draft.text.slice(p.start, p.end)}]`),
            [],
            `expanded snippet:\n${draft.text}`,
          );
          for (const message of doc.messages) {
            if (!message.subject) continue;
            assert.ok(countWords(message.subject.value) < 10, `subject "${message.subject.value}" is under 10 words`);
          }
        });
      }

      it('has the shape LinkedIn rewards for its kind', () => {
        const { doc } = lint(draftsFor(prefix)[0].text);
        const message = prefix === 'inmail-follow-up' ? doc.messages[1] : doc.messages[0];
        if (prefix === 'inmail-follow-up') {
          assert.equal(doc.messages.length, 2, 'one follow-up, no more');
          const send = message.send;
          assert.ok(send, 'the follow-up carries a valid Send time');
          assert.ok(send.weekday >= 2 && send.weekday <= 4 && send.hour === 9, 'sent on a Tuesday-Thursday morning at 09:00');
        } else if (prefix === 'inmail-connection') {
          assert.equal(message.kind, 'connection');
          assert.equal(message.subject, undefined, 'a connection note has no subject');
        } else {
          assert.equal(message.kind, 'inmail');
          assert.ok(message.subject?.value, 'an InMail has a subject');
          const sentences = countSentences(message.body);
          assert.ok(sentences >= 3 && sentences <= 4, `3-4 sentences, found ${sentences}`);
        }
        // A Send line belongs where its timing is the point: the follow-up.
        assert.equal(
          doc.messages.some((m) => m.headers.some((h) => h.key === 'send')),
          prefix === 'inmail-follow-up',
          'Send header only in the follow-up',
        );
      });
    });
  }

  it('plans the follow-up 5-7 business days after a first message sent on a Tuesday morning', () => {
    const first = expanded.get('inmail-sales')!.replace(/^(Company: .*)$/m, '$1\nSend: 2026-12-01 09:00');
    assert.equal(parseSendTime('2026-12-01 09:00')!.weekday, 2);
    const { problems, doc } = lint(`${first}\n\n${expanded.get('inmail-follow-up')}\n`);
    assert.ok(doc.messages[0].send && doc.messages[1].send);
    assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message}`), []);
  });
});
