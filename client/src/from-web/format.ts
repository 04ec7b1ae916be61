/** format.ts in the desktop bundle: the browser entry's, called through (see web.ts). */
import type * as Format from '../format';
import { web } from './web';

export type { GaugeLevel } from '../format';
export const n: typeof Format.n = (...args) => web().format.n(...args);
export const messageAtLine: typeof Format.messageAtLine = (...args) => web().format.messageAtLine(...args);
export const shortName: typeof Format.shortName = (...args) => web().format.shortName(...args);
export const gaugeText: typeof Format.gaugeText = (...args) => web().format.gaugeText(...args);
export const keepWorstWhilePending: typeof Format.keepWorstWhilePending = (...args) => web().format.keepWorstWhilePending(...args);
export const gaugeLevel: typeof Format.gaugeLevel = (...args) => web().format.gaugeLevel(...args);
export const gaugeTooltip: typeof Format.gaugeTooltip = (...args) => web().format.gaugeTooltip(...args);
export const creditText: typeof Format.creditText = (...args) => web().format.creditText(...args);
export const creditLevel: typeof Format.creditLevel = (...args) => web().format.creditLevel(...args);
export const replyRecordText: typeof Format.replyRecordText = (...args) => web().format.replyRecordText(...args);
export const creditMarkdown: typeof Format.creditMarkdown = (...args) => web().format.creditMarkdown(...args);
