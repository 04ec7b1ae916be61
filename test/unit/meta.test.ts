/** Checks that keep hand-written parts from drifting: rules, their docs, their tests, the examples. */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, RULES, RULE_IDS } from '../../server/src/engine';
import { repoRoot } from '../helpers/repo';
import { attached } from '../helpers/rule-tester';
import { RecipientsFiles } from '../../server/src/node/recipients';

const root = repoRoot();
const read = (...p: string[]) => readFileSync(join(root, ...p), 'utf8');
const SECTIONS = ['## Why', '## When it fires', '## Examples', '### Flagged', '### Fine', '## Fix', '## Configuration'];

/** Each `inmail` block of a section, with the `csv` block right after it (a mail merge's recipients), if any. */
function codeBlocks(markdown: string, heading: string): { text: string; csv?: string }[] {
  const start = markdown.indexOf(heading);
  const end = markdown.indexOf('\n#', start + heading.length);
  const section = markdown.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```inmail\n([\s\S]*?)```(?:\s*```csv\n([\s\S]*?)```)?/g)].map((m) => ({ text: m[1], csv: m[2] }));
}

const lintExample = (example: { text: string; csv?: string }) => lint(example.text, undefined, { recipients: attached(example.csv) });

describe('project meta', () => {
  it('registers exactly the rule modules in the rules folder', () => {
    const files = readdirSync(join(root, 'server/src/engine/rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual([...RULE_IDS].sort(), files.sort());
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has complete metadata', () => {
        assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
        assert.ok(rule.meta.description.length > 20);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.meta.defaultSeverity));
      });

      it('has a doc page with every section, whose Flagged example is flagged and Fine example is not', () => {
        const doc = read('docs', 'rules', `${id}.md`);
        assert.ok(doc.startsWith(`# ${id}\n`), 'page starts with its id');
        let at = 0;
        for (const section of SECTIONS) {
          const found = doc.indexOf(`${section}\n`, at);
          assert.ok(found >= 0, `section "${section}" in order`);
          at = found;
        }
        assert.match(doc, new RegExp(`Default severity[^\\n]*${rule.meta.defaultSeverity}`, 'i'));
        const flagged = codeBlocks(doc, '### Flagged');
        const fine = codeBlocks(doc, '### Fine');
        assert.ok(flagged.length > 0 && fine.length > 0, 'examples present');
        for (const example of flagged) assert.ok(lintExample(example).problems.some((p) => p.ruleId === id), `flagged example is flagged:\n${example.text}`);
        for (const example of fine) assert.ok(!lintExample(example).problems.some((p) => p.ruleId === id), `fine example is fine:\n${example.text}`);
      });

      it('has a table test', () => {
        const test = read('test', 'unit', 'rules', `${id}.test.ts`);
        assert.match(test, new RegExp(`testRule\\('${id}'`));
      });

      it('is listed in the rules index and the README', () => {
        assert.match(read('docs', 'rules', 'README.md'), new RegExp(`\\[${id}\\]\\(${id}\\.md\\)`));
        assert.match(read('README.md'), new RegExp(`\\b${id}\\b`));
      });
    });
  }

  it('good examples lint clean', () => {
    for (const file of readdirSync(join(root, 'examples', 'good')).filter((f) => f.endsWith('.inmail'))) {
      const problems = lint(read('examples', 'good', file)).problems;
      assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message}`), [], file);
    }
  });

  it('bad examples show every rule', () => {
    const fired = new Set<string>();
    // The mail-merge examples bring their recipients CSVs, read as the CLI reads them.
    const recipients = new RecipientsFiles();
    for (const file of readdirSync(join(root, 'examples', 'bad')).filter((f) => f.endsWith('.inmail'))) {
      const text = read('examples', 'bad', file);
      const problems = lint(text, undefined, { recipients: recipients.forDraft(join(root, 'examples', 'bad', file), text) }).problems;
      assert.ok(problems.length > 0, `${file} shows at least one problem`);
      for (const p of problems) fired.add(p.ruleId);
    }
    assert.deepEqual(RULE_IDS.filter((id) => !fired.has(id)), []);
  });
});
