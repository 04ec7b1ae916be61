import type { InmailConfig } from '../config';
import { lint, type LintOptions } from '../lint';
import { n } from '../measure';
import { messageCounts } from '../stats';
import type { CoachedLanguage } from '../coach/language';
import type { Message, ParsedDocument } from '../types';
import type { EvidenceOf } from './evidence';
import type { MergeFieldUse } from './fields';
import { LIMIT_RULES, problemKey, type RecipientOutcome, type RecipientProblem } from './outcome';
import { renderText, toTemplateSpan } from './render';
import type { RecipientRow } from './types';

/** The message holding an offset of the template (the last one starting at or before it). */
export function messageOf(doc: ParsedDocument, offset: number): number {
  let found = 0;
  for (const m of doc.messages) if (m.span.start <= offset) found = m.index;
  return found;
}

/** "body 1,944/1,900 (+44)" */
export function limitMessage(ruleId: string, count: number, limit: number): string {
  const rule = LIMIT_RULES[ruleId];
  return `${rule.label} ${n(count)}/${n(limit)}${rule.unit} (${count - limit >= 0 ? '+' : ''}${n(count - limit)})`;
}

/**
 * Every rule on one recipient's rendered draft, the problems placed on the template. `own` holds the keys
 * of the template's own problems: a rendered message repeating one adds nothing the writer does not see.
 * Without subject suggestions: written from one recipient's values, they are no fix for the template.
 * `evidenceOf`, when given, answers for the first message's body from its paragraphs (see evidence.ts);
 * `languageOf`, the template's language of each message, which its recipients' messages are in.
 */
export function lintExactly(doc: ParsedDocument, row: RecipientRow, known: readonly MergeFieldUse[], config: InmailConfig, own: ReadonlySet<string>, evidenceOf?: EvidenceOf, languageOf?: LintOptions['languageOf']): RecipientOutcome {
  const rendered = renderText(doc.text, known, row);
  const evidence = evidenceOf && ((m: Message, lang: CoachedLanguage) => (m.index === 0 ? evidenceOf(row, lang) : undefined));
  const result = lint(rendered.text, config, { coachingStats: false, evidence, subjectSuggestions: false, eagerStats: false, languageOf });
  const counts = result.doc.messages.map(messageCounts);
  const problems: RecipientProblem[] = [];
  for (const p of result.problems) {
    const span = toTemplateSpan(rendered, p, doc.text.length);
    const messageIndex = messageOf(doc, span.start);
    if (own.has(problemKey(p.ruleId, span, messageIndex))) continue;
    const limitRule = LIMIT_RULES[p.ruleId];
    const message = doc.messages[messageIndex];
    const c = counts[messageIndex];
    if (limitRule && message && c) {
      const count = limitRule.count(c);
      const limit = limitRule.limit(message, config);
      problems.push({ ruleId: p.ruleId, severity: p.severity, start: span.start, end: span.end, message: limitMessage(p.ruleId, count, limit), messageIndex, count, limit });
    } else {
      problems.push({ ruleId: p.ruleId, severity: p.severity, start: span.start, end: span.end, message: p.message, messageIndex });
    }
  }
  return { row, problems, counts };
}
