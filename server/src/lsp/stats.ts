/** The gauge's figures for one document, with ranges in the editor's coordinates. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InmailConfig } from '../engine/config';
import type { LintResult } from '../engine/lint';
import { isTable } from '../engine/merge/types';
import type { MergeLint } from '../engine/merge/lint-recipients';
import type { WorstCase } from '../engine/merge/worst';
import { bodyLimit } from '../engine/stats';
import type { Span } from '../engine/types';
import type { DocumentStatsParams } from '../protocol';
import { toRange } from './convert';

// A lint of every recipient is kept until the text changes, and a keystroke undone finds it again: its
// worst cases are counted over the list once, not on every stats notification, and from the per-row
// counts, without making an outcome object per recipient.
const worstByMerge = new WeakMap<MergeLint, WorstCase[]>();

function worstOf(merge: MergeLint): WorstCase[] {
  let worst = worstByMerge.get(merge);
  if (!worst) worstByMerge.set(merge, (worst = merge.worst()));
  return worst;
}

export function statsParams(doc: TextDocument, result: LintResult, config: InmailConfig): DocumentStatsParams {
  const range = (span?: Span) => span && toRange(doc, span);
  const first = result.stats.messages[0];
  const noteLimit = bodyLimit('connection', config);
  const worst = result.merge ? worstOf(result.merge) : [];
  return {
    uri: doc.uri,
    version: doc.version,
    messages: result.stats.messages.map((m, i) => {
      const message = result.doc.messages[i];
      return {
        ...m,
        range: toRange(doc, { start: message.separatorSpan?.start ?? message.span.start, end: message.span.end }),
        overflow: { hard: range(m.overflow.hard), soft: range(m.overflow.soft) },
        worst: worst[i] && { subject: message.subject ? worst[i].subject : undefined, body: worst[i].body },
      };
    }),
    errors: result.problems.filter((p) => p.severity === 'error').length,
    fitsConnectionNote: first.kind === 'inmail' && first.bodyLength > 0 && first.bodyLength <= noteLimit,
    recipientsPending: !result.merge && !!result.attached && isTable(result.attached.parsed) && result.attached.parsed.rows.length > 0,
  };
}
