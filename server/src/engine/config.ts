import type { Severity, SeveritySetting } from './types';

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

// Reading a config file's text (jsonc-parser) is config-text.ts: the servers load it only for a workspace that has one.
export { parseConfigText } from './config-text';

export function severityOf(config: InmailConfig, ruleId: string, fallback: Severity): SeveritySetting {
  return config.rules[ruleId] ?? fallback;
}
