/**
 * Adversarial inputs for a regular expression, built from the pattern's own literals: the classic
 * blow-ups are a prefix the pattern accepts followed by a long run of something it keeps trying
 * (`{{` and 100,000 spaces), or one short piece of the pattern repeated (100,000 dots, "on a on a ..."),
 * each with and without a tail that breaks the match at the very end.
 */

import { cpuMs } from './cpu-time';

/** Characters tried as stand-ins for a class or a Unicode property, in order of preference. */
const POOL = [' ', 'a', 'A', '1', '.', ',', '-', '_', "'", '’', '{', '}', '[', ']', '(', ')', '?', '!', '\n', '\t', '\r', ':', ';', '#', '%', '&', '@', '/', '"', '”', '…', '—', 'é', 'Z', '😀', '\u0301', '\u200d', '\u0007'];

/** Tails that no pattern here wants to end on: a control character, a letter, a line break. */
const BASE_TAILS = ['\u0007', 'x', '\n'];

/** One position of the pattern: the strings that can stand there. */
type Slot = string[];

function membersOf(classSource: string, flags: string): string[] {
  const re = new RegExp(`^${classSource}$`, flags.replace(/[gy]/g, ''));
  const inner = [...classSource.replace(/\\[pPu]\{[^}]*\}|\\./g, '')].filter((c) => c !== '[' && c !== ']' && c !== '^' && c !== '-');
  const members = [...new Set([...POOL, ...inner])].filter((c) => re.test(c));
  // The first member and the first letter-like one: "{{" then spaces or then letters fail differently.
  const letter = members.find((c) => /\p{L}/u.test(c));
  return [...new Set([members[0], letter].filter((c): c is string => c !== undefined))];
}

function nonMembersOf(classSource: string, flags: string): string[] {
  const re = new RegExp(`^${classSource}$`, flags.replace(/[gy]/g, ''));
  return POOL.filter((c) => !re.test(c)).slice(0, 2);
}

