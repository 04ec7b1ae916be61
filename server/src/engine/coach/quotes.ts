/**
 * Quotations in a text: a line of the reader's own that a body quotes ("no heroics, we fix the pager") and a
 * subject can quote back. Read by a scan, not a pattern: a body is read on every keystroke.
 */

const OPENING = new Set(['"', '“', '„', '«', '‘', '‚', "'"]);
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‘': '’', '‚': '‘', "'": "'" };
/** How long a quotation may run before the mark that opened it is read as no quotation at all. */
const MAX_QUOTE = 200;

const letterAt = (text: string, at: number) => at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]);

/**
 * The first quotation from `from` to `to` (its closing mark may stand a little past `to`): its text and the
 * offsets of its opening and closing marks. An apostrophe between letters ("don't") opens and closes nothing.
 */
export function firstQuotation(text: string, from = 0, to = text.length): { text: string; at: number; end: number; open: string; close: string } | undefined {
  for (let i = from; i < to; i++) {
    const open = text[i];
    if (!OPENING.has(open) || (open === "'" && letterAt(text, i - 1)) || !letterAt(text, i + 1 + (text[i + 1] === ' ' || text[i + 1] === '\u00a0' ? 1 : 0))) continue;
    const close = CLOSING[open];
    // "“Bei uns …“" in German closes with the mark English opens with; English “…” closes with its own.
    const closes = open === '„' ? ['“', '”'] : [close];
    for (let j = i + 1; j < text.length && j <= i + MAX_QUOTE; j++) {
      if (!closes.includes(text[j]) || (text[j] === "'" && letterAt(text, j + 1))) continue;
      return { text: text.slice(i + 1, j).trim(), at: i, end: j, open, close: text[j] };
    }
  }
  return undefined;
}
