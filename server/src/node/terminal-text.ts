/**
 * Text from drafts and file names on its way to a terminal. Control characters could move the cursor,
 * retitle the window or hide the rest of a line, and bidi controls could reorder what is shown, so each
 * is printed as a visible escape instead (`\x1b`, `\u202e`). Tabs pass through.
 */
// C0 except tab, DEL and C1, the bidi embeddings and overrides, the bidi isolates.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
