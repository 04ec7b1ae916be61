/** Hover, outline and completion: small read-only views of the parsed draft. */
import { CompletionItemKind, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type Hover, type Position } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KNOWN_HEADERS, headerSpec } from '../engine/headers';
import type { LintResult } from '../engine/lint';
import { n } from '../engine/measure';
import { toRange } from './convert';
import { escapeMarkdown } from './markdown';
import { mergeFieldCompletions, mergeFieldHover } from './merge-features';

function plural(count: number, word: string): string {
  return `${n(count)} ${word}${count === 1 ? '' : 's'}`;
}

export function hover(doc: TextDocument, result: LintResult, position: Position): Hover | null {
  const offset = doc.offsetAt(position);
  const field = mergeFieldHover(doc, result, offset);
  if (field) return field;
  const message = result.doc.messages.find((m) => offset >= m.span.start && offset <= m.span.end);
  if (!message) return null;
  const stats = result.stats.messages[message.index];
  const subject = message.subject;
  if (subject && offset >= subject.lineSpan.start && offset < subject.lineSpan.end) {
    return {
      range: toRange(doc, subject.valueSpan),
      contents: { kind: MarkupKind.Markdown, value: `**Subject** · ${stats.subjectLength}/${stats.subjectMax} characters · ${plural(stats.subjectWords, 'word')}` },
    };
  }
  const header = message.headers.find((h) => offset >= h.lineSpan.start && offset < h.lineSpan.end);
  if (header) {
    const spec = headerSpec(header.name);
    return { range: toRange(doc, header.nameSpan), contents: { kind: MarkupKind.Markdown, value: spec ? `**${spec.name}**: ${spec.description}` : `Unknown header **${escapeMarkdown(header.name)}**` } };
  }
  if (offset < message.bodySpan.start || offset > message.bodySpan.end) return null;
  const what = message.index === 0 ? (message.kind === 'connection' ? 'Connection note' : 'Body') : `Follow-up ${message.index}`;
  const sweet = stats.bodySweetSpot ? ` (aim for under ${n(stats.bodySweetSpot)})` : '';
  const lines = [
    `**${what}** · ${n(stats.bodyLength)}/${n(stats.bodyMax)} characters${sweet}`,
    '',
    `${plural(stats.bodyGraphemes, 'visible character')} · ${plural(stats.bodyWords, 'word')} · ${plural(stats.bodySentences, 'sentence')}`,
  ];
  return { range: toRange(doc, message.bodySpan), contents: { kind: MarkupKind.Markdown, value: lines.join('\n') } };
}

export function documentSymbols(doc: TextDocument, result: LintResult): DocumentSymbol[] {
  return result.doc.messages.map((message) => {
    const children: DocumentSymbol[] = [];
    if (message.subject) {
      const range = toRange(doc, message.subject.lineSpan);
      children.push({ name: 'Subject', detail: message.subject.value, kind: SymbolKind.String, range, selectionRange: toRange(doc, message.subject.valueSpan) });
    }
    const bodyRange = toRange(doc, message.bodySpan);
    children.push({ name: message.kind === 'connection' ? 'Note' : 'Body', detail: `${result.stats.messages[message.index].bodyLength} characters`, kind: SymbolKind.String, range: bodyRange, selectionRange: bodyRange });
    const range = toRange(doc, { start: message.separatorSpan?.start ?? message.span.start, end: message.span.end });
    const name = message.index === 0 ? (message.subject?.value || 'Message') : `Follow-up ${message.index}`;
    return { name, kind: SymbolKind.Module, range, selectionRange: toRange(doc, message.separatorSpan ?? message.subject?.valueSpan ?? message.bodySpan), children };
  });
}

export function completions(doc: TextDocument, result: LintResult, position: Position): CompletionItem[] {
  const fields = mergeFieldCompletions(doc, result, position);
  if (fields) return fields;
  const offset = doc.offsetAt(position);
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const before = doc.getText().slice(lineStart, offset);
  const message = result.doc.messages.find((m) => offset >= m.span.start && offset <= m.span.end) ?? result.doc.messages[0];
  // Headers live above the body; once the body has started, completing header names would get in the way.
  const inHeaderBlock = lineStart < message.bodySpan.start || lineStart === message.span.start;
  const valueMatch = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(\S*)$/.exec(before);
  if (valueMatch) {
    const spec = headerSpec(valueMatch[1]);
    if (!spec || !('values' in spec)) return [];
    return spec.values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: `${spec.name} value` }));
  }
  if (!inHeaderBlock || !/^[A-Za-z-]*$/.test(before)) return [];
  const present = new Set(message.headers.map((h) => h.key));
  return KNOWN_HEADERS.filter((h) => !present.has(h.name.toLowerCase())).map((h, i) => ({
    label: h.name,
    kind: CompletionItemKind.Property,
    documentation: { kind: MarkupKind.Markdown, value: h.description },
    insertText: `${h.name}: `,
    sortText: String(i).padStart(2, '0'),
    command: 'values' in h ? { title: 'Suggest values', command: 'editor.action.triggerSuggest' } : undefined,
  }));
}
