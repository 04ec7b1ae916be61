import { DEFAULT_LIMITS, DEFAULT_MAX_FILE_SIZE } from './config';
import { RULES } from './rules';

const LIMIT_DESCRIPTIONS: Record<keyof typeof DEFAULT_LIMITS, string> = {
  subjectMax: 'Hard limit for a subject, in UTF-16 units after NFC.',
  subjectWords: 'Subjects with more words than this are flagged.',
  bodyMax: "Hard limit for an InMail body. LinkedIn's help page says 2,000; 1,900 leaves headroom.",
  bodySweetSpot: 'InMail bodies longer than this get a warning: shorter ones get more replies.',
  connectionNoteMax: 'Connection-request note limit on a paid account.',
  connectionNoteMaxFree: 'Connection-request note limit on a free account (used when freeAccount is true).',
  followUpMinBusinessDays: 'Earliest follow-up, in business days after the previous message.',
  followUpMaxBusinessDays: 'Latest follow-up, in business days after the previous message.',
  maxFollowUps: 'How many follow-ups a thread may have.',
};

/** JSON Schema for .inmailrc.json, built from the rules and limits themselves so it cannot drift from them. */
export function configSchema(): object {
  const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'InMail linter configuration (.inmailrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule; "off" turns a rule off.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((r) => [r.meta.id, { ...severity, description: `${r.meta.description} Default: ${r.meta.defaultSeverity}.` }])),
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(DEFAULT_LIMITS).map(([key, value]) => [key, { type: 'integer', minimum: 0, default: value, description: LIMIT_DESCRIPTIONS[key as keyof typeof DEFAULT_LIMITS] }]),
        ),
      },
      freeAccount: { type: 'boolean', default: false, description: 'Free LinkedIn account: connection notes are limited to 200 characters.' },
      maxFileSize: { type: 'integer', minimum: 1, default: DEFAULT_MAX_FILE_SIZE, description: 'Largest draft file read, in bytes; a larger one is skipped with a message. Default 1 MiB.' },
    },
  };
}
