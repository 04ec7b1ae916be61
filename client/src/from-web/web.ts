/**
 * The browser entry's shared parts (web-parts.ts), loaded on first use: the desktop build links the modules
 * of this folder in place of format.ts, preview-html.ts and jsonc-parser (scripts/build.mjs), so the package
 * carries that code once. Loading it early does no harm, it is only sooner than load-client.ts would.
 */
import * as path from 'node:path';
import type { WebParts } from '../web-parts';

let parts: WebParts | undefined;

export function web(): WebParts {
  return (parts ??= (require(path.join(__dirname, 'web', 'extension.js')) as { webParts: WebParts }).webParts);
}
