/** Which words are common vocabulary: what tells a name or a term from the words every draft uses. */
import * as assert from 'node:assert/strict';
import { isCommonWord } from '../../../server/src/engine/coach/common-words';
import type { CoachedLanguage } from '../../../server/src/engine/coach/language';

const COMMON: [CoachedLanguage, string][] = [
  ['en', 'roles'], ['en', 'Opportunity'], ['de', 'Kunden'], ['de', 'Vertriebspartnerschaft'], ['es', 'última'],
  // The French frequency list lacks every word with a grave, circumflex, cedilla or diaeresis; these are restored.
  ['fr', 'très'], ['fr', 'problème'], ['fr', 'dernière'], ['fr', 'Façon'], ['fr', 'être'], ['fr', 'intérêt'], ['fr', 'coûts'],
];
const NOT_COMMON: [CoachedLanguage, string][] = [
  ['en', 'Kubernetes'], ['de', 'Rangierloks'], ['es', 'Envaplast'],
  // Subtitles are lower-cased, so names were among the restored words; the dictionary filter leaves them out.
  ['fr', 'Genève'], ['fr', 'Jérôme'], ['fr', 'Mediflex'],
];

describe('isCommonWord', () => {
  for (const [lang, word] of COMMON) it(`${lang}: "${word}" is common vocabulary`, () => assert.equal(isCommonWord(word, lang), true));
  for (const [lang, word] of NOT_COMMON) it(`${lang}: "${word}" names something`, () => assert.equal(isCommonWord(word, lang), false));
});
