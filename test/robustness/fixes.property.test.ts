/**
 * Property tests for quick fixes and fix-all on realistic drafts that have problems: generic subjects,
 * header typos (`Subjet`, `Kind: conection`), template gaps (`[First Name]`, `[Company]`, `[topic]`),
 * weekend sends and extra follow-ups. A fix must change only the ranges it names, leave a draft that
 * lints, make its own problem go away and never bring a new error.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { applyEdits, fixAllEdits, lint, type Fix, type LintResult, type Problem, type TextEdit } from '../../server/src/engine';
import { draftParts, renderDraft, type DraftParts } from '../helpers/drafts-arbitrary';
import { assertOnlyRangesChanged, assertProblemWellFormed, errorCounts, fixesOf, mapOffset, overlaps } from '../helpers/edit-checks';
import { itHolds } from '../helpers/property';

/** Ways to give a draft a problem that has a fix or a suggestion. */
const INJECTIONS: Record<string, (p: DraftParts) => void> = {
  'generic subject': (p) => p.headers.unshift({ name: 'Subject', value: 'Exciting opportunity!' }),
  'shouting subject': (p) => p.headers.unshift({ name: 'Subject', value: 'QUICK QUESTION FOR YOU' }),
  'missing subject': (p) => (p.headers = p.headers.filter((h) => !/^subje/i.test(h.name))),
  'empty subject': (p) => p.headers.unshift({ name: 'Subject', value: '' }),
  'Subjet typo': (p) => p.headers.unshift({ name: 'Subjet', value: 'Your post on remote onboarding' }),
  'Compnay typo': (p) => p.headers.push({ name: 'Compnay', value: 'Acme Robotics' }),
  'Kind: conection': (p) => p.headers.push({ name: 'Kind', value: 'conection' }),
  'Kidn typo': (p) => p.headers.push({ name: 'Kidn', value: 'inmail' }),
  'Status: drafft': (p) => p.headers.push({ name: 'Status', value: 'drafft' }),
  'Open-Profile: ye': (p) => p.headers.push({ name: 'Open-Profile', value: 'ye' }),
  'To: [First Name]': (p) => p.headers.push({ name: 'To', value: '[First Name]' }),
  'body gaps': (p) => (p.body = `Hi [First Name],\n\nI loved your post on [topic] at [Company]. ${p.body}\nWorth a chat about [specific topic]?`),
  'weekend send': (p) => p.headers.push({ name: 'Send', value: '2026-12-05 21:30' }),
  'Friday afternoon send': (p) => p.headers.push({ name: 'Send', value: '2026-12-04 15:00' }),
  'extra follow-ups': (p) => p.followUps.push({ send: '2026-12-14 09:00', body: 'Hi Dana, any thoughts?' }, { body: 'Last try: shall I close the loop?' }),
  'short body (fits a connection note)': (p) => (p.body = 'Hi Dana, loved your KubeCon talk on eBPF. Coffee next week?'),
  'citable post': (p) => (p.body = `Hi Dana,\n\nI read your post on ramping up dispatchers at Northwind. ${p.body}\nWould you be open to a call about onboarding?`),
};

