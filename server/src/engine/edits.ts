import type { Header, TextEdit } from './types';

/** Sets a header's value, keeping one space after the colon even when the value was empty. */
export function setHeaderValue(text: string, header: Header, value: string): TextEdit {
  const { start, end } = header.valueSpan;
  const needsSpace = start === end && text[start - 1] === ':';
  return { start, end, newText: needsSpace ? ` ${value}` : value };
}
