/**
 * `npm run eval`: how often the copy rules and subject suggestions agree with the labelled corpus.
 *   --failures   list the dev half's disagreements (never the test half's: it is not read while tuning)
 *   --check      compare with eval/floors.json and exit 1 when a figure falls below its floor
 *   --explain ID...  what the engine read in these dev cases
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, readHalf, type Lang } from './corpus';
import { explain } from './explain';
import { languageTable, scoreLanguages } from './languages';
import { COPY_RULES, hookShare, precision, recall, scoreHalf, type HalfScore } from './measure';

const root = join(__dirname, '..', '..', 'eval');
const args = process.argv.slice(2);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function table(name: string, score: HalfScore): string {
  const lines = [`## ${name} half`, '', '| rule | language | cases | precision | recall |', '| --- | --- | --- | --- | --- |'];
  for (const rule of COPY_RULES) {
    for (const lang of ['all', ...LANGS] as (Lang | 'all')[]) {
      const c = score.rules[rule][lang];
      const n = c.tp + c.fp + c.fn + c.tn;
      if (n) lines.push(`| ${rule} | ${lang} | ${n} | ${pct(precision(c))} | ${pct(recall(c))} |`);
    }
  }
  lines.push('', '| suggestions | language | hook drafts | first uses the hook | malformed | bait (no-hook drafts offered a subject) |', '| --- | --- | --- | --- | --- | --- |');
  for (const lang of ['all', ...LANGS] as (Lang | 'all')[]) {
    const s = score.suggestions[lang];
    if (s.hookDrafts + s.noHookDrafts) lines.push(`| | ${lang} | ${s.hookDrafts} | ${pct(hookShare(s))} | ${s.malformed} of ${s.offered} | ${s.bait} of ${s.noHookDrafts} |`);
  }
  lines.push('', '| hook drafts by what makes them personal | drafts | first uses the hook | no suggestion | of which no evidence found |', '| --- | --- | --- | --- | --- |');
  for (const [kind, k] of Object.entries(score.hookKinds).sort((a, b) => b[1].drafts - a[1].drafts)) lines.push(`| ${kind} | ${k.drafts} | ${pct(k.usingHook / k.drafts)} | ${k.none} | ${k.noEvidence} |`);
  lines.push('', '| personal drafts by what makes them personal | drafts | flagged as template |', '| --- | --- | --- |');
  for (const [kind, k] of Object.entries(score.personalMissed).sort((a, b) => b[1].drafts - a[1].drafts)) lines.push(`| ${kind} | ${k.drafts} | ${k.flagged} |`);
  return lines.join('\n');
}

interface Floors {
  rules: Record<string, { precision: number; recall: number }>;
  suggestions: { hookShare: number; maxMalformed: number; maxBait: number };
}

/** Each floor is one check, reported as a test is, so `npm test` counts them. */
function check(name: string, score: HalfScore, floors: Floors): { passed: number; failed: string[] } {
  const failed: string[] = [];
  let passed = 0;
  const expect = (ok: boolean, what: string) => (ok ? passed++ : failed.push(`${name}: ${what}`));
  for (const [rule, floor] of Object.entries(floors.rules)) {
    const c = score.rules[rule as keyof HalfScore['rules']].all;
    expect(precision(c) >= floor.precision, `${rule} precision ${pct(precision(c))} < floor ${pct(floor.precision)}`);
    expect(recall(c) >= floor.recall, `${rule} recall ${pct(recall(c))} < floor ${pct(floor.recall)}`);
  }
  const s = score.suggestions.all;
  expect(hookShare(s) >= floors.suggestions.hookShare, `suggestions use the hook on ${pct(hookShare(s))} < floor ${pct(floors.suggestions.hookShare)}`);
  expect(s.malformed <= floors.suggestions.maxMalformed, `${s.malformed} malformed suggestions > ${floors.suggestions.maxMalformed}`);
  expect(s.bait <= floors.suggestions.maxBait, `${s.bait} bait suggestions > ${floors.suggestions.maxBait}`);
  return { passed, failed };
}

function main(): number {
  if (args[0] === '--explain') return explain(root, args.slice(1));
  const halves = (['dev', 'test'] as const).filter((h) => existsSync(join(root, h)));
  if (!halves.length) {
    console.error('eval: no eval/dev or eval/test folder; run node eval/split.mjs once after writing eval/corpus');
    return 2;
  }
  const scores = Object.fromEntries(halves.map((h) => [h, scoreHalf(readHalf(join(root, h)))])) as Partial<Record<'dev' | 'test', HalfScore>>;
  const languages = Object.fromEntries(halves.map((h) => [h, scoreLanguages(readHalf(join(root, h)))]));
  for (const h of halves) console.log(`${table(h, scores[h]!)}\n\n${languageTable(h, languages[h].byLang)}\n`);
  if (args.includes('--failures') && scores.dev) {
    console.log('## dev half: disagreements\n');
    for (const f of scores.dev.failures) console.log(`- ${f.id} [${f.what}] ${f.detail}`);
    for (const m of languages.dev?.misses ?? []) console.log(`- ${m.id} [language] labelled ${m.lang}, read as ${m.read}`);
  }
  if (!args.includes('--check')) return 0;
  const floors = JSON.parse(readFileSync(join(root, 'floors.json'), 'utf8')) as Floors;
  let passed = 0;
  const failed: string[] = [];
  for (const h of halves) {
    const r = check(h, scores[h]!, floors);
    passed += r.passed;
    failed.push(...r.failed);
  }
  for (const f of failed) console.error(`✖ ${f}`);
  console.log(`eval: ${passed} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}

process.exitCode = main();
