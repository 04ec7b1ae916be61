/**
 * Whether a message asks the reader for something they can act on, by positive evidence: a question to
 * them, an offer, an imperative or invitation, a booking link; for a connection note, its request to
 * connect. Structure first (a clause that opens with a verb and the reader's pronoun, a first-person
 * offer before an offer verb), then the language's word classes (lexicon/*.ts). Linear in the body:
 * one sentence split, one word scan per sentence, phrase look-ups by first word.
 */
import type { MessageKind } from '../../types';
import { RecentMemo } from '../../util';
import { splitSentences } from '../../words';
import type { CoachedLanguage } from '../language';
import { readWords } from './clauses';
import { compile, type Compiled } from './compiled';
import { read, type AskKind, type Reading } from './sentence';

export type { AskKind } from './sentence';

export interface Ask {
  kind: AskKind;
  /** The sentence that asks. */
  sentence: string;
}

export interface AskInput {
  body: string;
  kind?: MessageKind;
}

/** How a rhetorical question is told from a real one: see docs/rules/no-ask.md. */
const MIN_SENTENCES_FOR_OPENER = 3;
const MAX_PITCH_AFTER_QUESTION = 1;
/** A trailing line this short, without a full stop or question mark, is a sign-off ("Best,\nSam"). */
const MAX_SIGN_OFF_WORDS = 6;
const MAX_GREETING_WORDS = 8;
const MAX_GREETING_CHARS = 120;
/** How many of the first sentences lie on the body's greeting line ("Hi Dana,", "Estimado D. Fernando:"). */
function greetingSentences(body: string, sentences: string[], c: Compiled): number {
  const line = greetingLine(body, c);
  if (line === undefined) return 0;
  // "Hi Pedro,\nCan you turn around...": a greeting with no blank line after it opens the first sentence; it is
  // read without it, so the question is the sentence's start.
  if (sentences.length && sentences[0].length > line.length && sentences[0].startsWith(line)) {
    sentences[0] = sentences[0].slice(line.length).trimStart();
    return 0;
  }
  let n = 0;
  let at = 0;
  while (n < sentences.length) {
    const found = line.indexOf(sentences[n], at);
    if (found === -1) break;
    at = found + sentences[n].length;
    n++;
  }
  return n;
}

/** The body's first line when it is a greeting: short, and ending on a comma, colon, exclamation mark, a name or an initial. */
function greetingLine(body: string, c: Compiled): string | undefined {
  const start = body.length - body.trimStart().length;
  const newline = body.indexOf('\n', start);
  const lineEnd = newline === -1 ? body.length : newline;
  // A line this long is no greeting, however it starts.
  if (lineEnd - start > MAX_GREETING_CHARS) return undefined;
  const line = body.slice(start, lineEnd).trimEnd();
  const words = readWords(line, c.split);
  const end = line.charCodeAt(line.length - 1);
  if (words.length === 0 || words.length > MAX_GREETING_WORDS || end === 63 || c.greetings.matchAt(words, 0) === 0) return undefined;
  if (end === 46 && words.length > 3 && !/\s\p{L}\.$/u.test(line)) return undefined;
  return line;
}

function opensWithUs(r: Reading, c: Compiled): boolean {
  return r.words.length > 0 && c.ourPitch.matchAt(r.words, 0) > 0;
}

/** "Hi Gary,\nEver wondered...?": where a sentence that opens on the greeting line goes on, on the next line. */
function afterGreeting(r: Reading, c: Compiled): number {
  const newline = r.text.indexOf('\n');
  if (newline < 0 || c.greetings.matchAt(r.words, 0) === 0) return 0;
  const next = r.words.findIndex((w) => w.start > newline);
  return next < 0 ? 0 : next;
}

/** "¿Sabías que...?", and with the reader's pronoun after its verb: "¿Sabía usted que...?". */
function opensRhetorically(r: Reading, c: Compiled): boolean {
  const start = afterGreeting(r, c);
  if (wonders(r, c, start)) return true;
  const opener = c.rhetoricalOpeners.matchAt(r.words, start);
  if (opener > 0) return !writerProposes(r, c, start + opener);
  if (start + 2 >= r.words.length || c.reader.matchAt(r.words, start + 1) === 0) return false;
  return c.rhetoricalOpeners.matchAt([r.words[start], ...r.words.slice(start + 2)], 0) > 1;
}

/** How far after "who" a verb of thinking may stand: "Who would have thought", "¿Quién nos lo iba a decir". */
const WONDER_REACH = 5;

/**
 * "Who'd have thought ...?", "Who knew ...?", "Wer hätte gedacht, dass ...?", "Qui l'aurait cru ?", "¿Quién nos iba a
 * decir ...?": "who" opening a question, a verb of thinking or foreseeing in its first clause, wonders aloud.
 */
function wonders(r: Reading, c: Compiled, start: number): boolean {
  // "Franchement, qui aurait parié ...?": one word set off by a comma may come first.
  if (start + 1 < r.words.length && r.words[start + 1].clause !== r.words[start].clause && c.whoWords.matchAt(r.words, start + 1) > 0) start++;
  if (c.whoWords.matchAt(r.words, start) === 0) return false;
  for (let k = start + 1; k <= start + WONDER_REACH && k < r.words.length && r.words[k].clause === r.words[start].clause; k++) if (c.wonderVerbs.matchAt(r.words, k) > 0) return true;
  return false;
}

/** How far after "what if" / "et si" the writer and the reader may stand: "what if we sent you". */
const PROPOSAL_REACH = 4;

