import type { Header, ParsedDocument } from '../types';

/** Where a draft's recipients are: named by its `Recipients:` header, or the CSV beside it with its base name. */
export interface RecipientsSource {
  /** The CSV's path or URI, resolved against the draft's. */
  path: string;
  /** The header that named it; undefined for the CSV beside the draft, which may well not exist. */
  header?: Header;
}

/** The `Recipients:` header of the draft's first message: a list goes with the thread, not one follow-up. */
export function recipientsHeader(doc: ParsedDocument): Header | undefined {
  return doc.messages[0]?.headers.find((h) => h.key === 'recipients');
}

/**
 * Which CSV holds a draft's recipients. `draftPath` is a file path (either separator) or a URI; the answer
 * is of the same kind. Reading it is the caller's: the engine touches no file.
 */
export function recipientsSource(doc: ParsedDocument, draftPath: string): RecipientsSource | undefined {
  const header = recipientsHeader(doc);
  const cut = Math.max(draftPath.lastIndexOf('/'), draftPath.lastIndexOf('\\'));
  const dir = draftPath.slice(0, cut + 1);
  if (header) {
    const value = header.value.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!value) return undefined;
    // An absolute path stands as written; a URI draft keeps its scheme and authority.
    if (/^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(draftPath)) return { path: value, header };
    return { path: joinRelative(dir, value), header };
  }
  const base = draftPath.slice(cut + 1).replace(/\.inmail$/i, '');
  return base ? { path: `${dir}${base}.csv` } : undefined;
}

/** `dir` ends with its separator; `.` and `..` segments of `relative` are resolved against it. */
function joinRelative(dir: string, relative: string): string {
  const separator = dir.endsWith('\\') && !dir.includes('/') ? '\\' : '/';
  const segments = dir.slice(0, -1).split(/[\\/]/);
  for (const part of relative.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    // Never above the root (or a URI's authority): `../../..` stops there.
    if (part === '..') {
      if (segments.length > 1 && !/^[a-z][a-z0-9+.-]*:$/i.test(segments[segments.length - 1]) && segments[segments.length - 1] !== '') segments.pop();
      continue;
    }
    segments.push(part);
  }
  return segments.join(separator);
}
