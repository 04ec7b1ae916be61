/** Assertions shared by the property tests: spans, fixes and edits checked against the text they apply to. */
import * as assert from 'node:assert/strict';
import type { Fix, Problem, Span, TextEdit } from '../../server/src/engine';

/** The reference for counting, written out independently of the engine: CRLF/CR to LF, then NFC. */
export function normalizeReference(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').normalize('NFC');
}

/** The word pattern the engine's hand-written scanner replaced (docs/format.md, "Words"). */
export const WORD_REFERENCE = /[\p{L}\p{N}\p{M}]+(?:['’.\-@&][\p{L}\p{N}\p{M}]+)*|\{\{[^{}\n]*\}\}(?:['’]s\b)?/gu;

export function assertSpan(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets, got ${span.start}..${span.end}`);
  assert.ok(span.start >= 0 && span.end <= length && span.start <= span.end, `${what}: ${span.start}..${span.end} must lie in 0..${length} with start <= end`);
}

/** Edits of one fix lie inside the document and do not overlap (two inserts at one offset would be ambiguous). */
export function assertEditsWellFormed(edits: readonly TextEdit[], length: number, what: string): void {
  assert.ok(edits.length > 0, `${what}: a fix with no edits`);
  for (const e of edits) {
    assertSpan(e, length, `${what} edit`);
    assert.equal(typeof e.newText, 'string', `${what}: newText is a string`);
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    assert.ok(a.end <= b.start && !(a.start === b.start && a.end === b.end), `${what}: edits ${a.start}..${a.end} and ${b.start}..${b.end} overlap`);
  }
}

export function fixesOf(problem: Problem): Fix[] {
  const all = [...(problem.fix ? [problem.fix] : []), ...(problem.suggestions ?? [])];
  return all.filter((f, i) => all.indexOf(f) === i);
}

export function assertProblemWellFormed(problem: Problem, text: string): void {
  const what = `${problem.ruleId} problem "${problem.message.slice(0, 80)}"`;
  assertSpan(problem, text.length, what);
  assert.ok(!/Internal error in rule/.test(problem.message), `a rule crashed: ${problem.message}`);
  for (const fix of fixesOf(problem)) assertEditsWellFormed(fix.edits, text.length, `${what}, fix "${fix.title}"`);
}

/**
 * After applying `edits`, the text outside their ranges is byte-identical and in place, and each range
 * holds exactly its new text. Checked piece by piece, independently of the engine's applyEdits.
 */
export function assertOnlyRangesChanged(before: string, after: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let from = 0;
  let at = 0;
  for (const e of sorted) {
    const kept = before.slice(from, e.start);
    assert.equal(after.slice(at, at + kept.length), kept, `text before the edit at ${e.start} changed`);
    at += kept.length;
    assert.equal(after.slice(at, at + e.newText.length), e.newText, `the edit at ${e.start} did not write its new text`);
    at += e.newText.length;
    from = e.end;
  }
  assert.equal(after.slice(at), before.slice(from), 'text after the last edit changed');
}

/**
 * Where an offset of the old text lands in the new text. An offset inside or at the edge of a replaced
 * range maps to the start (or, with `toEnd`, the end) of its replacement, so a mapped span always
 * covers the new text written where the old span was.
 */
export function mapOffset(offset: number, edits: readonly TextEdit[], toEnd = false): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (offset < e.start) break;
    if (offset <= e.end) return e.start + delta + (toEnd ? e.newText.length : 0);
    delta += e.newText.length - (e.end - e.start);
  }
  return offset + delta;
}

export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** Counts of error-severity problems per rule. */
export function errorCounts(problems: readonly Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.severity === 'error') counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
  return counts;
}
