/**
 * SARIF 2.1.0, the format code scanning reads (GitHub's among others): one run, the rules that exist
 * with a link to each one's page, and a result per problem with its 1-based region. Files that could not
 * be read are tool notifications, so the run says it did not fully succeed.
 */
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../engine/rules';
import type { Severity } from '../../engine/types';
import type { PathError } from '../find-drafts';
import { FILE_ENCODING_RULE, STDIN_NAME, type JsonFileResult } from '../lint-files';

declare const INMAIL_VERSION: string;

/** The CLI's own checks, which have no page under docs/rules. */
const CLI_CHECKS: Record<string, string> = {
  config: 'A .inmailrc.json must be valid: a broken one is reported and its defaults are used.',
  [FILE_ENCODING_RULE]: 'A draft must be UTF-8: another encoding is reported instead of linted, and never rewritten.',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * Rule pages ship with the package (docs/rules next to dist/); until the project has a public home,
 * helpUri points at them there. SARIF wants an absolute URI.
 */
function helpUri(id: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${id}.md`)).href;
}

/** A relative path as a URI reference (each segment percent-encoded), or a file URI for one outside the run's root. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

export function formatSarif(results: readonly JsonFileResult[], pathErrors: readonly PathError[], cwd: string): string {
  const rules = [
    ...RULES.map((r) => ({ id: r.meta.id, shortDescription: { text: r.meta.description }, helpUri: helpUri(r.meta.id), defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] } })),
    ...Object.entries(CLI_CHECKS).map(([id, text]) => ({ id, shortDescription: { text }, defaultConfiguration: { level: 'error' as const } })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.rule,
      ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: r.file === STDIN_NAME ? { uri: 'stdin' } : artifactLocation(r.file),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.column) },
          },
        },
      ],
    })),
  );
  const failures = [...pathErrors.map((e) => ({ file: e.path, message: e.message })), ...results.filter((r) => r.error).map((r) => ({ file: r.file, message: r.error! }))];
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'inmail-lint', version: INMAIL_VERSION, semanticVersion: INMAIL_VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((f) => ({ level: 'error', message: { text: `${f.file}: ${f.message}` } })),
          },
        ],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
