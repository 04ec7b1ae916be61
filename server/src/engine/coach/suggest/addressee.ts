/**
 * How a subject may name the recipient: as the body's greeting does. A first name only when it is one:
 * "Dr. Nadia Haddad" greeted "Dear Dr. Haddad" is "Dr. Haddad"; "Recruiting Team" and "Hiring Manager"
 * are no one's name; a formal German, French or Spanish draft that greets by surname keeps "Frau Dr.
 * Kessler" whole.
 */
import type { Message } from '../../types';
import { trimEnd } from '../../util';
import { COACHED_LANGUAGES, type CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import type { Register } from './lexicon';

const MAX_NAME = 120;
const TRAILING = new Set('.,:;!');

/** A word as the lexicons list it: "Dr." is "dr". */
function fold(word: string): string {
  return trimEnd(word, TRAILING).toLowerCase();
}

function isTitle(word: string, honorifics: ReadonlySet<string>): boolean {
  return honorifics.has(fold(word));
}

export function addressee(message: Message, lang: CoachedLanguage, register: Register): string | undefined {
  const greeting = firstLine(message.body);
  const to = message.to?.trim();
  if (!to) return /\{\{\s*first[_ ]?name\s*\}\}/i.exec(greeting)?.[0];
  if (to.length > MAX_NAME) return undefined;
  const { honorifics, teams } = titlesAndTeams();
  // "Luis Ortega, RCIS": credentials after a comma are not part of the name.
  const words = to.split(',')[0].split(/\s+/).filter(Boolean);
  if (words.some((w) => teams.has(fold(w)))) return undefined;
  let first = 0;
  // "Dr. med. Katrin Vogel": a title, then abbreviations that belong to it.
  while (first < words.length && (isTitle(words[first], honorifics) || (first > 0 && words[first].endsWith('.')))) first++;
  const names = words.slice(first);
  if (names.length === 0 || names.some((w) => !/^\p{Lu}/u.test(w))) return undefined;
  const given = names[0];
  const surname = names[names.length - 1];
  const greeted = greeting.split(/[\s,!:;]+/).filter(Boolean);
  if (greeted.includes(given) && !given.endsWith('.')) return given;
  const at = greeted.lastIndexOf(surname);
  if (at > 0) {
    let start = at;
    while (start > 0 && (isTitle(greeted[start - 1], honorifics) || greeted[start - 1].endsWith('.'))) start--;
    if (start < at) return greeted.slice(start, at + 1).join(' ');
  }
  if (first > 0 && names.length > 1) return [...words.slice(0, first), surname].join(' ');
  if (given.endsWith('.') || names.length < 2) return undefined;
  return lang === 'en' || register === 'informal' ? given : undefined;
}

let known: { honorifics: Set<string>; teams: Set<string> } | undefined;

/** Every coached language's titles and team words: "Frau Petra Lang" in an English draft is still Frau Lang. */
function titlesAndTeams(): { honorifics: Set<string>; teams: Set<string> } {
  if (!known) {
    const lexicons = COACHED_LANGUAGES.map((l) => lexiconFor(l));
    known = { honorifics: new Set(lexicons.flatMap((l) => l.honorifics)), teams: new Set(lexicons.flatMap((l) => l.teamWords)) };
  }
  return known;
}

function firstLine(body: string): string {
  const text = body.slice(0, 300).trimStart();
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
