import * as assert from 'node:assert/strict';
import { DEFAULT_LIMITS, DEFAULT_MAX_FILE_SIZE, defaultConfig, mergeConfig, parseConfigText } from '../../server/src/engine/config';
import { RULE_IDS } from '../../server/src/engine/rules';

const parse = (text: string) => parseConfigText(text, '/drafts/.inmailrc.json', RULE_IDS);

describe('.inmailrc.json parsing', () => {
  it('reads a file that starts with a byte-order mark, keeping problem positions on the right column', () => {
    const result = parse('\ufeff{ "limits": { "bodyMax": 2000 }, "freeAccount": "yes" }');
    assert.equal(result.config.limits?.bodyMax, 2000);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].key, 'freeAccount');
    // The BOM is character 1 of the file, so "yes" starts at column 51 as an editor shows it.
    assert.equal(result.problems[0].column, '\ufeff{ "limits": { "bodyMax": 2000 }, "freeAccount": '.length + 1);
  });

  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`rejects "${name}" as a limit name and never lets it reach the merged config`, () => {
      const result = parse(`{ "limits": { "${name}": 5, "bodyMax": 1800 } }`);
      assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
      assert.match(result.problems[0].message, new RegExp(`unknown limit "${name}"`));
      const merged = mergeConfig(defaultConfig(), result.config);
      assert.equal(merged.limits.bodyMax, 1800);
      assert.deepEqual(Object.keys(merged.limits).sort(), Object.keys(DEFAULT_LIMITS).sort());
      assert.equal(Object.getPrototypeOf(merged.limits), Object.prototype);
    });
  }

  it('keeps prototype keys from settings layers out of the merged rules and limits', () => {
    const layer = JSON.parse('{ "rules": { "__proto__": { "polluted": "error" }, "no-ask": "off" }, "limits": { "constructor": 1, "bodyMax": 100 } }');
    const merged = mergeConfig(defaultConfig(), layer);
    assert.equal(merged.rules['no-ask'], 'off');
    assert.equal((merged.rules as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(merged.rules), Object.prototype);
    assert.equal(merged.limits.bodyMax, 100);
    assert.equal(Object.hasOwn(merged.limits, 'constructor'), false);
  });

  it('reports a repeated key on the earlier one and lets the last one count', () => {
    const text = '{\n  "limits": {\n    "bodyMax": 1500,\n    "bodyMax": 1800\n  },\n  "rules": { "no-ask": "off" },\n  "rules": { "send-time": "off" }\n}';
    const result = parse(text);
    assert.equal(result.config.limits?.bodyMax, 1800);
    assert.deepEqual(result.config.rules, { 'send-time': 'off' });
    const messages = result.problems.map((p) => `${p.line}:${p.key}: ${p.message}`).sort();
    assert.deepEqual(messages, ['3:limits.bodyMax: "bodyMax" is set again on line 4; this earlier value is ignored', '6:rules: "rules" is set again on line 7; this earlier value is ignored']);
  });

  it('names a number too large to represent as it was written, not as "null"', () => {
    const result = parse('{ "limits": { "bodyMax": 1e400 } }');
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /found 1e400$/);
    assert.equal(result.config.limits?.bodyMax, undefined);
  });

  it('reports nesting too deep to read with its position instead of overflowing the stack', () => {
    const depth = 100_000;
    const text = `{ "limits": ${'['.repeat(depth)}${']'.repeat(depth)} }`;
    const result = parse(text);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /nested more than \d+ levels deep; defaults are used/);
    assert.equal(result.problems[0].line, 1);
    assert.ok(result.problems[0].column > 12 && result.problems[0].column < 100, `column ${result.problems[0].column}`);
    assert.deepEqual(result.config, {});
  });

  it('reads maxFileSize, rejects one that is not a positive whole number, and defaults to 1 MiB', () => {
    assert.equal(defaultConfig().maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.equal(DEFAULT_MAX_FILE_SIZE, 1024 * 1024);
    assert.equal(mergeConfig(defaultConfig(), parse('{ "maxFileSize": 4096 }').config).maxFileSize, 4096);
    for (const bad of ['0', '-1', '1.5', '"1MB"', '1e400']) {
      const result = parse(`{ "maxFileSize": ${bad} }`);
      assert.equal(result.problems.length, 1, bad);
      assert.match(result.problems[0].message, new RegExp(`"maxFileSize" must be a whole number of bytes above 0, found ${bad.replace(/[.]/g, '\\.')}`));
      assert.equal(mergeConfig(defaultConfig(), result.config).maxFileSize, DEFAULT_MAX_FILE_SIZE);
    }
  });
});
