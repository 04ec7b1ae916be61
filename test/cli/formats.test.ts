/** --format sarif, github and stylish: each checked against what reads it (the SARIF schema, GitHub's escaping, VS Code's matcher). */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty } from '../../server/src/node/formats/github';
import { repoRoot } from '../helpers/repo';
import { BAD, draftsFolder, runCli } from './run-cli';

interface JsonResult {
  file: string;
  diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

/** The official SARIF 2.1.0 schema (OASIS, errata 01), vendored from oasis-tcs/sarif-spec: no network in tests. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(repoRoot(), 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/**
 * VS Code's built-in `$eslint-stylish` pattern, copied from
 * https://github.com/microsoft/vscode/blob/main/src/vs/workbench/contrib/tasks/common/problemMatcher.ts
 * (ProblemPatternRegistryImpl.fillDefaults, 'eslint-stylish'). Its matcher reads file locations as absolute.
 */
const ESLINT_STYLISH_FILE = /^((?:[a-zA-Z]:)*[./\\]+.*?)$/;
const ESLINT_STYLISH_PROBLEM = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;

/** Reads output the way VS Code's multi-line matcher does: a file line, then problem lines while they match (loop). */
function matchEslintStylish(output: string): { file: string; line: number; column: number; severity: string; message: string; code?: string }[] {
  const found = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const problem = file !== undefined ? ESLINT_STYLISH_PROBLEM.exec(line) : null;
    if (problem) {
      found.push({ file: file!, line: Number(problem[1]), column: Number(problem[2]), severity: problem[3], message: problem[4], code: problem[5] });
      continue;
    }
    const header = ESLINT_STYLISH_FILE.exec(line);
    file = header ? header[1] : undefined;
  }
  return found;
}

describe('inmail-lint formats', () => {
  let dir: string;
  beforeEach(() => {
    dir = draftsFolder('inmail-formats-');
    writeFileSync(join(dir, 'drafts', 'q4', 'hint.inmail'), BAD);
    writeFileSync(join(dir, 'drafts', 'q4', '.inmailrc.json'), '{ "rules": { "generic-subject": "hint" } }');
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rule links and 1-based regions equal to the JSON positions', () => {
    writeFileSync(join(dir, 'drafts', 'we,ird name%.inmail'), BAD);
    const r = runCli(['--format', 'sarif', 'drafts', 'missing.inmail'], dir);
    assert.equal(r.code, 2, r.stderr);
    const validate = sarifValidator();
    assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 2));
    const log = JSON.parse(r.stdout);
    const [run] = log.runs;
    for (const rule of run.tool.driver.rules.filter((x: { helpUri?: string }) => x.helpUri)) {
      assert.ok(existsSync(fileURLToPath(rule.helpUri)), `${rule.id}: ${rule.helpUri} exists`);
      assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
    }
    const json: JsonResult[] = JSON.parse(runCli(['--format', 'json', 'drafts'], dir).stdout);
    const expected = json.flatMap((f) => f.diagnostics.map((d) => `${f.file} ${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)).sort();
    const actual = run.results
      .map((res: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }) => {
        const { artifactLocation, region } = res.locations[0].physicalLocation;
        return `${decodeURIComponent(artifactLocation.uri)} ${res.ruleId} ${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn}`;
      })
      .sort();
    assert.deepEqual(actual, expected);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(dir).href}/`, 'relative paths resolve against the folder the run was in');
    assert.ok(run.results.every((res: { locations: { physicalLocation: { artifactLocation: { uriBaseId: string } } }[] }) => res.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%'));
    assert.ok(run.results.some((res: { level: string; ruleId: string }) => res.ruleId === 'generic-subject' && res.level === 'note'), 'a hint is a note');
    assert.equal(run.invocations[0].executionSuccessful, false, 'a path that could not be read');
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /missing\.inmail: no such file or directory/);
  });

  it('github: one ::error/::warning/::notice line per problem with file, line, col, endLine, endColumn and the rule as title', () => {
    const r = runCli(['--format', 'github', 'drafts'], dir);
    assert.equal(r.code, 1, r.stderr);
    const json: JsonResult[] = JSON.parse(runCli(['--format', 'json', 'drafts'], dir).stdout);
    const lines = r.stdout.trimEnd().split('\n');
    const kind: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
    const expected = json.flatMap((f) =>
      f.diagnostics.map((d) => `::${kind[d.severity]} file=${escapeProperty(f.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${d.rule}::${escapeData(d.message)}`),
    );
    assert.deepEqual(lines, expected);
    assert.ok(lines.some((l) => l.startsWith('::notice file=drafts/q4/hint.inmail,line=1,col=10,endLine=1,endColumn=31,title=generic-subject::')));
    assert.ok(lines.some((l) => l.startsWith('::error file=drafts/q4/bad.inmail,') && l.includes('title=unfilled-placeholder::')));
    assert.equal(runCli(['--format', 'github', 'drafts/good.inmail'], dir).stdout, '', 'no problem, no line');
  });

  it("github: escapes %, CR and LF in messages, and : and , too in properties, as GitHub's runner reads them", () => {
    assert.equal(escapeData('50% off\r\nnow: a, b'), '50%25 off%0D%0Anow: a, b');
    assert.equal(escapeProperty('drafts/a:b,c%.inmail'), 'drafts/a%3Ab%2Cc%25.inmail');
    writeFileSync(join(dir, 'a:b,c%.inmail'), BAD);
    const r = runCli(['--format', 'github', 'a:b,c%.inmail'], dir);
    assert.match(r.stdout, /^::error file=a%3Ab%2Cc%25\.inmail,line=\d+/m);
    const missing = runCli(['--format', 'github', 'gone\n::error::forged.inmail'], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '::error title=inmail-lint::gone%0A::error::forged.inmail: no such file or directory\n', 'a path cannot start a command of its own');
  });

  it("stylish: every problem is read by VS Code's $eslint-stylish matcher, on the right absolute file", () => {
    const r = runCli(['drafts'], dir);
    assert.equal(r.code, 1);
    const json: JsonResult[] = JSON.parse(runCli(['--format', 'json', 'drafts'], dir).stdout);
    const expected = json.flatMap((f) => f.diagnostics.map((d) => `${join(dir, f.file)} ${d.line}:${d.column} ${d.severity === 'hint' ? 'info' : d.severity} ${d.rule} ${d.message}`)).sort();
    const matched = matchEslintStylish(r.stdout).map((p) => `${p.file} ${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`).sort();
    assert.deepEqual(matched, expected);
    assert.ok(expected.length >= 6, 'problems of two files, a hint among them');
  });
});
