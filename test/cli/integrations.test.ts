/**
 * The GitHub Action and the pre-commit hook, run as their hosts run them: action.yml's steps as the
 * Actions runner executes a composite action's `run` (expressions filled in, INPUT_* and GITHUB_*
 * variables set, `bash --noprofile --norc -eo pipefail` on a script file), and the hook's entry with
 * the staged files its `files` pattern selects.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/repo';
import { draftsFolder, runCli } from './run-cli';
import { tempDir } from '../helpers/temp-dir';

interface ActionStep {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const root = repoRoot();

/** `${{ inputs.name }}`, the only expressions action.yml uses; anything else fails the test rather than pass unfilled. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^inputs\.([\w-]+)$/.exec(expr);
    assert.ok(m, `unexpected expression \${{ ${expr} }}`);
    return inputs[m[1]] ?? '';
  });
}

/** Runs every step of the composite action in a workspace, as the runner would; stops at the first failing step. */
function runAction(workspace: string, given: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;
  assert.equal(action.runs.using, 'composite');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? '';
  const temp = tempDir('inmail-runner-');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: root,
    GITHUB_ACTION: '__inmail_inmail',
    GITHUB_EVENT_NAME: 'pull_request',
    RUNNER_TEMP: temp,
  };
  // What the runner sets for an action's inputs: INPUT_ and the name in capitals, spaces as underscores.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  let stdout = '';
  let stderr = '';
  for (const [i, step] of action.runs.steps.entries()) {
    assert.equal(step.shell, 'bash', `${step.name}: the runner's bash command line below`);
    const script = join(temp, `step-${i}.sh`);
    writeFileSync(script, expand(step.run, inputs));
    const stepEnv = { ...env };
    for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = expand(String(value), inputs);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env: stepEnv, encoding: 'utf8', timeout: 60_000 });
    stdout += r.stdout;
    stderr += r.stderr;
    if (r.status !== 0) return { code: r.status, stdout, stderr };
  }
  return { code: 0, stdout, stderr };
}

describe('inmail-lint in GitHub Actions and pre-commit', () => {
  let workspace: string;
  beforeEach(() => {
    workspace = draftsFolder('inmail-workspace-');
  });

  it('action.yml annotates each problem and fails the step on an error', () => {
    const r = runAction(workspace, {});
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 0 && lines.every((l) => /^::(error|warning|notice) file=drafts\/q4\/bad\.inmail,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::./.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('title=unfilled-placeholder::')));
  });

  it('action.yml passes paths (globs unexpanded) and args through, and succeeds on clean drafts', () => {
    const clean = runAction(workspace, { paths: 'drafts/*.inmail' });
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.equal(clean.stdout, '');
    const relaxed = runAction(workspace, { paths: 'drafts/good.inmail\ndrafts/q4/*.inmail', args: '--quiet --ignore-pattern q4/' });
    assert.equal(relaxed.code, 1, "a pattern's static part names q4, which --ignore-pattern q4/ then does not hide");
    assert.ok(relaxed.stdout.trimEnd().split('\n').every((l) => l.startsWith('::error ')), relaxed.stdout);
    const strict = runAction(workspace, { paths: 'drafts/good.inmail', args: '--max-warnings 0' });
    assert.equal(strict.code, 0, strict.stderr);
    const missing = runAction(workspace, { paths: 'nowhere' });
    assert.equal(missing.code, 2);
    assert.match(missing.stdout, /^::error title=inmail-lint::nowhere: no such file or directory$/m);
  });

  it('.pre-commit-hooks.yaml runs the inmail-lint bin on the staged drafts its files pattern selects', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    const hook = hooks.find((h) => h.id === 'inmail-lint');
    assert.ok(hook);
    assert.deepEqual([hook.entry, hook.language], ['inmail-lint', 'node']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin[hook.entry], 'dist/cli.js', 'the entry is the package bin pre-commit installs');
    assert.ok(pkg.scripts.prepack?.includes('scripts/build.mjs'), 'npm pack (how pre-commit installs a node hook) builds dist/');
    assert.match(readFileSync(join(root, '.npmignore'), 'utf8'), /^node_modules\/$/m, 'an .npmignore, so the packed package keeps dist/ that .gitignore leaves out');
    // pre-commit matches `files` as a Python regex with search(); this one reads the same in JavaScript.
    const files = new RegExp(hook.files);
    const staged = ['drafts/good.inmail', 'drafts/q4/bad.inmail', 'README.md', 'drafts/notes.inmail.txt'].filter((f) => files.test(f));
    assert.deepEqual(staged, ['drafts/good.inmail', 'drafts/q4/bad.inmail']);
    const r = runCli(staged, workspace);
    assert.equal(r.code, 1, 'the commit is stopped by the error in bad.inmail');
    assert.equal(runCli(['drafts/good.inmail'], workspace).code, 0);
  });
});
