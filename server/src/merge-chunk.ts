/**
 * The mail-merge code the language servers load the first time a draft has recipients (the build writes it
 * as dist/merge.js, one file for both; lsp/merge-code.ts loads it): the CSV parser (Papa Parse), every
 * recipient's lint, the worst cases, the preview's rendering and the column summaries. A draft without
 * recipients never needs it, so neither bundle carries it. What it shares with the server (the engine, the
 * rules) it takes from the server's own bundle (scripts/merge-chunk.mjs), so nothing runs twice.
 */
export { parseRecipients } from './engine/merge/csv';
export { lintRecipients, lintRecipientsInSteps } from './engine/merge/lint-recipients';
export { worstCases } from './engine/merge/worst';
export { renderMessages, usedValues } from './engine/merge/preview';
export { columnSummary } from './engine/merge/samples';
// A workspace's .inmailrc.json is read with jsonc-parser, which a workspace without one never needs.
export { parseConfigText } from './engine/config-text';
