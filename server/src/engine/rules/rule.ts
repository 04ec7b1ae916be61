import type { InmailConfig } from '../config';
import type { CoachedLanguage, LanguageReading } from '../coach/language';
import type { MessageAnalysis, MessageMeasure } from '../stats';
import type { MergeFieldUse } from '../merge/fields';
import type { AttachedRecipients } from '../merge/types';
import type { Fix, Message, ParsedDocument, Problem, RelatedInformation, Severity } from '../types';

export interface RuleMeta {
  /** Stable id: used in configs, `diagnostic.code` and the doc page `docs/rules/<id>.md`. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Its problems carry a `fix` that fix-all may apply without asking. */
  fixable: boolean;
  /** Its problems carry `suggestions` offered as quick fixes. */
  hasSuggestions: boolean;
  /**
   * A heuristic about style rather than a hard limit: skipped on documents too large to be a real
   * draft, so a pasted novel stays responsive while limits are still enforced.
   */
  heuristic: boolean;
}

export interface ProblemReport {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
  related?: RelatedInformation[];
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly config: InmailConfig;
  /** Counts for a message, computed once and shared by every rule. */
  measure(message: Message): MessageMeasure;
  /** The body's words and sentences, likewise shared. */
  analysis(message: Message): MessageAnalysis;
  /**
   * Subjects written from the message's own words, for a quick fix. None on documents too large to be a
   * real draft, where suggestions rest with the heuristic rules.
   */
  suggestSubjects(message: Message): string[];
  /**
   * The message's language (its `Language:` header, else detected), computed once. Copy rules read only
   * `en`, `de`, `fr` and `es` and rest where `lang` is undefined.
   */
  language(message: Message): LanguageReading;
  /** Whether the body shows the writer looked at this recipient (copy.ts hasSpecificReference), for the language the rules read. */
  hasEvidence(message: Message, lang: CoachedLanguage): boolean;
  /** The draft's recipients CSV, when the caller found one (see merge/source.ts). */
  readonly recipients?: AttachedRecipients;
  /** The `{{fields}}` of the draft, each with the recipients column that fills it; computed once. */
  mergeFields(): readonly MergeFieldUse[];
  report(problem: ProblemReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Problem };
