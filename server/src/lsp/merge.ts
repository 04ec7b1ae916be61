/**
 * A mail merge in the server, in two steps. Each keystroke's lint reads the draft's recipients CSV (cached)
 * and runs the rules that read the CSV itself; every rule on every recipient's message (a tenth of a
 * millisecond per distinct message, so tens to hundreds of milliseconds for thousands of recipients) waits
 * until typing pauses, and runs in slices between keystrokes. Meanwhile the last such findings stay
 * published, moved with the edits around them.
 */
import type { InmailConfig } from '../engine/config';
import { MissingCoachingData } from '../engine/data/missing';
import { lint, lintInSteps, type LintResult } from '../engine/lint';
import { recipientsSource } from '../engine/merge/source';
import type { AttachedRecipients } from '../engine/merge/types';
import { parseDocument } from '../engine/parse';
import type { Problem } from '../engine/types';
import { nextTurn } from './after-queue';
import type { WorkspaceFiles } from './files';

/** A pause this long in typing lints every recipient's message. */
export const MERGE_DELAY_MS = 300;
/** The longest the recipients' lint holds the server before it lets a keystroke in. */
const SLICE_MS = 4;

const HEADER = /^\uFEFF?recipients[ \t]*:/im;

interface Merged {
  text: string;
  /** What the recipients' messages add to the template's problems (LintResult.merge.problems). */
  problems: Problem[];
  result: LintResult;
}

export class MergeLints {
  private readonly merged = new Map<string, Merged>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per draft, the pass under way: a later schedule or forget replaces it, and it stops at its next slice. */
  private readonly passes = new Map<string, object>();

  constructor(
    private readonly files: WorkspaceFiles,
    /** Runs a lint once the coaching data it reads is at hand (serve.ts: the browser fetches it). */
    private readonly withData: <T>(text: string, work: () => T) => T | Promise<T>,
    /** Called when a draft's recipients have been linted, so its diagnostics are published again. */
    private readonly onMerged: (uri: string) => void,
  ) {}

  /** The draft's recipients, as the CSV is now; undefined for a draft that is no mail merge. */
  async attached(uri: string, text: string): Promise<AttachedRecipients | undefined> {
    if (uri.startsWith('untitled:')) return undefined;
    const named = HEADER.test(text);
    if (!named && !text.includes('{{')) return undefined;
    const source = recipientsSource(parseDocument(text), uri);
    if (!source) return undefined;
    const parsed = await this.files.recipients(source.path, source.header !== undefined).catch((error: unknown) => ({ error: { message: `cannot be read: ${error}`, line: 0 } }));
    return parsed && { path: source.path, named: source.header !== undefined, parsed };
  }

  /** After a keystroke's lint: lint every recipient's message once typing pauses. */
  schedule(uri: string, text: string, config: InmailConfig, recipients: AttachedRecipients | undefined, isCurrent: () => boolean): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // A pass under way read an older text, config or CSV: its findings must not land after this.
    this.passes.delete(uri);
    if (!recipients || 'error' in recipients.parsed) {
      this.merged.delete(uri);
      return;
    }
    if (this.merged.get(uri)?.text === text) return;
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      if (!isCurrent()) return;
      const pass = {};
      this.passes.set(uri, pass);
      const current = () => this.passes.get(uri) === pass && isCurrent();
      const done = (result: LintResult) => {
        if (!current()) return;
        this.passes.delete(uri);
        this.merged.set(uri, { text, problems: result.merge?.problems ?? [], result });
        this.onMerged(uri);
      };
      // In slices of a few milliseconds, each on its own turn: a keystroke that lands meanwhile is linted
      // and published between two slices, and makes this pass, whose text it changed, stop.
      const steps = lintInSteps(text, config, { recipients });
      const slice = () => {
        if (!current()) return void steps.return(undefined as never);
        let next: IteratorResult<void, LintResult>;
        try {
          const until = performance.now() + SLICE_MS;
          do next = steps.next();
          while (!next.done && performance.now() < until);
        } catch (error) {
          if (!(error instanceof MissingCoachingData)) throw error;
          // A recipient's message reads coaching data still on its way (the browser fetches it): the whole
          // lint again, once it is at hand. A failure there is the connection's to log.
          const whole = this.withData(text, () => lint(text, config, { recipients }));
          if (whole instanceof Promise) void whole.then(done);
          else done(whole);
          return;
        }
        if (next.done) done(next.value);
        else nextTurn(slice);
      };
      slice();
    }, MERGE_DELAY_MS));
  }

  /** The draft's problems: its own, and the recipients' as last linted (placed by the edits since). */
  problems(uri: string, text: string, own: readonly Problem[]): Problem[] {
    const merged = this.merged.get(uri);
    if (!merged || merged.problems.length === 0) return own as Problem[];
    const moved = merged.text === text ? merged.problems : moveWithEdits(merged.problems, merged.text, text);
    return [...own, ...moved].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The full lint with every recipient, when it is for this text: per-recipient outcomes, for the editor's views. */
  result(uri: string, text: string): LintResult | undefined {
    const merged = this.merged.get(uri);
    return merged?.text === text ? merged.result : undefined;
  }

  forget(uri?: string): void {
    for (const key of uri === undefined ? [...this.timers.keys()] : [uri]) clearTimeout(this.timers.get(key));
    if (uri === undefined) {
      this.timers.clear();
      this.merged.clear();
      this.passes.clear();
    } else {
      this.timers.delete(uri);
      this.merged.delete(uri);
      this.passes.delete(uri);
    }
  }
}

/**
 * Problems of `before` placed on `after`: the edit is what lies between their common start and end; a
 * problem before it stays, one after it moves by the change in length, one touching it is dropped.
 */
export function moveWithEdits(problems: readonly Problem[], before: string, after: string): Problem[] {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const delta = after.length - before.length;
  const moved: Problem[] = [];
  for (const p of problems) {
    if (p.end <= prefix) moved.push(p);
    else if (p.start >= before.length - suffix) moved.push({ ...p, start: p.start + delta, end: p.end + delta });
  }
  return moved;
}
