/**
 * Draft text inside Markdown that an editor renders: a subject or file name from the workspace must show
 * as written, never become a link, an image or HTML in a hover or the credit preview. Pure, no imports:
 * the VS Code client uses it too.
 */

// Every ASCII punctuation character Markdown gives a meaning to, backslash-escaped (CommonMark allows
// any); `<`, `>` and `&` are entity-encoded instead, since raw HTML starts with them and a backslash does
// not stop an entity or an HTML block in every renderer.
const PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~"'$%,/:;=?@^]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// A line break in a value would end the list item or table row it is in.
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

/** Text that renders as itself in Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(PUNCTUATION, '\\$&')
    .replace(/[&<>]/g, (c) => ENTITIES[c]);
}

/** Text as an inline code span: a fence longer than any run of backticks inside, so nothing ends it early. */
export function markdownCode(text: string): string {
  const flat = text.replace(LINE_BREAKS, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a backtick at either end from joining the fence; renderers strip one.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
