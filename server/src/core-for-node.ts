/**
 * What the Node server's own bundle (dist/server-main.js: server.ts, its transports and server/src/node) takes
 * from the web server's bundle (dist/web/server.js), which the Node server loads as its core so that the
 * package carries the engine, the rules and the LSP work once (scripts/core-for-node.mjs). Each import here
 * is a name the Node side imports from a module the core holds; the build fails on an import it does not
 * list, so no module runs in two copies. The keys are short because a browser downloads them too.
 */
import { setRuleDocsUri } from './lsp/convert';
import { stringify } from './lsp/json-once';
import { lspConnection } from './lsp/connection';
import { setMergeCodeSource } from './lsp/merge-code';
import { parseRecipients } from './lsp/merge-code.lazy';
import { MessageGate } from './lsp/message-gate';
import { serve } from './lsp/serve';
import { setWordListSource } from './engine/coach/common-words';
import { setEvidenceLexiconSource } from './engine/coach/evidence/lexicon/index';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, parseConfigText } from './engine/config';
import { DETECTOR_MODEL_FILE, setDetectorModelSource } from './engine/data/detector-model';
import { decodeWordList, wordListFile } from './engine/data/word-list-file';
import { evidenceLexiconFile } from './engine/data/evidence-lexicon-file';
import { DraftTally } from './engine/draft-tally';
import { applyEdits } from './engine/fixes';
import { mergeCredits } from './engine/merge/credits';
import { recipientsSource } from './engine/merge/source';
import { MAX_CSV_LENGTH } from './engine/merge/types';
import { parseDocument } from './engine/parse';
import { RULE_IDS } from './engine/rules/index';

export const CORE_FOR_NODE = {
  a: setRuleDocsUri,
  b: lspConnection,
  c: setMergeCodeSource,
  d: parseRecipients,
  e: MessageGate,
  f: serve,
  g: setWordListSource,
  h: CONFIG_FILE_NAME,
  i: DEFAULT_MAX_FILE_SIZE,
  j: parseConfigText,
  k: DETECTOR_MODEL_FILE,
  l: setDetectorModelSource,
  m: decodeWordList,
  n: wordListFile,
  o: DraftTally,
  p: applyEdits,
  q: mergeCredits,
  r: recipientsSource,
  s: MAX_CSV_LENGTH,
  t: parseDocument,
  u: RULE_IDS,
  v: setEvidenceLexiconSource,
  w: evidenceLexiconFile,
  x: stringify,
};
