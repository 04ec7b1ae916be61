/** `inmail-lint`'s command line, read with node:util's parseArgs: unknown options are usage errors. */
import { parseArgs } from 'node:util';
import { DEFAULT_IGNORES, IGNORE_FILE_NAME } from './ignore-rules';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: inmail-lint [options] PATH...
       inmail-lint [options] --stdin [--stdin-filename PATH] < draft.inmail

Lints LinkedIn InMail and connection-request drafts (.inmail files).
PATH may be a file, a folder (searched for *.inmail) or a glob such as "drafts/**/*.inmail" (quote it);
"-" reads one draft from stdin. Folder walks and globs skip what the ignore patterns name: by default
${DEFAULT_IGNORES.join(' ')} (tooling output and hidden folders), then the lines of ${IGNORE_FILE_NAME}
in the current folder (gitignore syntax; "!dist/" lints dist again), then each --ignore-pattern.
A file named on the command line is always linted; so is a folder named, and what it holds that no
pattern skips. Globs leave out dot-files unless the pattern spells the dot.

Options:
  --format FORMAT           stylish (default), json, sarif (SARIF 2.1.0, for code scanning) or
                            github (GitHub Actions annotations)
  -o, --output-file FILE    write the report to FILE (replaced in one step) instead of stdout
  --fix                     apply the safe fixes (the ones fix-all makes in the editor) and write the
                            files; says on stderr how many problems it fixed in each file
  --stdin                   lint the draft on stdin (same as the path "-"); with --fix, print the
                            fixed text to stdout, and the report to stderr (or --output-file)
  --stdin-filename PATH     the path stdin's draft stands for: its .inmailrc.json and its name in messages
  -c, --config FILE         use this .inmailrc.json-shaped file instead of the nearest .inmailrc.json
  --recipients FILE         mail merge: fill each draft's {{fields}} from this CSV and lint every
                            recipient's message (default: the draft's Recipients: header, else the CSV
                            beside it with its name); the CSV is only read, never written
  --max-warnings N          exit 1 when there are more than N warnings (counted with --quiet too)
  --ignore-pattern PATTERN  skip what PATTERN names (gitignore syntax, relative to the current folder);
                            may be repeated
  --no-ignore               no ${IGNORE_FILE_NAME}, no --ignore-pattern, no default skips except
                            node_modules/ and .git/
  --quiet                   report errors only
  --color, --no-color       force colors on or off (default: on for a terminal; FORCE_COLOR=1 forces
                            them, NO_COLOR turns them off)
  --debug                   list skipped folders and links, and each file read (on stderr)
  -h, --help                show this help
  -v, --version             print the version

Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 at least one error or too many
warnings, 2 bad usage, or a path that could not be read or fixed.
Settings come from the nearest .inmailrc.json above each file, or from --config.`;

export interface CliOptions {
  format: Format;
  fix: boolean;
  quiet: boolean;
  debug: boolean;
  /** undefined: decided by the environment and the terminal. */
  color?: boolean;
  paths: string[];
  stdin: boolean;
  stdinFilename?: string;
  outputFile?: string;
  config?: string;
  recipients?: string;
  maxWarnings?: number;
  ignorePatterns: string[];
  ignore: boolean;
  help: boolean;
  version: boolean;
  printConfigSchema: boolean;
}

export const OPTIONS = {
  format: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  recipients: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  quiet: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // Used by the build to write schemas/inmailrc.schema.json; not part of the documented interface.
  'print-config-schema': { type: 'boolean' },
} as const;

/** parseArgs's own messages, without its advice about '--', which misleads for a mistyped option. */
function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']*)'/.exec(message)?.[1] ?? message;
    return `unknown option ${option}`;
  }
  return message.split('. ')[0];
}

/** The options, or a usage error to print above the usage text. */
export function parseCliArgs(argv: readonly string[]): CliOptions | string {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    return usageMessage(error);
  }
  const { values, positionals, tokens } = parsed;
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) return `--format takes ${FORMATS.slice(0, -1).map((f) => `"${f}"`).join(', ')} or "${FORMATS[FORMATS.length - 1]}", not "${format}"`;
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d{1,9}$/.test(values['max-warnings'])) return `--max-warnings takes a whole number of warnings, not "${values['max-warnings']}"`;
    maxWarnings = Number(values['max-warnings']);
  }
  // The last of --color and --no-color wins, as with any repeated switch.
  let color: boolean | undefined;
  for (const token of tokens) if (token.kind === 'option' && (token.name === 'color' || token.name === 'no-color')) color = token.name === 'color';
  const dash = positionals.filter((p) => p === '-').length;
  const paths = positionals.filter((p) => p !== '-');
  const stdin = !!values.stdin || dash > 0;
  const options: CliOptions = {
    format: format as Format,
    fix: !!values.fix,
    quiet: !!values.quiet,
    debug: !!values.debug,
    color,
    paths,
    stdin,
    stdinFilename: values['stdin-filename'],
    recipients: values.recipients as string | undefined,
    outputFile: values['output-file'],
    config: values.config,
    maxWarnings,
    ignorePatterns: values['ignore-pattern'] ?? [],
    ignore: !values['no-ignore'],
    help: !!values.help,
    version: !!values.version,
    printConfigSchema: !!values['print-config-schema'],
  };
  if (options.help || options.version || options.printConfigSchema) return options;
  if (stdin && (paths.length > 0 || dash > 1)) return 'stdin ("-" or --stdin) is linted on its own: give no other paths';
  if (options.stdinFilename !== undefined && !stdin) return '--stdin-filename names the draft read from stdin: add --stdin or "-"';
  if (!stdin && paths.length === 0) return 'no paths given';
  return options;
}

/** Whether the report gets colors: the flags, then FORCE_COLOR, then NO_COLOR, then whether it goes to a terminal. */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, toTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return toTerminal;
}
