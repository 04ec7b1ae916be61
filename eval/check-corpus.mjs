// Validates the labelled corpus files: every line parses, ids are unique across all files, and each row
// has the fields and enum values of its type (a subject case has `label`, a body case has `personal`).
// Usage: node eval/check-corpus.mjs [dir ...]   (default: eval/corpus, plus eval/dev and eval/test once split)
// Prints counts only, never row text, so running it on the test half reveals nothing about its contents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGS = ['en', 'de', 'fr', 'es'];
const KINDS = ['sales', 'services', 'recruiting-tech', 'recruiting-healthcare', 'executive-search', 'networking',
  'job-seeker', 'founder-investor', 'partnership', 'alumni', 'event-follow-up', 'connection-note'];
const MESSAGE_KINDS = ['inmail', 'connection'];
const REGISTERS = ['formal', 'informal'];
const WHY = {
  generic: ['label', 'vague-request', 'category-noun', 'hype', 'caps-or-punctuation', 'stock-phrase', 'empty-personal', 'other'],
  specific: ['names-recipient-or-company', 'proper-noun-or-term', 'their-work', 'their-news', 'mutual-contact',
    'shared-background', 'figure', 'merge-field', 'body-topic', 'other'],
};
const PERSONAL_WHY = ['their-work', 'company-news', 'conversation', 'mutual-contact', 'shared-background', 'company-specific', 'none'];
const ASK_WHY = ['question', 'imperative', 'offer', 'connection-request', 'rhetorical-only', 'none'];
// The subject brief asks for a 1-3 sentence body under each subject.
const SUBJECT_BODY_CHARS = [120, 350];
// LinkedIn cuts a connection-request note at 300 characters.
const CONNECTION_NOTE_CHARS = 300;

const here = new URL('.', import.meta.url).pathname;
const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['corpus', 'dev', 'test'].map((d) => join(here, d)).filter(existsSync);

const errors = [];
const seen = new Map();
const summary = [];

const isText = (v) => typeof v === 'string' && v.trim() !== '';

function checkCommon(row, err) {
  if (!isText(row.id)) return err('id missing');
  const m = /^([sb])-([a-z]{2})-(\d{4})$/.exec(row.id);
  if (!m) err(`id ${row.id} is not s|b-<lang>-NNNN`);
  else if (m[2] !== row.lang) err(`id ${row.id} does not match lang ${row.lang}`);
  if (!LANGS.includes(row.lang)) err(`lang ${row.lang}`);
  if (!KINDS.includes(row.kind)) err(`kind ${row.kind}`);
  if (!MESSAGE_KINDS.includes(row.messageKind)) err(`messageKind ${row.messageKind}`);
  if (row.register !== undefined && !REGISTERS.includes(row.register)) err(`register ${row.register}`);
  if (row.register !== undefined && row.lang === 'en') err('register on an English row');
  // The German, French and Spanish briefs record Sie/du, vous/tu, usted/tú on every row.
  if (row.register === undefined && LANGS.includes(row.lang) && row.lang !== 'en') err('register missing on a non-English row');
  for (const f of ['to', 'company', 'subject']) if (row[f] !== undefined && typeof row[f] !== 'string') err(`${f} is not a string`);
  for (const f of ['body', 'reason']) if (!isText(row[f])) err(`${f} missing or empty`);
  if (!(row.source === 'written' || /^https?:\/\/\S+$/.test(row.source ?? ''))) err(`source ${row.source} is neither 'written' nor a URL`);
}

function checkSubject(row, err) {
  if (!row.id?.startsWith('s-')) err('a subject case id starts with s-');
  if (!isText(row.subject)) err('subject missing or empty');
  if (!(row.label in WHY)) err(`label ${row.label}`);
  else if (!WHY[row.label].includes(row.why)) err(`why ${row.why} is not a ${row.label} category`);
  // eval/src/corpus.ts drops the subject line of a connection note, so a subject case must be an InMail.
  if (row.messageKind !== 'inmail') err('a subject case must be messageKind inmail');
  const n = [...(row.body ?? '')].length;
  if (n < SUBJECT_BODY_CHARS[0] || n > SUBJECT_BODY_CHARS[1]) err(`body is ${n} characters, not ${SUBJECT_BODY_CHARS.join('-')}`);
}

function checkBody(row, err) {
  if (!row.id?.startsWith('b-')) err('a body case id starts with b-');
  if (typeof row.personal !== 'boolean') err('personal is not a boolean');
  if (typeof row.ask !== 'boolean') err('ask is not a boolean');
  if (!(row.hook === null || isText(row.hook))) err('hook is neither null nor text');
  if (!Array.isArray(row.hookWords) || !row.hookWords.every(isText)) err('hookWords is not a list of strings');
  if (row.personal === false && row.hook !== null) err('a template body has no hook');
  if (isText(row.hook) && !row.hookWords?.length) err('a hook needs hookWords');
  if (row.personalWhy !== undefined && !PERSONAL_WHY.includes(row.personalWhy)) err(`personalWhy ${row.personalWhy}`);
  if (row.askWhy !== undefined && !ASK_WHY.includes(row.askWhy)) err(`askWhy ${row.askWhy}`);
  if (row.personal === false && row.personalWhy !== undefined && row.personalWhy !== 'none') err('personal false but personalWhy set');
  if (row.ask === false && row.askWhy !== undefined && !['none', 'rhetorical-only'].includes(row.askWhy)) err('ask false but askWhy is an ask');
  // The body briefs: a personal body names its hook, a hook has 1-3 hook words, and a connection note fits
  // LinkedIn's 300-character limit; the why columns agree with the booleans both ways.
  if (row.personal === true && row.hook === null) err('a personal body has no hook');
  if (row.hook === null && row.hookWords?.length) err('hookWords without a hook');
  if (isText(row.hook) && row.hookWords?.length > 3) err('more than 3 hookWords');
  if (row.personal === true && row.personalWhy === 'none') err('personal true but personalWhy none');
  if (row.ask === true && ['none', 'rhetorical-only'].includes(row.askWhy)) err('ask true but askWhy says no ask');
  if (row.messageKind === 'connection' && [...(row.body ?? '')].length >= CONNECTION_NOTE_CHARS) err(`connection note is ${[...row.body].length} characters, not under ${CONNECTION_NOTE_CHARS}`);
}

for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const path = join(dir, name);
    const counts = { subjects: 0, bodies: 0 };
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${path}:${i + 1}`;
      const err = (msg) => errors.push(`${where}: ${msg}`);
      let row;
      try {
        row = JSON.parse(line);
      } catch (e) {
        return err(`not JSON: ${e.message}`);
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row)) return err('not an object');
      checkCommon(row, err);
      if (isText(row.id)) {
        if (seen.has(row.id)) err(`duplicate id ${row.id} (first at ${seen.get(row.id)})`);
        else seen.set(row.id, where);
      }
      if ('label' in row) { counts.subjects++; checkSubject(row, err); }
      else if ('personal' in row) { counts.bodies++; checkBody(row, err); }
      else err('neither a subject case (label) nor a body case (personal)');
    });
    summary.push(`${path}: ${counts.subjects} subject rows, ${counts.bodies} body rows`);
  }
}

console.log(summary.join('\n'));
if (errors.length) {
  console.error(`${errors.length} problem(s):\n${errors.slice(0, 200).join('\n')}`);
  process.exit(1);
}
console.log(`ok: ${seen.size} unique ids`);
