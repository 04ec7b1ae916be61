import { PLACEHOLDER } from '../copy';
import type { Fix } from '../types';
import type { Rule } from './rule';

// Gaps a mail-merge tool fills per recipient; anything else ("[specific topic]") the writer must write.
const RECIPIENT_FIELDS = /^(?:(?:first|last|full)[ _-]?name|name|company(?:[ _-]?name)?|title|job[ _-]?title|role|city|school|industry|recipient)$/i;

function mergeFieldName(gap: string): string {
  return gap.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'field';
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
  check({ doc, report }) {
    for (const message of doc.messages) {
      // `To: [First Name]` is as unfinished as a gap in the body.
      const regions = [...message.headers.map((h) => h.valueSpan), message.bodySpan];
      for (const region of regions) {
        const text = doc.text.slice(region.start, region.end);
        for (const m of text.matchAll(PLACEHOLDER)) {
          const start = region.start + m.index;
          const end = start + m[0].length;
          const field = mergeFieldName(m[1]);
          const toMergeField: Fix = { title: `Turn ${m[0]} into merge field {{${field}}}`, edits: [{ start, end, newText: `{{${field}}}` }] };
          const known = RECIPIENT_FIELDS.test(m[1].trim());
          report({
            start,
            end,
            message: known
              ? `${m[0]} is a template gap. Fill it in, or make it the merge field {{${field}}} if your tool fills it per recipient.`
              : `${m[0]} is a template gap: replace it with the real detail for this recipient before sending.`,
            // Only recipient fields are safe to convert unasked; a merge field for "[specific topic]" would hide the gap.
            fix: known ? toMergeField : undefined,
            suggestions: [toMergeField],
          });
        }
      }
    }
  },
};