const problemDraft = fc
  .tuple(draftParts, fc.subarray(Object.keys(INJECTIONS), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([parts, injections, eol]) => {
    const copy: DraftParts = { ...parts, headers: [...parts.headers], followUps: [...parts.followUps] };
    for (const name of injections) INJECTIONS[name](copy);
    return renderDraft(copy, eol);
  });

/** Where a problem was, in the fixed text. */
function placeAfter(problem: Problem, edits: readonly TextEdit[]) {
  return { start: mapOffset(problem.start, edits), end: mapOffset(problem.end, edits, true) };
}

/**
 * New errors that are the documented consequence of what the fix says it does, not regressions:
 * - a Kind that now reads "connection" brings the 300-character note limit (body-max-length);
 * - a Subject that now exists brings the 200-character subject limit (subject-max-length);
 * - a suggestion the writer picks may make the body longer (a merge field counts as written) and so
 *   cross the limit; fix-all, which nobody picks, must not.
 */
function consequence(ruleId: string, before: LintResult, after: LintResult, chosen: boolean): boolean {
  const m = (r: LintResult, i: number) => r.doc.messages[i];
  const indexes = after.doc.messages.map((_, i) => i).filter((i) => i < before.doc.messages.length);
  if (ruleId === 'body-max-length') {
    return indexes.some((i) => (m(before, i).kind !== 'connection' && m(after, i).kind === 'connection') || (chosen && after.stats.messages[i].bodyLength > before.stats.messages[i].bodyLength));
  }
  if (ruleId === 'subject-max-length') return indexes.some((i) => !m(before, i).subject && m(after, i).subject);
  return false;
}

/** `chosen`: a suggestion the writer picks, rather than a fix that fix-all applies unasked. */
function assertNoNewErrors(before: LintResult, after: LintResult, what: string, chosen: boolean): void {
  const [was, now] = [errorCounts(before.problems), errorCounts(after.problems)];
  for (const [ruleId, count] of now) {
    if (count <= (was.get(ruleId) ?? 0) || consequence(ruleId, before, after, chosen)) continue;
    const added = after.problems.filter((p) => p.ruleId === ruleId && p.severity === 'error').map((p) => p.message);
    assert.fail(`${what} brought a new ${ruleId} error (${was.get(ruleId) ?? 0} -> ${count}): ${JSON.stringify(added)}`);
  }
}

function describeFix(problem: Problem, fix: Fix): string {
  return `${problem.ruleId} fix "${fix.title}" (problem at ${problem.start}..${problem.end})`;
}

function checkOneFix(text: string, before: LintResult, problem: Problem, fix: Fix): void {
  const what = describeFix(problem, fix);
  const fixed = applyEdits(text, fix.edits);
  assertOnlyRangesChanged(text, fixed, fix.edits);
  const after = lint(fixed);
  for (const p of after.problems) assertProblemWellFormed(p, fixed);
  const place = placeAfter(problem, fix.edits);
  const left = after.problems.find((p) => p.ruleId === problem.ruleId && overlaps(p, place));
  assert.ok(!left, `${what} left its problem in place: ${JSON.stringify(left && { ...left, fix: undefined, suggestions: undefined })}\nfixed text: ${JSON.stringify(fixed)}`);
  assertNoNewErrors(before, after, what, fix !== problem.fix);
}

function fixAll(text: string): { fixed: string; edits: TextEdit[]; before: LintResult } {
  const before = lint(text);
  const edits = fixAllEdits(before.problems);
  return { fixed: applyEdits(text, edits), edits, before };
}

describe('fix properties on drafts with problems', () => {
  itHolds(
    'every quick fix (fix and suggestion) changes only its ranges, removes its problem and adds no error',
    () =>
      fc.property(problemDraft, (text) => {
        const before = lint(text);
        const withFixes = before.problems.filter((p) => fixesOf(p).length > 0);
        for (const problem of withFixes) for (const fix of fixesOf(problem)) checkOneFix(text, before, problem, fix);
      }),
    { runs: 200 },
  );

  itHolds(
    'fix-all changes only its ranges, removes every problem it fixed and adds no error',
    () =>
      fc.property(problemDraft, (text) => {
        const { fixed, edits, before } = fixAll(text);
        assertOnlyRangesChanged(text, fixed, edits);
        const after = lint(fixed);
        for (const p of after.problems) assertProblemWellFormed(p, fixed);
        const applied = before.problems.filter((p) => p.fix && p.fix.edits.every((e) => edits.includes(e)));
        for (const problem of applied) {
          const place = placeAfter(problem, edits);
          const left = after.problems.find((p) => p.ruleId === problem.ruleId && overlaps(p, place));
          assert.ok(!left, `fix-all left ${problem.ruleId} in place (${problem.message})\nfixed text: ${JSON.stringify(fixed)}`);
        }
        assertNoNewErrors(before, after, 'fix-all', false);
      }),
    { runs: 300 },
  );

  itHolds(
    'fix-all applied twice equals fix-all applied once',
    () =>
      fc.property(problemDraft, (text) => {
        const once = fixAll(text).fixed;
        const twice = fixAll(once);
        assert.equal(twice.fixed, once, `the second fix-all still changed something: ${JSON.stringify(twice.edits)}\nafter one pass: ${JSON.stringify(once)}`);
      }),
    { runs: 300 },
  );
});

describe('fix regressions found by the properties', () => {
  const fixAllOnce = (text: string) => fixAll(text).fixed;

  it('a subject suggestion never copies a template gap into the subject', () => {
    for (const text of [
      'Subject: Quick question\n\nHi Dana,\n\nI loved your recent post about [specific topic]. Would you be open to a call?',
      'Hi Dana,\n\nI loved your recent post about [specific topic]. Would you be open to a call?',
      'Company: [Company]\n\nHi Dana, would you be open to a call about onboarding?',
    ]) {
      const problems = lint(text).problems.filter((p) => p.ruleId === 'generic-subject' || p.ruleId === 'subject-required');
      assert.equal(problems.length, 1, 'the draft needs a better subject');
      const titles = problems.flatMap((p) => fixesOf(p)).map((f) => f.title);
      assert.deepEqual(titles.filter((t) => /\[[^\[\]\n]+\]/.test(t)), [], `suggestions with a gap for ${JSON.stringify(text)}`);
    }
  });

  it('fix-all does not rename a header to one the message already has', () => {
    const text = 'Subjet:\nSubject: Your post on Rust\n\nHi Ana, loved your post on Rust. Would you be open to a call?';
    assert.deepEqual(errorCounts(lint(text).problems), new Map(), 'no error before');
    const fixed = fixAllOnce(text);
    assert.deepEqual([...errorCounts(lint(fixed).problems).keys()], [], `no error after fix-all, which gave ${JSON.stringify(fixed)}`);
  });

  it('fix-all reaches its fixed point in one pass: a misspelled header with a misspelled value', () => {
    for (const text of ['Subject: Your talk on eBPF\nKidn: conection\n\nHi Dana, loved your KubeCon talk on eBPF. Coffee next week?', 'Subject: Your talk on eBPF\nStauts: drafft\n\nHi Dana, loved your KubeCon talk on eBPF. Coffee next week?']) {
      const once = fixAllOnce(text);
      assert.equal(fixAllOnce(once), once, `a second pass changed ${JSON.stringify(once)}`);
    }
  });

  it('fix-all does not push a body over its limit by turning a gap into a (longer) merge field', () => {
    const start = 'Subject: Your post on Rust\n\nHi [First Name], loved your post on Rust. Coffee next week? ';
    const text = start + 'x'.repeat(1900 - (start.length - 'Subject: Your post on Rust\n\n'.length));
    assert.equal(lint(text).stats.bodyLength, 1900, 'the body is exactly at the limit');
    const fixed = fixAllOnce(text);
    assert.deepEqual(lint(fixed).problems.filter((p) => p.ruleId === 'body-max-length').map((p) => p.message), [], 'no body-max-length after fix-all');
  });

  it('[[First Name]] becomes a merge field, not a new gap around one', () => {
    const fixed = fixAllOnce('Subject: Your post on Rust\n\nHi [[First Name]], loved your post on Rust. Coffee next week?');
    assert.deepEqual(lint(fixed).problems.filter((p) => p.ruleId === 'unfilled-placeholder').map((p) => fixed.slice(p.start, p.end)), [], `gaps left in ${JSON.stringify(fixed)}`);
  });
});
