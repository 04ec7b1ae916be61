import { fileURLToPath } from 'node:url';

/**
 * The local path a URI names, or undefined for anything else: `untitled:`, another host, an encoded
 * slash, a URI that is not a string. fileURLToPath throws on all of those, and URIs come from the client.
 */
export function filePathOf(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
