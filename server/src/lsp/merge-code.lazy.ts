/**
 * What the server bundles link in place of the modules that go into the merge chunk (csv, lint-recipients,
 * worst, preview, samples, and config-text for a .inmailrc.json; scripts/merge-chunk.mjs swaps them): the same
 * functions, calling the chunk once it is loaded. Each is reached only through a recipients table, which
 * parseRecipients made after the chunk loaded, or a config file's text, read after loadMergeCode().
 */
import type * as ConfigText from '../engine/config-text';
import type * as Csv from '../engine/merge/csv';
import type * as LintRecipients from '../engine/merge/lint-recipients';
import type * as Preview from '../engine/merge/preview';
import type * as Samples from '../engine/merge/samples';
import type * as Worst from '../engine/merge/worst';
import { mergeCode } from './merge-code';

export { MAX_CSV_LENGTH } from '../engine/merge/types';

export const parseRecipients: typeof Csv.parseRecipients = (...args) => mergeCode().parseRecipients(...args);
export const lintRecipients: typeof LintRecipients.lintRecipients = (...args) => mergeCode().lintRecipients(...args);
export const lintRecipientsInSteps: typeof LintRecipients.lintRecipientsInSteps = (...args) => mergeCode().lintRecipientsInSteps(...args);
export const worstCases: typeof Worst.worstCases = (...args) => mergeCode().worstCases(...args);
export const renderMessages: typeof Preview.renderMessages = (...args) => mergeCode().renderMessages(...args);
export const usedValues: typeof Preview.usedValues = (...args) => mergeCode().usedValues(...args);
export const columnSummary: typeof Samples.columnSummary = (...args) => mergeCode().columnSummary(...args);
export const parseConfigText: typeof ConfigText.parseConfigText = (...args) => mergeCode().parseConfigText(...args);
