/**
 * Evidence that the writer looked at this recipient, found by structure and word classes in the body's
 * language. Read by `missing-personalization` (any evidence makes a body personal) and by the subject
 * suggestions (the best evidence becomes a subject).
 */
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { lexiconFor } from '../lexicon';
import type { Message } from '../../types';
import { RecentMemo } from '../../util';
import { findNews } from './news';
import { findPeople } from './people';
import { findRoles } from './roles';
import { findComments } from './comments';
import { findEntrusted } from './entrusted';
import { findPatronage } from './patronage';
import { findChangeThere } from './changed-there';
import { findNamedAboutThem } from './named-about-them';
import { findMatchResult } from './match-result';
import { findDatedSighting } from './dated';
import { compile, Scan } from './scan';
import type { Evidence } from './types';
import { findWork } from './work';

export type { Evidence, EvidenceKind } from './types';

/** Past this, a body is no draft; the rule is skipped on such documents anyway. */
const MAX_BODY = 100_000;

/**
 * A body's evidence as far as it has been read: the finders that have run, in their order, whether they
 * found any, and once all have, the result. Whether there is any evidence is often told by the first
 * finder; the whole list is read only when asked for (a subject to suggest). Both answers are those of
 * one full reading.
 */
interface Reading {
  body: string;
  company: string | undefined;
  lang: CoachedLanguage;
  /** Tokens are the bulk of a reading: only the latest reading keeps its scan, until its result is known. */
  scan: Scan | undefined;
  ran: number;
  any: boolean | undefined;
  result: Evidence[] | undefined;
}

// Only bodies up to MAX_BODY are kept, so eight of them hold at most a couple of megabytes.
const recent = new RecentMemo<Reading>(8);
let scanning: Reading | undefined;

function readingOf(message: Pick<Message, 'body' | 'company'>, lang: CoachedLanguage): Reading {
  const { body, company } = message;
  // The company's length first, so no company and body can be read as another's.
  const key = `${lang}${company === undefined ? -1 : company.length}:${company ?? ''}${body}`;
  let reading = recent.get(key);
  if (!reading) {
    reading = { body, company, lang, scan: undefined, ran: 0, any: undefined, result: undefined };
    recent.set(key, reading);
  }
  return reading;
}

/** The reading's scan, made afresh (all finders to run again) if another reading's took its place. */
function scanOf(reading: Reading): Scan {
  if (!reading.scan) {
    if (scanning && scanning !== reading) scanning.scan = undefined;
    reading.scan = new Scan(reading.body, compile(reading.lang), greetingEnd(reading.body, reading.lang));
    reading.ran = 0;
    scanning = reading;
  }
  return reading.scan;
}

const FINDERS: ((scan: Scan, company: string | undefined) => void)[] = [findWork, findNews, findPeople, findRoles, findComments, findEntrusted, findPatronage, findChangeThere, findMatchResult, findNamedAboutThem, findDatedSighting];

/**
 * Runs the next finder; the finders only add to `scan.found`, so stopping early leaves nothing half done.
 * Counted as run only once it returns: a finder that throws throws again when asked again, as before.
 */
function readOn(reading: Reading, scan: Scan): void {
  FINDERS[reading.ran](scan, reading.company);
  reading.ran++;
}

/**
 * What in the message's body shows the writer looked at this person, in the order written. Memoized on
 * the body, company and language of the last few messages: the rules, the stats and the subject
 * suggestions ask about the same message, and a keystroke leaves the document's other messages as they were.
 */
export function recipientEvidence(message: Pick<Message, 'body' | 'company'>, lang: CoachedLanguage): Evidence[] {
  if (message.body.length > MAX_BODY) return [];
  const reading = readingOf(message, lang);
  if (!reading.result) {
    const scan = scanOf(reading);
    while (reading.ran < FINDERS.length) readOn(reading, scan);
    reading.result = dedupe(scan.found);
    reading.scan = undefined;
  }
  return reading.result;
}

/**
 * Whether the body holds any evidence (recipientEvidence(...).length > 0), reading only as far as the
 * first finder that finds some: all the personalization rule and RABT's Reason need.
 */
export function hasRecipientEvidence(message: Pick<Message, 'body' | 'company'>, lang: CoachedLanguage): boolean {
  if (message.body.length > MAX_BODY) return false;
  const reading = readingOf(message, lang);
  if (reading.result) return reading.result.length > 0;
  if (reading.any === undefined) {
    const scan = scanOf(reading);
    // Deduplication keeps the first of overlapping pieces, so any piece found means a non-empty result.
    while (scan.found.length === 0 && reading.ran < FINDERS.length) readOn(reading, scan);
    reading.any = scan.found.length > 0;
  }
  return reading.any;
}

/**
 * One piece of evidence per place in the body: the first there, unless it only names their company and an
 * overlapping piece says what they did ("the Wise engineering blog post you co-wrote on holdout groups").
 */
function dedupe(found: Evidence[]): Evidence[] {
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  const out: Evidence[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.span.start < prev.span.end) {
      if (prev.kind === 'company' && e.kind !== 'company') out[out.length - 1] = e;
      continue;
    }
    out.push(e);
  }
  return out;
}

const GREETING_END = new Set([',', ':', '!', '\n', '.', ';']);
const MAX_GREETING = 60;
// One to three capitalised words. Spaces, not the next capital, part the words: a run of capitals is one
// word, not every way of cutting it into three (cubic, on a run of capitals).
const NAME_AFTER_COMMA = /^[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2}[ \t]*(?:[:!]|\r?\n|$)/u;

/**
 * "Paolo, Vela is the only yard...": a name alone, set off by a comma, greets too; "However," does not. A
 * first name that is also common vocabulary ("Dana", "Marcus") stays part of the sentence, as before.
 */
const VOCATIVE = /^(\p{Lu}[\p{Ll}'-]+),[ \t]/u;

function vocativeLength(head: string, lang: CoachedLanguage): number {
  const name = VOCATIVE.exec(head);
  return name && !isCommonWord(name[1], lang) ? name[0].length : 0;
}

/**
 * Where the salutation ends: a first name in the greeting is what every template has, so the evidence
 * is looked for after it ("Hi Dana," / "Sehr geehrte Frau Dr. Kessler," / "Hola, Pablo:").
 */
export function greetingEnd(body: string, lang: CoachedLanguage): number {
  const start = body.length - body.trimStart().length;
  const head = body.slice(start, start + MAX_GREETING + 20).toLowerCase();
  const opens = lexiconFor(lang).greetings.concat(lexiconFor('en').greetings).some((g) => head.startsWith(g) && !/[\p{L}]/u.test(head[g.length] ?? ''));
  if (!opens) return start + vocativeLength(body.slice(start, start + MAX_GREETING), lang);
  for (let i = start; i < body.length && i <= start + MAX_GREETING; i++) {
    const c = body[i];
    // "Dr." inside a greeting is not its end.
    if (c === '.' && /\b(?:dr|mr|mrs|ms|prof|sr|sra|dra|m|mme|st)$/i.test(body.slice(Math.max(start, i - 4), i))) continue;
    if (!GREETING_END.has(c)) continue;
    // "Hola, Pablo:": a name set off after the greeting word belongs to it.
    const name = c === ',' ? NAME_AFTER_COMMA.exec(body.slice(i + 1, i + 1 + MAX_GREETING)) : null;
    return i + 1 + (name ? name[0].length : 0);
  }
  return start;
}
