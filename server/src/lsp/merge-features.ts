/** Completion of `{{` from the recipients CSV's columns, and the hover on a merge field: what fills it. */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover, type Position } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine/lint';
import { n } from '../engine/measure';
import { mergeFieldUses } from '../engine/merge/fields';
import { fileName } from '../engine/merge/names';
import { columnSummary } from '../engine/merge/samples';
import { isTable, type RecipientTable } from '../engine/merge/types';
import { toRange } from './convert';
import { escapeMarkdown, markdownCode } from './markdown';

/** A value in a hover is cut here: a whole paragraph from a CSV cell would bury the rest. */
const SHOWN_VALUE = 60;

function tableOf(result: LintResult): RecipientTable | undefined {
  const parsed = result.attached?.parsed;
  return parsed && isTable(parsed) ? parsed : undefined;
}

const cut = (value: string) => ([...value].length > SHOWN_VALUE ? `${[...value].slice(0, SHOWN_VALUE - 1).join('')}…` : value);

/**
 * Inside an unclosed `{{` on the cursor's line: the columns, or nothing at all (header names and values
 * would be noise there). Undefined when the cursor is not in a field, so the other completions run.
 */
export function mergeFieldCompletions(doc: TextDocument, result: LintResult, position: Position): CompletionItem[] | undefined {
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const offset = doc.offsetAt(position);
  const text = doc.getText();
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('{{');
  if (open === -1 || before.includes('}', open)) return undefined;
  const table = tableOf(result);
  if (!table) return [];
  const from = doc.positionAt(lineStart + open + 2);
  // A field already closed after the cursor (the editor closes `{{` as it is typed) keeps its braces, and the
  // rest of its name is replaced too; otherwise the completion closes it.
  const rest = /^[^{}\n]*(?=\}\})/.exec(text.slice(offset, offset + 200));
  const closed = rest !== null;
  const to = closed ? doc.positionAt(offset + rest[0].length) : position;
  return table.columns.flatMap((column, i) => {
    if (column === '') return [];
    const summary = columnSummary(table, i);
    return [{
      label: column,
      kind: CompletionItemKind.Field,
      detail: summary.samples.length ? `e.g. ${summary.samples.map(cut).join(', ')}` : 'empty on every row',
      documentation: { kind: MarkupKind.Markdown, value: columnMarkdown(table, i, result.attached!.path) },
      filterText: column,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range: { start: from, end: to }, newText: closed ? column : `${column}}}` },
    }];
  });
}

/** On a `{{field}}`: the column that fills it, a few of its values, the longest, and how many rows leave it empty. */
export function mergeFieldHover(doc: TextDocument, result: LintResult, offset: number): Hover | null {
  if (!result.doc.text.includes('{{')) return null;
  const table = tableOf(result);
  const use = mergeFieldUses(result.doc, table).find((u) => offset >= u.start && offset < u.end);
  if (!use) return null;
  const range = toRange(doc, use);
  const title = `**${escapeMarkdown(`{{${use.name}}}`)}**`;
  const attached = result.attached;
  if (!attached) return { range, contents: { kind: MarkupKind.Markdown, value: `${title} · a merge field: name a CSV with a \`Recipients:\` header (or put one beside the draft, with its name) to fill it for each recipient.` } };
  const file = markdownCode(fileName(attached.path));
  if (!table) return { range, contents: { kind: MarkupKind.Markdown, value: `${title} · ${file} cannot be read, so nothing fills it yet.` } };
  if (use.column < 0) return { range, contents: { kind: MarkupKind.Markdown, value: `${title} · no column of ${file} is named so: every recipient would get it as written.` } };
  return { range, contents: { kind: MarkupKind.Markdown, value: `${title} · ${columnMarkdown(table, use.column, attached.path)}` } };
}

function columnMarkdown(table: RecipientTable, column: number, path: string): string {
  const s = columnSummary(table, column);
  const lines = [`column ${markdownCode(s.column)} of ${markdownCode(fileName(path))}`, ''];
  if (s.samples.length) lines.push(`Values: ${s.samples.map((v) => markdownCode(cut(v))).join(', ')}${s.total - s.empty > s.samples.length ? ', …' : ''}`, '');
  if (s.longest) lines.push(`Longest: ${markdownCode(cut(s.longest.value))}, ${n(s.longest.length)} characters (${escapeMarkdown(s.longest.name)}, line ${s.longest.line})`, '');
  lines.push(s.empty ? `Empty for ${n(s.empty)} of ${n(s.total)} recipient${s.total === 1 ? '' : 's'}` : `Filled for all ${n(s.total)} recipient${s.total === 1 ? '' : 's'}`);
  return lines.join('\n');
}
