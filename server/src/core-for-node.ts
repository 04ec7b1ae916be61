/**
 * What the Node server's own bundle (dist/server-main.js: server.ts, its transports and server/src/node) takes
 * from the web server's bundle (dist/web/server.js), which the Node server loads as its core so that the
 * package carries the engine, the rules and the LSP work once (scripts/core-for-node.mjs). Each name here is
 * one the Node side imports from a module the core holds; the build fails on an import it does not list, so
 * no module runs in two copies. Names are flat: TypeScript refuses two exports of one name.
 */
export { setRuleDocsUri } from './lsp/convert';
export { lspConnection } from './lsp/connection';
export { setMergeCodeSource } from './lsp/merge-code';
export { parseRecipients } from './lsp/merge-code.lazy';
export { MessageGate } from './lsp/message-gate';
export { serve } from './lsp/serve';
export { setWordListSource } from './engine/coach/common-words';
export { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, parseConfigText } from './engine/config';
export { DETECTOR_MODEL_FILE, setDetectorModelSource } from './engine/data/detector-model';
export { decodeWordList, wordListFile } from './engine/data/word-list-file';
export { DraftTally } from './engine/draft-tally';
export { applyEdits } from './engine/fixes';
export { mergeCredits } from './engine/merge/credits';
export { recipientsSource } from './engine/merge/source';
export { MAX_CSV_LENGTH } from './engine/merge/types';
export { parseDocument } from './engine/parse';
export { RULE_IDS } from './engine/rules/index';
