import { COACHED_LANGUAGES } from '../coach/language';
import { languageName } from '../coach/language-names';
import { addHeader, setHeaderValue } from '../edits';
import type { Fix } from '../types';
import type { Rule } from './rule';

const COPY_RULES = 'generic-subject, missing-personalization and no-ask';
const COACHED_NAMES = 'English, German, French and Spanish';

export const rule: Rule = {
  meta: {
    id: 'coaching-language',
    description: 'The copy rules coach English, German, French and Spanish; on a draft in another language they rest, and this says so once.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    heuristic: true,
  },
  check({ doc, language, report }) {
    // Once per document: a thread in Portuguese needs telling once, not at every follow-up.
    const message = doc.messages.find((m) => m.body.trim() && language(m).lang === undefined);
    if (!message) return;
    const reading = language(message);
    const header = message.headers.find((h) => h.key === 'language');
    const name = languageName(reading.code);
    const what =
      reading.source === 'header'
        ? `Language: ${header?.value ?? reading.code} reads as ${name}`
        : `This ${message.index ? 'follow-up' : 'draft'} reads as ${name}`;
    // Wrongly detected, or written in a coached language on purpose: one click says which.
    const suggestions: Fix[] = COACHED_LANGUAGES.map((code) => ({
      title: `Coach it as ${languageName(code).replace(/ \(.*/, '')} (Language: ${code})`,
      edits: [header ? setHeaderValue(doc.text, header, code) : addHeader(doc.text, message, 'Language', code)],
    }));
    const lineEnd = firstLineEnd(doc.text, message.bodySpan.start, message.bodySpan.end);
    report({
      start: header ? header.valueSpan.start : message.bodySpan.start,
      end: header ? header.valueSpan.end : lineEnd,
      message: `${what}: the copy rules (${COPY_RULES}) cover ${COACHED_NAMES}, so they do not judge it. If it is in one of those, a Language: header says which (e.g. Language: es).`,
      suggestions,
    });
  },
};

function firstLineEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return end;
}
