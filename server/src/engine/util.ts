/**
 * A property of a code point, worked out once per code point: the Unicode-property regexes that decide
 * these cost far more than a map lookup, and text repeats the same few characters.
 */
export function perCodePoint<T>(decide: (ch: string) => T): (codePoint: number) => T {
  const known = new Map<number, T>();
  return (codePoint) => {
    let answer = known.get(codePoint);
    if (answer === undefined) {
      answer = decide(String.fromCodePoint(codePoint));
      known.set(codePoint, answer);
    }
    return answer;
  };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function toLineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

// Rows reused across calls: did-you-mean runs once per unknown header, thousands of times on odd input.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Edits between two words, a swap of neighbours ("Sned" for "Send") counting as one. */
export function editDistance(a: string, b: string, atMost = Infinity): number {
  // The distance is at least the difference in length; past the caller's bound the exact figure is moot.
  if (Math.abs(a.length - b.length) > atMost) return atMost + 1;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  // Three rolling rows (the swap looks two rows back) instead of a whole matrix.
  let [older, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, older[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > atMost) return atMost + 1;
    [older, previous, current] = [previous, current, older];
  }
  return previous[b.length];
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[\s_-]/g, '');
}

// Candidate lists are the fixed sets of header names, values and rule ids: squash each list once.
const squashedLists = new WeakMap<readonly string[], string[]>();

// Every keystroke re-lints the whole draft, and its header names rarely change: each list remembers its
// answers, up to a bound that keeps a pasted megabyte of odd headers from growing it without end.
const answers = new WeakMap<readonly string[], Map<string, string | undefined>>();
const MAX_REMEMBERED = 20_000;

/** The candidate a typo most likely meant, if any is close enough to suggest. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let remembered = answers.get(candidates);
  if (!remembered) answers.set(candidates, (remembered = new Map()));
  if (remembered.has(word)) return remembered.get(word);
  const answer = closestUncached(word, candidates);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(word, answer);
  return answer;
}

function closestUncached(word: string, candidates: readonly string[]): string | undefined {
  let squashedCandidates = squashedLists.get(candidates);
  if (!squashedCandidates) squashedLists.set(candidates, (squashedCandidates = candidates.map(squash)));
  let best: string | undefined;
  let bestDistance = Infinity;
  const squashed = squash(word);
  const allowed = Math.max(1, Math.min(3, Math.floor(squashed.length / 3)));
  candidates.forEach((c, i) => {
    const d = editDistance(squashed, squashedCandidates[i], allowed);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  });
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The answers for the last few keys, least recently used dropped first. A document's messages are read
 * by several rules, the stats and the suggestions on every lint, and all but the one being edited come
 * back unchanged on the next keystroke: one slot would be overwritten by the next message each time.
 */
export class RecentMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const answer = this.answers.get(key);
    if (answer !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  set(key: string, answer: V): void {
    this.answers.delete(key);
    this.answers.set(key, answer);
    if (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value as string);
  }
}

/** `word` without the characters of `set` at its end; a scan, as a regex anchored at the end would retry each of a long run. */
export function trimEnd(word: string, set: ReadonlySet<string>): string {
  let end = word.length;
  while (end > 0 && set.has(word[end - 1])) end--;
  return word.slice(0, end);
}

/** `word` without the characters of `set` at its start. */
export function trimStart(word: string, set: ReadonlySet<string>): string {
  let start = 0;
  while (start < word.length && set.has(word[start])) start++;
  return word.slice(start);
}

/** Runs work written as steps (a generator that yields between them) to its end, at once. */
export function finish<T>(steps: Generator<void, T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