/** The pattern as a sequence of slots, plus characters some class refuses (good tails). */
export function slotsOf(pattern: RegExp): { slots: Slot[]; tails: string[] } {
  const src = pattern.source;
  const flags = pattern.flags;
  const slots: Slot[] = [];
  const tails = new Set(BASE_TAILS);
  // Consecutive literal characters form one slot ("about", "{{"), so a repeat keeps words whole.
  let literalRun = false;
  const literal = (c: string) => {
    if (literalRun) slots[slots.length - 1] = [slots[slots.length - 1][0] + c];
    else slots.push([c]);
    literalRun = true;
  };
  const slot = (options: string[]) => {
    if (options.length) slots.push(options);
    literalRun = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[++i];
      if ((e === 'p' || e === 'P') && src[i + 1] === '{') {
        const end = src.indexOf('}', i);
        slot(membersOf(src.slice(i - 1, end + 1), flags));
        i = end;
      } else if (e === 'u' && src[i + 1] === '{') {
        const end = src.indexOf('}', i);
        literal(String.fromCodePoint(parseInt(src.slice(i + 2, end), 16)));
        i = end;
      } else if (e === 'u') {
        literal(String.fromCharCode(parseInt(src.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (e === 'x') {
        literal(String.fromCharCode(parseInt(src.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (e === 'k' && src[i + 1] === '<') {
        i = src.indexOf('>', i);
        slot([]);
      } else if ('dDwWsS'.includes(e)) {
        slot(membersOf(`\\${e}`, flags));
      } else if ('bB'.includes(e) || /\d/.test(e)) {
        slot([]);
      } else {
        literal({ n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' }[e] ?? e);
      }
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      const cls = src.slice(i, j + 1);
      slot(membersOf(cls, flags));
      for (const t of nonMembersOf(cls, flags)) tails.add(t);
      i = j;
    } else if (c === '(') {
      if (src[i + 1] === '?') {
        const named = /^\(\?<([A-Za-z_]\w*)>/.exec(src.slice(i));
        i += named ? named[0].length - 1 : src[i + 2] === '<' ? 3 : 2;
      }
      slot([]);
    } else if (c === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i))) {
      i = src.indexOf('}', i);
      slot([]);
    } else if (')|^$*+?'.includes(c)) {
      slot([]);
    } else if (c === '.') {
      slot(['x', ' ']);
    } else {
      literal(c);
    }
  }
  return { slots, tails: [...tails] };
}

export interface AdversarialInput {
  /** How the input is made, so a failure names an input anyone can rebuild. */
  label: string;
  /** The input at `size` characters. */
  build(size: number): string;
}

function show(s: string): string {
  return JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(Math.max(0, size) / unit.length)).slice(0, Math.max(0, size));
}

/**
 * Inputs for `pattern`: each slot's strings run out to the size after the (up to three) slots before it, with
 * no tail and with each tail; and every one slot and pair of slots repeated, plain and space-separated.
 */
export function adversarialInputs(pattern: RegExp): AdversarialInput[] {
  const { slots, tails } = slotsOf(pattern);
  const seen = new Set<string>();
  const out: AdversarialInput[] = [];
  const add = (how: string, head: string, unit: string, endings: readonly string[]) => {
    if (!unit) return;
    for (const tail of endings) {
      const key = `${head}\u0000${unit}\u0000${tail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        label: `${show(head)} + ${show(unit)} repeated + ${show(tail)} (${how})`,
        build: (size) => head + repeatTo(unit, size - head.length - tail.length) + tail,
      });
    }
  };
  for (let k = 0; k < slots.length; k++) {
    const head = slots.slice(Math.max(0, k - 3), k).map((s) => s[0]).join('');
    for (const run of slots[k]) add(`slot ${k} run out after the slots before it`, head, run, ['', ...tails]);
    // A repeated piece is tried again from each of its copies, so one tail shows what a refused end costs.
    for (let w = 1; w <= 2 && k + w <= slots.length; w++) {
      const window = slots.slice(k, k + w).map((s) => s[0]);
      add(`slots ${k}-${k + w - 1} repeated`, '', window.join(''), ['', tails[0]]);
      add(`slots ${k}-${k + w - 1} repeated, spaced`, '', `${window.join(' ')} `, ['', tails[0]]);
    }
  }
  return out;
}

/** Every match of the pattern in `text`, as a global search finds them: the costliest way any caller uses it. */
export function runAllMatches(pattern: RegExp, text: string): number {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let matches = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matches++;
    if (m[0] === '') re.lastIndex++;
  }
  return matches;
}

/**
 * The CPU time of one global search over the input at `size` characters. Sizes climb from 1,000 in steps no
 * pattern up to cubic can turn into more than a few times the bound, so a quadratic or cubic pattern fails
 * in a second or two instead of hanging the run for minutes.
 */
function timeUpTo(pattern: RegExp, build: (size: number) => string, size: number, boundMs: number): { size: number; ms: number } {
  let at = Math.min(1_000, size);
  for (;;) {
    const text = build(at);
    let ms = cpuMs(() => runAllMatches(pattern, text));
    // One retry, so a collection or a descheduled moment is not read as a blow-up.
    if (ms > boundMs) ms = Math.min(ms, cpuMs(() => runAllMatches(pattern, text)));
    if (ms > boundMs || at === size) return { size: at, ms };
    at = Math.min(size, at * Math.min(100, Math.max(2, Math.floor(Math.cbrt(boundMs / Math.max(ms, 0.01))))));
  }
}

/** The adversarial inputs on which one search takes longer than `boundMs` at `size` characters, described. */
export function slowInputs(pattern: RegExp, size: number, boundMs: number, stopAtFirst = false): string[] {
  const slow: string[] = [];
  for (const input of adversarialInputs(pattern)) {
    const { size: at, ms } = timeUpTo(pattern, input.build, size, boundMs);
    if (ms <= boundMs) continue;
    slow.push(`${input.label}: ${ms.toFixed(0)} ms at ${at.toLocaleString('en-US')} characters`);
    if (stopAtFirst) break;
  }
  return slow;
}
