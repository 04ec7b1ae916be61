/**
 * Mail merge: a draft's `{{fields}}` filled from a recipients CSV, every recipient's message linted and
 * reported on the template. Pure: the caller reads the CSV (merge/source.ts says which one).
 */
export * from './types';
export { parseRecipients, valueOf, MAX_CSV_LENGTH } from './csv';
export { fieldKey, mergeFieldUses, type MergeFieldUse } from './fields';
export { renderRecipient, renderText, toTemplateSpan, type RenderedText } from './render';
export { recipientsSource, recipientsHeader, type RecipientsSource } from './source';
export { lintRecipients, type MergeLint, type MergeLintOptions, type RecipientOutcome } from './lint-recipients';
export { LIMIT_RULES, type RecipientProblem, type MessageCounts } from './outcome';
export { worstCases, type WorstCase } from './worst';
export { recipientCredits, recipientIsFree, type RecipientCredits } from './credits';
