/**
 * Every regular expression in the server's source runs in linear time: each is found in the source itself
 * (so a new one cannot be forgotten) and run over adversarial inputs of 100,000 characters built from its
 * own literals. The bound is generous, for a loaded CI machine; the bench holds the tight figures.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { mentionPattern } from '../../server/src/engine/copy';
import { repoRoot } from '../helpers/repo';
import { slowInputs } from './adversarial';

// The compiler's own parser finds regex literals (a hand-written scan would mistake divisions for them).
// Loaded at run time rather than bundled into the test.
const ts: typeof import('typescript') = createRequire(__filename)('typescript');

const SIZE = 100_000;
const BOUND_MS = 200;

/**
 * Patterns built with `new RegExp`, by file and the declaration that builds them. Each is timed like a
 * literal; a new one fails the test below until it is listed here.
 */
const BUILT: Record<string, RegExp | RegExp[] | { exempt: string }> = {
  // Built per recipient from the To and Company headers, which are draft text too.
  'engine/copy.ts mentionPattern': [mentionPattern('Dana'), mentionPattern('Acme Robotics, Inc.'), mentionPattern('a'.repeat(199) + 'b')],
};

interface Found {
  where: string;
  pattern?: RegExp;
  /** For `new RegExp`: the file and declaration that builds it, the key into BUILT. */
  builtBy?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function enclosingName(node: import('typescript').Node): string {
  for (let n: import('typescript').Node | undefined = node; n; n = n.parent) {
    if ((ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n)) && n.name && ts.isIdentifier(n.name)) return n.name.text;
  }
  return '(top level)';
}

function regexesIn(root: string): Found[] {
  const src = join(root, 'server', 'src');
  const found: Found[] = [];
  for (const file of sourceFiles(src)) {
    const rel = relative(src, file).split('\\').join('/');
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: import('typescript').Node) => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({ where: `${rel}:${line} ${text}`, pattern: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        found.push({ where: `${rel}:${line} new RegExp`, builtBy: `${rel} ${enclosingName(node)}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

function assertLinear(pattern: RegExp): void {
  const slow = slowInputs(pattern, SIZE, BOUND_MS);
  assert.deepEqual(slow, [], `/${pattern.source}/${pattern.flags} is not linear on:\n${slow.join('\n')}`);
}

describe('every regex in the server is linear on 100,000 characters', function () {
  this.timeout(120_000);
  const found = regexesIn(repoRoot());

  it('finds the regexes it times', () => {
    assert.ok(found.filter((f) => f.pattern).length > 30, `only ${found.length} regex literals found`);
  });

  it('every pattern built with new RegExp is listed, and every listed one still exists', () => {
    const builders = found.flatMap((f) => (f.builtBy ? [f.builtBy] : []));
    const listed = (b: string) => b in BUILT || `${b.split(' ')[0]} *` in BUILT;
    assert.deepEqual(builders.filter((b) => !listed(b)), [], 'time these patterns: add them to BUILT');
    const stale = Object.keys(BUILT).filter((key) => !builders.some((b) => b === key || `${b.split(' ')[0]} *` === key));
    assert.deepEqual(stale, [], 'BUILT lists patterns no longer in the source');
  });

  for (const f of found) {
    if (!f.pattern) continue;
    const pattern = f.pattern;
    it(f.where, () => assertLinear(pattern));
  }
  for (const [key, entry] of Object.entries(BUILT)) {
    if ('exempt' in entry) continue;
    for (const pattern of Array.isArray(entry) ? entry : [entry]) it(`${key} /${pattern.source.slice(0, 60)}…/`, () => assertLinear(pattern));
  }
});
