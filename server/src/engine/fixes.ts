import type { Fix, Problem, TextEdit } from './types';

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * The edits fix-all makes: each problem's safe `fix`, skipping any that would overlap one already
 * taken, so the result never depends on edit order. Suggestions are never included.
 */
export function fixAllEdits(problems: readonly Problem[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of problems.map((p) => p.fix).filter((f): f is Fix => f !== undefined)) {
    if (fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === t.start && e.end === t.end)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}
