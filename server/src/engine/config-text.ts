/**
 * Reads the text of a `.inmailrc.json` with jsonc-parser: comments and trailing commas allowed, each problem
 * with its line and column. The language servers load this module (and jsonc-parser) with the mail-merge
 * code (scripts/merge-chunk.mjs) the first time a workspace has a config file; a workspace without one never
 * downloads it.
 */
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { ConfigProblem, ConfigResult, Limits, PartialConfig } from './config';
import { DEFAULT_LIMITS } from './config';
import type { SeveritySetting } from './types';
import { closest, computeLineStarts, toLineColumn } from './util';

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const TOP_LEVEL_KEYS = ['$schema', 'rules', 'limits', 'freeAccount', 'maxFileSize'];
/** jsonc-parser recurses once per level; far below the stack's depth, far above any real config's. */
const MAX_NESTING = 64;

/**
 * Reads the text of a `.inmailrc.json` (comments and trailing commas allowed).
 * `ruleIds` lets it name unknown rules; it never throws.
 */
export function parseConfigText(text: string, path: string, ruleIds: readonly string[]): ConfigResult {
  const problems: ConfigProblem[] = [];
  const lineStarts = computeLineStarts(text);
  const report = (start: number, end: number, key: string, message: string) => {
    const { line, column } = toLineColumn(lineStarts, start);
    problems.push({ path, line, column, start, end, key, message });
  };

  // A BOM is what many Windows editors write; a space in its place keeps every offset where it was.
  const json = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tooDeep = nestingPastLimit(json);
  if (tooDeep !== undefined) {
    report(tooDeep, tooDeep + 1, '', `nested more than ${MAX_NESTING} levels deep; defaults are used until it is fixed`);
    return { config: {}, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(json, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const at = e ? e.offset : 0;
    report(at, at + (e?.length ?? 0), '', `invalid JSON: ${e ? describeParseError(e) : 'empty file'}; defaults are used until it is fixed`);
    return { config: {}, problems };
  }
  if (root.type !== 'object') {
    report(root.offset, root.offset + root.length, '', `expected an object with "rules", "limits" or "freeAccount", found ${root.type}`);
    return { config: {}, problems };
  }
  const at = (n: Node) => [n.offset, n.offset + n.length] as const;
  // How a value was written, for messages: JSON.stringify would call 1e400 "null".
  const written = (n: Node) => (n.type === 'number' || n.type === 'string' || n.type === 'boolean' || n.type === 'null' ? json.slice(n.offset, n.offset + n.length) : n.type);
  /** The properties of an object node, each key once: an earlier repeat is reported, the last one counts as in JSON. */
  const properties = (object: Node, prefix: string): [Node, Node][] => {
    const last = new Map<string, [Node, Node]>();
    for (const prop of object.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      const earlier = last.get(key);
      if (earlier) {
        const line = toLineColumn(lineStarts, keyNode.offset).line;
        report(...at(earlier[0]), `${prefix}${key}`, `"${key}" is set again on line ${line}; this earlier value is ignored`);
      }
      last.set(key, [keyNode, valueNode]);
    }
    return [...last.values()].sort((a, b) => a[0].offset - b[0].offset);
  };

  const config: PartialConfig = {};
  for (const [keyNode, valueNode] of properties(root, '')) {
    const key = String(keyNode.value);
    if (key === 'rules') {
      if (valueNode.type !== 'object') {
        report(...at(valueNode), 'rules', `"rules" must be an object mapping rule ids to one of ${SEVERITIES.join(', ')}`);
        continue;
      }
      config.rules = {};
      for (const [idNode, sevNode] of properties(valueNode, 'rules.')) {
        const id = String(idNode.value);
        if (!ruleIds.includes(id)) {
          const hint = closest(id, ruleIds);
          report(...at(idNode), `rules.${id}`, `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
        } else if (typeof sevNode.value !== 'string' || !SEVERITIES.includes(sevNode.value as SeveritySetting)) {
          report(...at(sevNode), `rules.${id}`, `rules.${id} must be one of ${SEVERITIES.join(', ')}, found ${written(sevNode)}`);
        } else {
          config.rules[id] = sevNode.value as SeveritySetting;
        }
      }
    } else if (key === 'limits') {
      if (valueNode.type !== 'object') {
        report(...at(valueNode), 'limits', `"limits" must be an object of numbers such as {"bodyMax": 2000}`);
        continue;
      }
      config.limits = {};
      for (const [nameNode, numNode] of properties(valueNode, 'limits.')) {
        const name = String(nameNode.value);
        // Own keys only: "constructor" or "toString" are on every object's prototype, not limits.
        if (!Object.hasOwn(DEFAULT_LIMITS, name)) {
          const hint = closest(name, Object.keys(DEFAULT_LIMITS));
          report(...at(nameNode), `limits.${name}`, `unknown limit "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
        } else if (!isWholeNumber(numNode.value)) {
          report(...at(numNode), `limits.${name}`, `limits.${name} must be a whole number of at least 0, found ${written(numNode)}`);
        } else {
          config.limits[name as keyof Limits] = numNode.value;
        }
      }
    } else if (key === 'freeAccount') {
      if (typeof valueNode.value !== 'boolean') report(...at(valueNode), 'freeAccount', `"freeAccount" must be true or false, found ${written(valueNode)}`);
      else config.freeAccount = valueNode.value;
    } else if (key === 'maxFileSize') {
      if (!isWholeNumber(valueNode.value) || valueNode.value === 0) report(...at(valueNode), 'maxFileSize', `"maxFileSize" must be a whole number of bytes above 0, found ${written(valueNode)}`);
      else config.maxFileSize = valueNode.value;
    } else if (!TOP_LEVEL_KEYS.includes(key)) {
      const hint = closest(key, TOP_LEVEL_KEYS);
      report(...at(keyNode), key, `unknown setting "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected ${TOP_LEVEL_KEYS.slice(1).join(', ')}`);
    }
  }
  return { config, problems };
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Offset of the first bracket past MAX_NESTING, found with the scanner, which does not recurse. */
function nestingPastLimit(text: string): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_NESTING) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth--;
  }
  return undefined;
}

function describeParseError(e: ParseError): string {
  // 'InvalidSymbol' -> 'invalid symbol'
  return printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
