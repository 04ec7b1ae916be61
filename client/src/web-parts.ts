/**
 * What the desktop bundle (dist/extension.js) takes from the browser entry (dist/web/extension.js) instead of
 * carrying a copy: code activation never runs, needed only once the server has reported (the gauge's and the
 * credits' texts), a preview is opened or a draft is made from a template. Under Node the browser entry is
 * loaded right after activation anyway (load-client.ts); the modules in from-web/ reach these through it.
 */
import * as jsonc from 'jsonc-parser';
import * as format from './format';
import * as previewHtml from './preview-html';

export const webParts = { format, previewHtml, jsonc: { parse: jsonc.parse } };
export type WebParts = typeof webParts;
