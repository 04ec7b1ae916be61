import { messageLanguage, type CoachedLanguage, type LanguageReading } from './coach/language';
import { defaultConfig, type InmailConfig } from './config';
import { hasSpecificReference } from './copy';
import { MissingCoachingData } from './data/missing';
import { lintRecipientsInSteps, type MergeLint } from './merge/lint-recipients';
import { mergeFieldUses, type MergeFieldUse } from './merge/fields';
import { isTable, type AttachedRecipients } from './merge/types';
import { parseDocument } from './parse';
import { RULES } from './rules';
import type { ProblemReport, Rule } from './rules/rule';
import { suggestSubjects } from './subjects';
import { finish } from './util';
import { analyzeMessage, documentStats, type DocumentStats, type MessageAnalysis } from './stats';
import type { Message, ParsedDocument, Problem } from './types';

/**
 * Past this many characters a document is no real draft: heuristic rules, coaching and suggestions rest,
 * limits still apply. Decided here alone.
 */
export const HEURISTIC_SIZE_LIMIT = 100_000;

export interface LintResult {
  doc: ParsedDocument;
  problems: Problem[];
  stats: DocumentStats;
  /** With recipients attached: each recipient's outcome (the problems above already include their summary). */
  merge?: MergeLint;
  /** The recipients the lint was given, if any. */
  attached?: AttachedRecipients;
}

export interface LintOptions {
  /**
   * The reading-ease figure and the RABT check in the stats: the editor's gauge shows them; a command-line
   * run prints counts only and skips their cost (about a third of a lint).
   */
  coachingStats?: boolean;
  /** A mail merge's recipients: their rendered messages are linted too, and reported on the template. */
  recipients?: AttachedRecipients;
  /** Up to this many distinct recipient messages each is linted in full (see merge/lint-recipients.ts); for tests. */
  mergeExactUpTo?: number;
  /**
   * False: with recipients, only the rules that read the CSV itself run (unknown fields, empty values, the
   * file), not every rule on every recipient's message. The server does that part once typing pauses.
   */
  renderRecipients?: boolean;
  /**
   * A recipient's evidence as the merge lint already knows it from their paragraphs (merge/evidence.ts);
   * undefined from it, or without it, the body is read.
   */
  evidence?: (message: Message, lang: CoachedLanguage) => boolean | undefined;
  /**
   * False: no subjects are written from the body (generic-subject's hint, quick fixes). A recipient's
   * rendered message is linted so: a subject written from one recipient's values is no fix for the template.
   */
  subjectSuggestions?: boolean;
  /** False: the stats are computed when first read (a recipient's lint in a mail merge reads none). */
  eagerStats?: boolean;
  /**
   * The language of a message, when the caller knows it: a recipient's rendered message is in its template's
   * language (merge/exact.ts), whatever a company name the merge put in it looks like.
   */
  languageOf?: (message: Message) => LanguageReading | undefined;
}

// A lone CR is a line break (old Mac files); as LF, every rule reads it so, and offsets stay the same.
const parseForLint = (text: string) => parseDocument(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/**
 * The word lists a lint of `text` reads: each message's language, with its thread and alone (as lint and a
 * quick fix's suggestions read it), and English, which the copy rules consult for loanwords. A server that
 * fetches the lists loads these first; one it missed surfaces as MissingCoachingData.
 */
export function wordListsFor(text: string): CoachedLanguage[] {
  const langs = new Set<CoachedLanguage>(['en']);
  if (text.length > HEURISTIC_SIZE_LIMIT) return [...langs];
  const doc = parseForLint(text);
  for (const m of doc.messages) {
    for (const reading of [messageLanguage(m, doc.messages), messageLanguage(m)]) if (reading.lang) langs.add(reading.lang);
  }
  return [...langs];
}

export function lint(text: string, config: InmailConfig = defaultConfig(), options: LintOptions = {}): LintResult {
  return finish(lintInSteps(text, config, options));
}

/**
 * As lint, in steps: with recipients, one per distinct recipient message after the template's own lint, so
 * a server can lint a list of thousands between keystrokes instead of making them wait.
 */
export function* lintInSteps(text: string, config: InmailConfig = defaultConfig(), options: LintOptions = {}): Generator<void, LintResult> {
  const doc = parseForLint(text);
  const large = text.length > HEURISTIC_SIZE_LIMIT;
  const coachingStats = !large && options.coachingStats !== false;
  // Indexed by message.index: a document may hold thousands of messages, and an array beats a map keyed by them.
  const cache: (MessageAnalysis | undefined)[] = new Array(doc.messages.length);
  const analysis = (m: Message) => (cache[m.index] ??= analyzeMessage(m, coachingStats));
  const measure = (m: Message) => analysis(m).measure;
  const languages: (LanguageReading | undefined)[] = new Array(doc.messages.length);
  const language = (m: Message) => (languages[m.index] ??= options.languageOf?.(m) ?? messageLanguage(m, doc.messages));
  const problems: Problem[] = [];
  const recipients = options.recipients;
  const table = recipients && isTable(recipients.parsed) ? recipients.parsed : undefined;
  const evidence = options.evidence;
  const hasEvidence = (m: Message, lang: CoachedLanguage) => evidence?.(m, lang) ?? hasSpecificReference(m.body, lang, m.company);
  let uses: MergeFieldUse[] | undefined;
  const mergeFields = () => (uses ??= mergeFieldUses(doc, table));
  for (const rule of RULES) {
    const severity = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off' || (large && rule.meta.heuristic)) continue;
    const report = (p: ProblemReport) => problems.push(toProblem(rule, severity, p, text.length));
    runRule(rule, { doc, config, measure, analysis, suggestSubjects: large || options.subjectSuggestions === false ? () => [] : (m) => suggestSubjects(m, config.limits, language(m)), language, hasEvidence, recipients, mergeFields, report }, problems);
  }
  // Every rule again on each recipient's message; what they add is reported on the template.
  const merge = table && !large && options.renderRecipients !== false ? yield* lintRecipientsInSteps(doc, table, config, mergeFields(), problems, recipients!.path, { exactUpTo: options.mergeExactUpTo, languageOf: (m) => (doc.messages[m.index] ? language(doc.messages[m.index]) : undefined) }) : undefined;
  if (merge) problems.push(...merge.problems);
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  const statsOf = () => documentStats(doc, config, analysis, coachingStats, language);
  if (options.eagerStats !== false) return { doc, problems, stats: statsOf(), merge, attached: recipients };
  let stats: DocumentStats | undefined;
  return {
    doc,
    problems,
    get stats() {
      return (stats ??= statsOf());
    },
    merge,
    attached: recipients,
  };
}

function runRule(rule: Rule, context: Parameters<Rule['check']>[0], problems: Problem[]): void {
  try {
    rule.check(context);
  } catch (error) {
    // Data still on its way is no fault: the caller loads it and lints again.
    if (error instanceof MissingCoachingData) throw error;
    // One faulty rule must not take the others, or the server, down with it.
    problems.push({
      ruleId: rule.meta.id,
      severity: 'error',
      start: 0,
      end: 0,
      message: `Internal error in rule ${rule.meta.id}: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
    });
  }
}

function toProblem(rule: Rule, severity: Problem['severity'], report: ProblemReport, length: number): Problem {
  const start = Math.max(0, Math.min(length, report.start));
  // One object shape for every problem keeps sorting and serialising them fast on a flood of problems.
  return { ruleId: rule.meta.id, severity, start, end: Math.max(start, Math.min(length, report.end)), message: report.message, fix: report.fix, suggestions: report.suggestions, related: report.related };
}
