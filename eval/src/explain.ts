/**
 * `npm run eval -- --explain ID...`: what the engine read in one dev case (language, evidence, suggestions,
 * copy-rule verdicts), to see why it disagrees. Dev ids only: the test half is not read while tuning.
 */
import { join } from 'node:path';
import { recipientEvidence } from '../../server/src/engine/coach/evidence';
import { messageLanguage } from '../../server/src/engine/coach/language';
import { defaultConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { suggestSubjects } from '../../server/src/engine/subjects';
import { draftText, readHalf } from './corpus';

export function explain(root: string, ids: readonly string[]): number {
  const dev = readHalf(join(root, 'dev'));
  const config = defaultConfig();
  let missing = 0;
  for (const id of ids) {
    const c = [...dev.subjects, ...dev.bodies].find((row) => row.id === id);
    if (!c) {
      console.error(`${id}: no such dev case (test-half cases are not explained)`);
      missing++;
      continue;
    }
    const result = lint(draftText(c), config);
    const message = result.doc.messages[0];
    const lang = messageLanguage(message).lang;
    console.log(`## ${id} (${c.lang}) label: ${'label' in c ? c.label : `personal=${c.personal} ask=${c.ask} hook=${JSON.stringify(c.hook)} words=${JSON.stringify(c.hookWords)}`}`);
    console.log(`fired: ${result.problems.map((p) => `${p.ruleId}: ${p.message}`).join('\n       ') || 'none'}`);
    for (const e of lang ? recipientEvidence(message, lang) : []) console.log(`evidence ${e.kind} "${e.phrase}" head=${e.head ?? ''} where=${e.where ?? ''} at ${e.span.start}-${e.span.end}`);
    console.log(`suggestions: ${JSON.stringify(suggestSubjects(message, config.limits))}\n`);
  }
  return missing ? 2 : 0;
}
