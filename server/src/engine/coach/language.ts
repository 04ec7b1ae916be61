/**
 * Which language a message is written in, so the copy rules read it with that language's lexicon, and
 * rest (saying so once) on a language they cannot read. A `Language:` header overrides detection.
 */
import { detectAll } from 'tinyld/light';
import type { Message } from '../types';

export const COACHED_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type CoachedLanguage = (typeof COACHED_LANGUAGES)[number];

export interface LanguageReading {
  /** Undefined when the message is in a language the copy rules do not read. */
  lang: CoachedLanguage | undefined;
  /** ISO 639-1 code as read or detected, for messages ("pt"). */
  code: string;
  source: 'header' | 'detected' | 'default';
}

// Names a writer may put in the header, in English and in the language itself.
const NAMES: Record<string, string> = {
  english: 'en', englisch: 'en', anglais: 'en', inglés: 'en', ingles: 'en',
  german: 'de', deutsch: 'de', allemand: 'de', alemán: 'de', aleman: 'de',
  french: 'fr', französisch: 'fr', francais: 'fr', français: 'fr', francés: 'fr', frances: 'fr',
  spanish: 'es', spanisch: 'es', espagnol: 'es', español: 'es', espanol: 'es', castellano: 'es',
};

/** A `Language:` value as an ISO 639-1 code: "de", "de-AT", "Deutsch" all read as "de". */
export function parseLanguage(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (NAMES[v]) return NAMES[v];
  const code = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/.exec(v)?.[1];
  return code;
}

export function isCoached(code: string | undefined): code is CoachedLanguage {
  return (COACHED_LANGUAGES as readonly string[]).includes(code ?? '');
}

// Below this many letters a detector guesses; such notes are read as English unless a header says otherwise.
const MIN_LETTERS_TO_DETECT = 24;
// A detector's confidence under this, on a Latin-script text, is no evidence of another language.
const MIN_CONFIDENCE_FOR_OTHER = 0.2;

let lastText: string | undefined;
let lastReading: LanguageReading;

/** The language of a text, detected; memoized for the last text, which every copy rule asks about in turn. */
export function detectLanguage(text: string): LanguageReading {
  if (text === lastText) return lastReading;
  lastText = text;
  lastReading = detect(text);
  return lastReading;
}

function detect(text: string): LanguageReading {
  // Merge fields and URLs are not language.
  const prose = text.replace(/\{\{[^{}\n]{0,80}\}\}/g, ' ').replace(/\bhttps?:\/\/\S{1,300}/g, ' ');
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  const latin = prose.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_TO_DETECT && latin === letters) return { lang: 'en', code: 'en', source: 'default' };
  const ranked = detectAll(prose);
  const coached = ranked.find((r) => isCoached(r.lang));
  const top = ranked[0];
  if (!top) return latin === letters ? { lang: 'en', code: 'en', source: 'default' } : { lang: undefined, code: 'und', source: 'detected' };
  if (isCoached(top.lang)) return { lang: top.lang, code: top.lang, source: 'detected' };
  // A Latin-script text the detector is unsure of is more likely one of ours with unusual words.
  if (latin > letters / 2 && coached && top.accuracy < MIN_CONFIDENCE_FOR_OTHER) return { lang: coached.lang as CoachedLanguage, code: coached.lang, source: 'detected' };
  return { lang: undefined, code: top.lang, source: 'detected' };
}

/** A message's language: its own `Language:` header, the thread's first one, or detection on its words. */
export function messageLanguage(message: Message, thread?: readonly Message[]): LanguageReading {
  const header = (m: Message) => m.headers.find((h) => h.key === 'language');
  const own = header(message) ?? (thread && thread[0] !== message ? header(thread[0]) : undefined);
  const code = own && parseLanguage(own.value);
  if (code) return { lang: isCoached(code) ? code : undefined, code, source: 'header' };
  return detectLanguage(`${message.subject?.value ?? ''}\n${message.body}`);
}
