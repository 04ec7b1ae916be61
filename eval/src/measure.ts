/** Runs the engine on each labelled case and counts agreements, per rule and per language. */
import { defaultConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { suggestSubjects } from '../../server/src/engine/subjects';
import { draftText, LANGS, type Half, type Lang, type SubjectCase } from './corpus';
import { malformations, usesHook } from './malformed';

export const COPY_RULES = ['generic-subject', 'missing-personalization', 'no-ask'] as const;
export type CopyRule = (typeof COPY_RULES)[number];

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SuggestionScore {
  hookDrafts: number;
  usingHook: number;
  malformed: number;
  offered: number;
  bait: number;
  noHookDrafts: number;
}

export interface Failure {
  id: string;
  what: string;
  detail: string;
}

/** Hook drafts by what makes them personal: how many, how many the first suggestion serves, how many get none. */
export interface HookKindScore {
  drafts: number;
  usingHook: number;
  none: number;
  /** Of those with no suggestion, the drafts where no evidence was found at all. */
  noEvidence: number;
}

export interface HalfScore {
  rules: Record<CopyRule, Record<Lang | 'all', Confusion>>;
  suggestions: Record<Lang | 'all', SuggestionScore>;
  hookKinds: Record<string, HookKindScore>;
  /** Personal drafts the personalization rule flagged, by what makes them personal and by message kind. */
  personalMissed: Record<string, { drafts: number; flagged: number }>;
  failures: Failure[];
}

const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const byLang = <T>(make: () => T) => Object.fromEntries([...LANGS, 'all'].map((l) => [l, make()])) as Record<Lang | 'all', T>;

function count(table: Record<Lang | 'all', Confusion>, lang: Lang, fired: boolean, positive: boolean): void {
  for (const c of [table[lang], table.all]) {
    if (fired && positive) c.tp++;
    else if (fired) c.fp++;
    else if (positive) c.fn++;
    else c.tn++;
  }
}

const config = defaultConfig();
const firedRules = (text: string) => new Set(lint(text, config).problems.map((p) => p.ruleId));

export function scoreHalf(half: Half): HalfScore {
  const rules = Object.fromEntries(COPY_RULES.map((r) => [r, byLang(emptyConfusion)])) as HalfScore['rules'];
  const suggestions = byLang<SuggestionScore>(() => ({ hookDrafts: 0, usingHook: 0, malformed: 0, offered: 0, bait: 0, noHookDrafts: 0 }));
  const failures: Failure[] = [];
  const hookKinds: Record<string, HookKindScore> = {};
  const personalMissed: HalfScore['personalMissed'] = {};
  const miss = (id: string, what: string, detail: string) => failures.push({ id, what, detail });

  for (const c of half.subjects) scoreSubject(c, rules, miss);
  for (const c of half.bodies) {
    const text = draftText(c);
    const result = lint(text, config);
    const fired = new Set(result.problems.map((p) => p.ruleId));
    const template = !c.personal;
    count(rules['missing-personalization'], c.lang, fired.has('missing-personalization'), template);
    if (fired.has('missing-personalization') !== template) miss(c.id, 'missing-personalization', `${template ? 'template not flagged' : 'personal draft flagged'}`);
    if (c.personal) {
      const k = (personalMissed[`${c.personalWhy ?? 'unlabelled'} (${c.messageKind ?? 'inmail'})`] ??= { drafts: 0, flagged: 0 });
      k.drafts++;
      if (fired.has('missing-personalization')) k.flagged++;
    }
    count(rules['no-ask'], c.lang, fired.has('no-ask'), !c.ask);
    if (fired.has('no-ask') !== !c.ask) miss(c.id, 'no-ask', c.ask ? 'ask not seen' : 'missing ask not flagged');
    if (c.messageKind === 'connection') continue;
    const offered = suggestSubjects(result.doc.messages[0], config.limits);
    for (const s of [suggestions[c.lang], suggestions.all]) {
      s.offered += offered.length;
      if (c.hook) s.hookDrafts++;
      else s.noHookDrafts++;
      if (c.hook && offered[0] && usesHook(offered[0], c)) s.usingHook++;
      if (!c.hook && offered.length) s.bait++;
    }
    if (c.hook) {
      const k = (hookKinds[c.personalWhy ?? 'unlabelled'] ??= { drafts: 0, usingHook: 0, none: 0, noEvidence: 0 });
      k.drafts++;
      if (offered[0] && usesHook(offered[0], c)) k.usingHook++;
      if (!offered.length) k.none++;
      if (!offered.length && fired.has('missing-personalization')) k.noEvidence++;
    }
    if (c.hook && !(offered[0] && usesHook(offered[0], c))) miss(c.id, 'hook', `hook "${c.hook}", first suggestion ${JSON.stringify(offered[0] ?? null)}`);
    if (!c.hook && offered.length) miss(c.id, 'bait', `no hook, offered ${JSON.stringify(offered)}`);
    for (const s of offered) {
      const defects = malformations(s, c);
      if (firedRules(`Subject: ${s}\n\n${c.body.trim()}\n`).has('generic-subject')) defects.push('generic by our own rule');
      if (!defects.length) continue;
      suggestions[c.lang].malformed++;
      suggestions.all.malformed++;
      miss(c.id, 'malformed', `${JSON.stringify(s)}: ${defects.join(', ')}`);
    }
  }
  return { rules, suggestions, hookKinds, personalMissed, failures };
}

function scoreSubject(c: SubjectCase, rules: HalfScore['rules'], miss: (id: string, what: string, detail: string) => void): void {
  const fired = firedRules(draftText(c)).has('generic-subject');
  const generic = c.label === 'generic';
  count(rules['generic-subject'], c.lang, fired, generic);
  if (fired !== generic) miss(c.id, 'generic-subject', `${JSON.stringify(c.subject)} is ${c.label} (${c.why}), rule ${fired ? 'fired' : 'passed it'}`);
}

export const precision = (c: Confusion) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Confusion) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const hookShare = (s: SuggestionScore) => (s.hookDrafts === 0 ? 1 : s.usingHook / s.hookDrafts);
