import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { Severity, SeveritySetting } from './types';
import { closest, computeLineStarts, toLineColumn } from './util';

export interface Limits {
  subjectMax: number;
  subjectWords: number;
  bodyMax: number;
  bodySweetSpot: number;
  connectionNoteMax: number;
  connectionNoteMaxFree: number;
  followUpMinBusinessDays: number;
  followUpMaxBusinessDays: number;
  maxFollowUps: number;
}

export interface InmailConfig {
  rules: Record<string, SeveritySetting>;
  limits: Limits;
  /** Free accounts get 200-character connection notes instead of 300. */
  freeAccount: boolean;
  /** Bytes: a larger file is not read, so a link to a device or an endless file cannot exhaust memory. */
  maxFileSize: number;
}

/** A config value read from some source; every field optional so sources can be layered. */
export interface PartialConfig {
  rules?: Record<string, SeveritySetting>;
  limits?: Partial<Limits>;
  freeAccount?: boolean;
  maxFileSize?: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  subjectMax: 200,
  subjectWords: 10,
  // LinkedIn's help page says 2,000; the stricter figure leaves room for what its counter adds.
  bodyMax: 1900,
  bodySweetSpot: 400,
  connectionNoteMax: 300,
  connectionNoteMaxFree: 200,
  followUpMinBusinessDays: 5,
  followUpMaxBusinessDays: 7,
  maxFollowUps: 1,
});

/** 1 MiB: a thousand times the longest InMail, and small enough to read without a second thought. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** The file whose settings win over the editor's, for the drafts in its folder and below. */
export const CONFIG_FILE_NAME = '.inmailrc.json';

export function defaultConfig(): InmailConfig {
  return { rules: {}, limits: { ...DEFAULT_LIMITS }, freeAccount: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

/** Later sources win; undefined fields leave the earlier value in force. */
export function mergeConfig(base: InmailConfig, ...layers: (PartialConfig | undefined)[]): InmailConfig {
  const out: InmailConfig = { rules: { ...base.rules }, limits: { ...base.limits }, freeAccount: base.freeAccount, maxFileSize: base.maxFileSize };
  for (const layer of layers) {
    if (!layer) continue;
    // Own keys only, and never `__proto__`: a layer is user input and must not reach the prototype.
    for (const [k, v] of Object.entries(layer.rules ?? {})) if (k !== '__proto__') out.rules[k] = v;
    for (const [k, v] of Object.entries(layer.limits ?? {})) if (typeof v === 'number' && Object.hasOwn(DEFAULT_LIMITS, k)) out.limits[k as keyof Limits] = v;
    if (typeof layer.freeAccount === 'boolean') out.freeAccount = layer.freeAccount;
    if (typeof layer.maxFileSize === 'number') out.maxFileSize = layer.maxFileSize;
  }
  return out;
}

export interface ConfigProblem {
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  /** 0-based offsets into the config text, for editors. */
  start: number;
  end: number;
  /** Dotted key path, such as `limits.bodyMax`; empty for a syntax error. */
  key: string;
  message: string;
}

export interface ConfigResult {
  /** Only the parts that were valid: a bad key is dropped, the rest still applies. */
  config: PartialConfig;
  problems: ConfigProblem[];
}

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

export function severityOf(config: InmailConfig, ruleId: string, fallback: Severity): SeveritySetting {
  return config.rules[ruleId] ?? fallback;
}

function describeParseError(e: ParseError): string {
  // 'InvalidSymbol' -> 'invalid symbol'
  return printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
