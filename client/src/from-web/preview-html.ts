/** preview-html.ts in the desktop bundle: the browser entry's, called through (see web.ts). */
import type * as PreviewHtml from '../preview-html';
import { web } from './web';

export const makeNonce: typeof PreviewHtml.makeNonce = (...args) => web().previewHtml.makeNonce(...args);
export const previewHtml: typeof PreviewHtml.previewHtml = (...args) => web().previewHtml.previewHtml(...args);
