import { setHeaderValue } from '../edits';
import { KNOWN_HEADERS, headerSpec } from '../headers';
import type { Fix, Header } from '../types';
import { closest } from '../util';
import type { Rule } from './rule';

const NAMES = KNOWN_HEADERS.map((h) => h.name);
const NAME_LIST = NAMES.join(', ');

/**
 * The rename, with the value put right in the same edit ("Kidn: conection" becomes "Kind: connection"),
 * so one fix-all pass gives a header no rule flags.
 */
function renameFix(text: string, header: Header, meant: string): Fix {
  const spec = headerSpec(meant)!;
  const edits = [{ start: header.nameSpan.start, end: header.nameSpan.end, newText: meant }];
  if ('values' in spec && header.value && !(spec.values as readonly string[]).includes(header.value.toLowerCase())) {
    const value = closest(header.value, spec.values);
    if (value) edits.push(setHeaderValue(text, header, value));
  }
  return { title: `Change "${header.name}" to "${meant}"`, edits };
}

export const rule: Rule = {
  meta: {
    id: 'unknown-header',
    description: `Every line of the header block must be a known header: ${NAME_LIST}.`,
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    heuristic: false,
  },
  check({ doc, report }) {
    // The same typo on many lines is looked up once.
    const meantFor = new Map<string, string | undefined>();
    for (const message of doc.messages) {
      if (message.headers.length === 0) continue;
      // A rename must not create a second Subject (the first, maybe empty, would then count).
      const present = new Set(message.headers.filter((h) => headerSpec(h.name)).map((h) => h.key));
      for (const header of message.headers) {
        if (headerSpec(header.name)) continue;
        if (!meantFor.has(header.key)) meantFor.set(header.key, closest(header.name, NAMES));
        const meant = meantFor.get(header.key);
        const clash = meant !== undefined && present.has(meant.toLowerCase());
        const fix = meant && !clash ? renameFix(doc.text, header, meant) : undefined;
        if (meant && !clash) present.add(meant.toLowerCase());
        report({
          start: header.nameSpan.start, end: header.nameSpan.end,
          message: meant
            ? `Unknown header "${header.name}". Did you mean "${meant}"?${clash ? ` This message already has a ${meant} header.` : ''}`
            : `Unknown header "${header.name}". Known headers: ${NAME_LIST}. If this line is the body, put a blank line above it.`,
          fix,
          suggestions: fix ? [fix] : undefined,
        });
      }
    }
  },
};
