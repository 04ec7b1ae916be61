import { KNOWN_HEADERS, headerSpec } from '../headers';
import { setHeaderValue } from '../edits';
import type { Fix } from '../types';
import { closest } from '../util';
import type { Rule } from './rule';

// The headers with a list of values, and Send with its date format.
const FIXED_FORMS = [...KNOWN_HEADERS.filter((h) => 'values' in h).map((h) => h.name), 'Send'];

export const rule: Rule = {
  meta: {
    id: 'invalid-header-value',
    description: `${FIXED_FORMS.slice(0, -1).join(', ')} and ${FIXED_FORMS.at(-1)} take fixed forms; a header may appear once.`,
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, report }) {
    for (const message of doc.messages) {
      if (message.headers.length === 0) continue;
      const seen = new Set<string>();
      for (const header of message.headers) {
        const spec = headerSpec(header.name);
        if (!spec) continue;
        if (seen.has(header.key)) {
          report({ start: header.nameSpan.start, end: header.nameSpan.end, message: `"${spec.name}" appears twice in this message; only the first one counts.` });
          continue;
        }
        seen.add(header.key);
        if (header.key === 'send') {
          // The first Send header is the one the parser read into message.send.
          if (!message.send) {
            report({ start: header.valueSpan.start, end: header.valueSpan.end, message: `Send takes a date and time as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30; "${header.value}" is not one.` });
          }
          continue;
        }
        if (!('values' in spec)) continue;
        // A value the parser reads is what the writer meant, documented spelling or not (Open-Profile's
        // true/false, LinkedIn's own "3rd+"): only one it cannot read is worth a warning.
        if (spec.read(header.value) !== undefined) continue;
        const values: readonly string[] = spec.values;
        const meant = header.value ? closest(header.value, values) : undefined;
        const fix: Fix | undefined = meant ? { title: `Change to "${meant}"`, edits: [setHeaderValue(doc.text, header, meant)] } : undefined;
        report({
          start: header.value ? header.valueSpan.start : header.nameSpan.start,
          end: header.value ? header.valueSpan.end : header.lineSpan.end - (doc.text.slice(header.lineSpan.start, header.lineSpan.end).match(/\r?\n?$/)?.[0].length ?? 0),
          message:
            'expects' in spec
              ? `${spec.name} takes ${spec.expects}; "${header.value}" is not one${meant ? `. Did you mean "${meant}"?` : '.'}`
              : `${spec.name} must be one of ${values.join(', ')}${meant ? `; did you mean "${meant}"?` : `; found "${header.value}".`}`,
          fix,
          suggestions: fix ? [fix] : values.map((v) => ({ title: `Set ${spec.name} to "${v}"`, edits: [setHeaderValue(doc.text, header, v)] })),
        });
      }
    }
  },
};
