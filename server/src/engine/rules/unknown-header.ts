import { KNOWN_HEADERS } from '../headers';
import { headerSpec } from '../headers';
import { closest } from '../util';
import type { Rule } from './rule';

const NAMES = KNOWN_HEADERS.map((h) => h.name);
const NAME_LIST = NAMES.join(', ');

export const rule: Rule = {
  meta: {
    id: 'unknown-header',
    description: 'Every line of the header block must be a known header: Subject, To, Company, Kind, Send, Status, Open-Profile.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, report }) {
    // The same typo on many lines is looked up once.
    const meantFor = new Map<string, string | undefined>();
    for (const message of doc.messages) {
      for (const header of message.headers) {
        if (headerSpec(header.name)) continue;
        if (!meantFor.has(header.key)) meantFor.set(header.key, closest(header.name, NAMES));
        const meant = meantFor.get(header.key);
        const fix = meant ? { title: `Change "${header.name}" to "${meant}"`, edits: [{ ...header.nameSpan, newText: meant }] } : undefined;
        report({
          ...header.nameSpan,
          message: meant
            ? `Unknown header "${header.name}". Did you mean "${meant}"?`
            : `Unknown header "${header.name}". Known headers: ${NAME_LIST}. If this line is the body, put a blank line above it.`,
          fix,
          suggestions: fix ? [fix] : undefined,
        });
      }
    }
  },
};
