/** jsonc-parser in the desktop bundle, as far as the client uses it: the browser entry's (see web.ts). */
import type * as Jsonc from 'jsonc-parser';
import { web } from './web';

export const parse: typeof Jsonc.parse = (...args) => web().jsonc.parse(...args);
