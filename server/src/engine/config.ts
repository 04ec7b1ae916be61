import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
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
}

/** A config value read from some source; every field optional so sources can be layered. */
export interface PartialConfig {
  rules?: Record<string, SeveritySetting>;
  limits?: Partial<Limits>;
  freeAccount?: boolean;
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

export function defaultConfig(): InmailConfig {
  return { rules: {}, limits: { ...DEFAULT_LIMITS }, freeAccount: false };
}

/** Later sources win; undefined fields leave the earlier value in force. */
export function mergeConfig(base: InmailConfig, ...layers: (PartialConfig | undefined)[]): InmailConfig {
  const out: InmailConfig = { rules: { ...base.rules }, limits: { ...base.limits }, freeAccount: base.freeAccount };
  for (const layer of layers) {
    if (!layer) continue;
    Object.assign(out.rules, layer.rules);
    for (const [k, v] of Object.entries(layer.limits ?? {})) if (typeof v === 'number') out.limits[k as keyof Limits] = v;
    if (typeof layer.freeAccount === 'boolean') out.freeAccount = layer.freeAccount;
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
const TOP_LEVEL_KEYS = ['$schema', 'rules', 'limits', 'freeAccount'];

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

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
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

  const config: PartialConfig = {};
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const at = (n: Node) => [n.offset, n.offset + n.length] as const;
    if (key === 'rules') {
      if (valueNode.type !== 'object') {
        report(...at(valueNode), 'rules', `"rules" must be an object mapping rule ids to one of ${SEVERITIES.join(', ')}`);
        continue;
      }
      config.rules = {};
      for (const rule of valueNode.children ?? []) {
        const [idNode, sevNode] = rule.children ?? [];
        if (!idNode || !sevNode) continue;
        const id = String(idNode.value);
        if (!ruleIds.includes(id)) {
          const hint = closest(id, ruleIds);
          report(...at(idNode), `rules.${id}`, `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
        } else if (typeof sevNode.value !== 'string' || !SEVERITIES.includes(sevNode.value as SeveritySetting)) {
          report(...at(sevNode), `rules.${id}`, `rules.${id} must be one of ${SEVERITIES.join(', ')}, found ${JSON.stringify(sevNode.value ?? sevNode.type)}`);
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
      for (const limit of valueNode.children ?? []) {
        const [nameNode, numNode] = limit.children ?? [];
        if (!nameNode || !numNode) continue;
        const name = String(nameNode.value);
        if (!(name in DEFAULT_LIMITS)) {
          const hint = closest(name, Object.keys(DEFAULT_LIMITS));
          report(...at(nameNode), `limits.${name}`, `unknown limit "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
        } else if (typeof numNode.value !== 'number' || !Number.isFinite(numNode.value) || numNode.value < 0 || !Number.isInteger(numNode.value)) {
          report(...at(numNode), `limits.${name}`, `limits.${name} must be a whole number of at least 0, found ${JSON.stringify(numNode.value ?? numNode.type)}`);
        } else {
          config.limits[name as keyof Limits] = numNode.value;
        }
      }
    } else if (key === 'freeAccount') {
      if (typeof valueNode.value !== 'boolean') report(...at(valueNode), 'freeAccount', `"freeAccount" must be true or false, found ${JSON.stringify(valueNode.value ?? valueNode.type)}`);
      else config.freeAccount = valueNode.value;
    } else if (!TOP_LEVEL_KEYS.includes(key)) {
      const hint = closest(key, TOP_LEVEL_KEYS);
      report(...at(keyNode), key, `unknown setting "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected ${TOP_LEVEL_KEYS.slice(1).join(', ')}`);
    }
  }
  return { config, problems };
}

export function severityOf(config: InmailConfig, ruleId: string, fallback: Severity): SeveritySetting {
  return config.rules[ruleId] ?? fallback;
}

function describeParseError(e: ParseError): string {
  // 'InvalidSymbol' -> 'invalid symbol'
  return printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