/**
 * "What if we sent you two profiles?", "Et si nous vous présentions deux candidats ?", "¿Y si le preparamos una
 * oferta?": the writer as the subject after the opener, doing something for the reader, proposes it; "What if you
 * could...", "Et si on pouvait les déposer..." imagine.
 * Spanish drops the pronoun: the ending of a first person plural ("preparamos") says it.
 */
function writerProposes(r: Reading, c: Compiled, from: number): boolean {
  let writer = false;
  let reader = false;
  for (let k = from; k < from + PROPOSAL_REACH && k < r.words.length; k++) {
    const w = r.words[k].lower;
    if (c.weSubjects.matchAt(r.words, k) > 0 || c.writerSubjects.matchAt(r.words, k) > 0 || c.lex.weEndings?.some((e) => w.length > e.length + 1 && w.endsWith(e))) writer = true;
    // For the reader: "vous présentions", "le preparamos", "sent you"; "et si on pouvait les déposer" only imagines.
    else if (c.readerObjects.matchAt(r.words, k) > 0) reader = true;
  }
  return writer && reader;
}

function startsWithGreeting(body: string, c: Compiled): boolean {
  const words = readWords(body.slice(0, 80), c.split);
  return words.length > 0 && c.greetings.matchAt(words, 0) > 0;
}

function isSignOff(r: Reading): boolean {
  const last = r.text.charCodeAt(r.text.length - 1);
  if (last === 46 || last === 63 || r.direct || r.question) return false;
  // The words of its first line, counted from the words already read.
  const newline = r.text.indexOf('\n');
  if (newline === -1) return r.words.length <= MAX_SIGN_OFF_WORDS;
  let words = 0;
  while (words < r.words.length && r.words[words].start < newline && words <= MAX_SIGN_OFF_WORDS) words++;
  return words <= MAX_SIGN_OFF_WORDS;
}

// "P.S.", "PS:", "P. D.", "P.-S." opening a line.
const POSTSCRIPT = /^[ \t]*P\.?-?[ \t]?[SD]\.?(?=[\s:,])/m;

/** The index of the first sentence of the body's postscript, or the number of sentences when it has none. */
function postscriptStart(body: string, sentences: string[]): number {
  const found = POSTSCRIPT.exec(body);
  if (!found) return sentences.length;
  let at = 0;
  for (let n = 0; n < sentences.length; n++) {
    const start = body.indexOf(sentences[n], at);
    if (start < 0) break;
    if (start >= found.index) return n;
    at = start + sentences[n].length;
  }
  return sentences.length;
}

// An answer per key, so a body that asks for nothing is remembered too. Keys are whole bodies, so only
// bodies a draft could be are kept (lint rests the copy rules on documents past this anyway).
const MAX_REMEMBERED = 100_000;
const recent = new RecentMemo<{ ask: Ask | undefined }>(8);

/** The message's ask, or undefined when it asks for nothing. `lang` undefined: only a question mark or a booking link counts. */
export function findAsk(message: AskInput, lang: CoachedLanguage | undefined): Ask | undefined {
  const kind = message.kind ?? 'inmail';
  if (message.body.length > MAX_REMEMBERED) return computeAsk(message.body, lang, kind);
  const key = `${lang ?? '-'}\u0000${kind}\u0000${message.body}`;
  let answer = recent.get(key);
  if (!answer) {
    answer = { ask: computeAsk(message.body, lang, kind) };
    recent.set(key, answer);
  }
  return answer.ask;
}

function computeAsk(body: string, lang: CoachedLanguage | undefined, kind: MessageKind): Ask | undefined {
  const c = compile(lang);
  const sentences = splitSentences(body);
  const readings: Reading[] = new Array(sentences.length);
  const reading = (k: number) => (readings[k] ??= read(sentences[k], c));
  const first = greetingSentences(body, sentences, c);
  // A postscript stands after the sign-off: the pitch a question is followed by ends before it.
  let last = postscriptStart(body, sentences) - 1;
  while (last >= first && isSignOff(reading(last))) last--;
  const content = last - first + 1;
  // From the end, where an ask usually stands: most drafts are decided by their last few sentences.
  for (let k = sentences.length - 1; k >= 0; k--) {
    const r = reading(k);
    if (r.direct) return { kind: r.direct, sentence: r.text };
    if (!r.question) continue;
    // "Did you know...?", "¿Sabías que...?": a question that opens a pitch, wherever it stands.
    if (r.words.length && opensRhetorically(r, c)) continue;
    // An opening question in a body of three or more sentences is a hook ("Tired of slow hiring?").
    // One that asks for something is no hook: "Can you get me the sell-through by Monday? Head office wants..."
    if (k <= first && content >= MIN_SENTENCES_FOR_OPENER && !r.verbToReader) continue;
    // "Wer wertet die eigentlich alle aus? Unser System...": a question not to the reader that our pitch answers.
    if (!r.toReader && !r.requestShaped && k < last && opensWithUs(reading(k + 1), c)) continue;
    // A question that asks for nothing, followed by more pitch, is rhetorical too ("Sound familiar?").
    if (!r.requestShaped && last - k > MAX_PITCH_AFTER_QUESTION) continue;
    return { kind: 'question', sentence: r.text };
  }
  if (kind === 'connection') {
    // A note sent with a connection request asks to connect; one that neither says so nor greets or speaks
    // to the reader is an advertisement pasted into the box.
    const request = readings.find((r) => r.connect || r.toReader) ?? (startsWithGreeting(body, c) ? readings[0] : undefined);
    if (request) return { kind: 'connection', sentence: request.text };
  }
  return undefined;
}
