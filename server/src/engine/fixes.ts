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
  // Kept sorted by start: the only edits a new one can overlap are its neighbours, found by binary search.
  const taken: TextEdit[] = [];
  const firstStartingAtOrAfter = (start: number) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (taken[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const clashes = (e: TextEdit) => {
    const at = firstStartingAtOrAfter(e.start);
    const before = taken[at - 1];
    const after = taken[at];
    // Two edits at one offset clash too, since their order would matter.
    return (before !== undefined && before.end > e.start) || (after !== undefined && (after.start < e.end || after.start === e.start));
  };
  for (const fix of problems.map((p) => p.fix).filter((f): f is Fix => f !== undefined)) {
    if (fix.edits.some(clashes)) continue;
    for (const e of fix.edits) taken.splice(firstStartingAtOrAfter(e.start), 0, e);
  }
  return taken;
}
