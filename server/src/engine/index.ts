/** The engine's public surface, shared by the language server, the CLI and the tests. */
export * from './types';
export * from './config';
export * from './parse';
export * from './measure';
export { countGraphemesChunked, countGraphemesSlow } from './graphemes';
export * from './words';
export * from './stats';
export * from './lint';
export * from './fixes';
export * from './headers';
export { suggestSubjects, draftFacts } from './subjects';
export { subjectGenericReason, personalization, hasAsk } from './copy';
export { RULES, RULE_IDS, ruleById } from './rules';
export type { Rule, RuleMeta, ProblemReport } from './rules/rule';
export { computeLineStarts, toLineColumn } from './util';
export * from './credits';
export * from './coaching';
export { connectionNoteEdit } from './convert';
