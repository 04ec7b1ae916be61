/** ESLint-style table tests: each rule lists drafts it must accept and drafts it must flag. */
import * as assert from 'node:assert/strict';
import { applyEdits, defaultConfig, lint, mergeConfig, parseRecipients, ruleById, toLineColumn, computeLineStarts, type AttachedRecipients, type PartialConfig, type Problem } from '../../server/src/engine';

export interface ValidCase {
  name: string;
  text: string;
  config?: PartialConfig;
  /** A mail merge: the recipients CSV's text (as `leads.csv`), or what the caller found instead of one. */
  recipients?: string | AttachedRecipients;
}

/** The recipients a case lints with: CSV text is parsed as the file `leads.csv` a `Recipients:` header names. */
export function attached(recipients: string | AttachedRecipients | undefined): AttachedRecipients | undefined {
  return typeof recipients === 'string' ? { path: 'leads.csv', named: true, parsed: parseRecipients(recipients) } : recipients;
}

export interface ExpectedProblem {
  /** Substring or pattern the message must contain. */
  message?: string | RegExp;
  /** 1-based line of the start of the problem. */
  line?: number;
  /** The exact text the problem's range covers. */
  covers?: string;
  /** Text the document must read after applying the problem's fix (fix-all edit). */
  fixed?: string;
  /** Titles of quick fixes that must be offered (each a substring or pattern). */
  suggestions?: (string | RegExp)[];
}

export interface InvalidCase extends ValidCase {
  problems: ExpectedProblem[];
}

export function problemsOf(ruleId: string, text: string, config?: PartialConfig, recipients?: string | AttachedRecipients): Problem[] {
  // Every rule on, so a case can't pass because its rule was switched off by default.
  const merged = mergeConfig(defaultConfig(), config, { rules: { [ruleId]: ruleById(ruleId)!.meta.defaultSeverity, ...config?.rules } });
  return lint(text, merged, { recipients: attached(recipients) }).problems.filter((p) => p.ruleId === ruleId);
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual.includes(expected) : expected.test(actual);
}

export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = ruleById(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => assert.ok(rule, `rule ${ruleId} is not in RULES`));
    assert.ok(cases.valid.length > 0 && cases.invalid.length > 0, `${ruleId}: a table needs valid and invalid cases`);
    for (const c of cases.valid) {
      it(`accepts: ${c.name}`, () => {
        const problems = problemsOf(ruleId, c.text, c.config, c.recipients);
        assert.deepEqual(problems.map((p) => p.message), [], `expected no ${ruleId} problems`);
      });
    }
    for (const c of cases.invalid) {
      it(`flags: ${c.name}`, () => {
        const problems = problemsOf(ruleId, c.text, c.config, c.recipients);
        assert.equal(problems.length, c.problems.length, `expected ${c.problems.length} problem(s), got: ${JSON.stringify(problems.map((p) => p.message))}`);
        const lineStarts = computeLineStarts(c.text);
        c.problems.forEach((expected, i) => {
          const actual = problems[i];
          assert.ok(actual.start >= 0 && actual.end <= c.text.length && actual.start <= actual.end, 'range inside the document');
          if (expected.message) assert.ok(matches(actual.message, expected.message), `message "${actual.message}" should match ${expected.message}`);
          if (expected.line) assert.equal(toLineColumn(lineStarts, actual.start).line, expected.line, 'line');
          if (expected.covers !== undefined) assert.equal(c.text.slice(actual.start, actual.end), expected.covers, 'covered text');
          if (expected.fixed !== undefined) {
            assert.ok(actual.fix, 'expected a fix');
            assert.equal(applyEdits(c.text, actual.fix.edits), expected.fixed, 'text after the fix');
          }
          for (const title of expected.suggestions ?? []) {
            assert.ok(actual.suggestions?.some((s) => matches(s.title, title)), `suggestion ${title} among ${JSON.stringify(actual.suggestions?.map((s) => s.title))}`);
          }
        });
      });
    }
  });
}
