import { PLACEHOLDER } from '../copy';
import { countUnits } from '../measure';
import { bodyLimit } from '../stats';
import type { Fix, Span } from '../types';
import type { Rule } from './rule';

// Gaps a mail-merge tool fills per recipient; anything else ("[specific topic]") the writer must write.
const RECIPIENT_FIELDS = /^(?:(?:first|last|full)[ _-]?name|name|company(?:[ _-]?name)?|title|job[ _-]?title|role|city|school|industry|recipient)$/i;

function mergeFieldName(gap: string): string {
  return gap.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'field';
}

/** "[[First Name]]" and "[ [Company] ]" are one gap: the edit takes the enclosing brackets too. */
function widenOverBrackets(text: string, span: Span, within: Span): Span {
  let { start, end } = span;
  for (;;) {
    let before = start - 1;
    while (before >= within.start && text[before] === ' ') before--;
    let after = end;
    while (after < within.end && text[after] === ' ') after++;
    if (before < within.start || after >= within.end || text[before] !== '[' || text[after] !== ']') return { start, end };
    start = before;
    end = after + 1;
  }
}

export const rule: Rule = {
  meta: {
    id: 'unfilled-placeholder',
    description: 'A bracketed template gap such as [Name] or [specific topic] was never filled in.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, config, measure, report }) {
    // Regions come in document order, so the search for the next bracket only ever moves forward.
    let nextBracket = doc.text.indexOf('[');
    if (nextBracket === -1) return;
    for (const message of doc.messages) {
      const counts = measure(message);
      // `To: [First Name]` is as unfinished as a gap in the body. Each region has the room its limit leaves,
      // so fix-all never makes a merge field that pushes a subject or body over it.
      const regions = [
        ...message.headers.map((h) => ({ span: h.valueSpan, room: h === message.subject ? config.limits.subjectMax - counts.subjectLength : Infinity })),
        { span: message.bodySpan, room: bodyLimit(message.kind, config) - counts.bodyLength },
      ];
      for (const region of regions) {
        // Most regions hold no bracket at all; finding that out needs no copy and no regex.
        if (nextBracket !== -1 && nextBracket < region.span.start) nextBracket = doc.text.indexOf('[', region.span.start);
        if (nextBracket === -1 || nextBracket >= region.span.end) continue;
        const text = doc.text.slice(region.span.start, region.span.end);
        for (const m of text.matchAll(PLACEHOLDER)) {
          const gap = { start: region.span.start + m.index, end: region.span.start + m.index + m[0].length };
          const { start, end } = widenOverBrackets(doc.text, gap, region.span);
          const field = mergeFieldName(m[1]);
          const newText = `{{${field}}}`;
          const toMergeField: Fix = { title: `Turn ${m[0]} into merge field ${newText}`, edits: [{ start, end, newText }] };
          const growth = newText.length - countUnits(doc.text.slice(start, end));
          const known = RECIPIENT_FIELDS.test(m[1].trim());
          // Only recipient fields are safe to convert unasked; a merge field for "[specific topic]" would hide the gap.
          const safe = known && growth <= region.room;
          if (safe) region.room -= growth;
          report({
            start: gap.start, end: gap.end,
            message: known
              ? `${m[0]} is a template gap. Fill it in, or make it the merge field ${newText} if your tool fills it per recipient.`
              : `${m[0]} is a template gap: replace it with the real detail for this recipient before sending.`,
            fix: safe ? toMergeField : undefined,
            suggestions: [toMergeField],
          });
        }
      }
    }
  },
};
