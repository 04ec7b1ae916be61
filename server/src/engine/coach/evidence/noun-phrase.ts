/**
 * Noun phrases cut at natural boundaries: a run of content words, then whole complements, quoted titles
 * and the objects of gerunds, never stopping inside a complement or on a function word.
 */
import type { Phrase, Scan } from './scan';

const OPEN_QUOTES = new Set(['"', '“', '„', '«', '‘', '‚']);
const CLOSE_QUOTES = new Set(['"', '”', '“', '»', '’', '‘']);
const MAX_PHRASE_WORDS = 10;

export interface NounPhraseOptions {
  skipDeterminers?: boolean;
  complements?: number;
  headAt?: number;
}

/**
 * The noun phrase that starts at token `i` (articles and possessives skipped): a run of content words,
 * then up to two complements ("on canary releases", "at KubeCon"), kept only whole and within
 * MAX_PHRASE_WORDS, so a phrase never stops inside a complement or on a function word.
 */
export function nounPhrase(s: Scan, i: number, options: NounPhraseOptions = {}): Phrase | undefined {
  const { tokens } = s;
  let j = i;
  if (options.skipDeterminers !== false) while (j < tokens.length && s.same(i, j) && (s.is(j, 'determiners') || s.is(j, 'yourWords') || s.is(j, 'ourWords'))) j++;
  const from = j;
  // A known head ends the core: "your thread last week" is about the thread.
  const run = contentRun(s, from, from);
  let coreEnd = options.headAt !== undefined && options.headAt >= from && options.headAt <= run ? options.headAt : run;
  if (coreEnd < 0) return undefined;
  // "running a four-day week": a phrase that opens on a gerund is about its object.
  if (coreEnd === from && options.headAt === undefined) coreEnd = gerundObjectEnd(s, from) ?? coreEnd;
  let to = coreEnd;
  let words = to - from + 1;
  const gaps: [number, number][] = [];
  let place: { gap: [number, number]; words: number } | undefined;
  let extended = false;
  let compounded = false;
  let tookTopic = false;
  for (let n = options.complements ?? 2; n > 0; n--) {
    let k = to + 1;
    // "your thread last week about ramp time": when it was stands between the noun and its topic.
    const when = s.at(k, 'timeAdverbials');
    const skipped: [number, number] | undefined = when && s.is(k + when, 'complementWords') ? [k, k + when - 1] : undefined;
    if (skipped) k += when;
    if (!s.same(from, k)) break;
    let end: number;
    let clause: [number, number] | undefined;
    const titled = tokens[k].text === ',' && n === (options.complements ?? 2) ? appositiveTitle(s, k) : -1;
    if (OPEN_QUOTES.has(tokens[k].text)) end = quoted(s, k);
    else if (titled > 0) {
      // "tu última newsletter, la de «No cobres por horas»": the title set off after it says which.
      clause = [k, titled - 1];
      end = quoted(s, titled);
    } else if (s.is(k, 'complementWords') || (n === (options.complements ?? 2) && participleBeforeComplement(s, k))) {
      // "votre étude publiée dans Anesthesia & Analgesia": a participle of work may stand before the complement.
      if (!s.is(k, 'complementWords')) k++;
      let m = k + 1;
      // "round to take the app": after "to" an English verb is as likely as a noun; a name or a move's destination is sure.
      if (s.lang === 'en' && (tokens[k].lower === 'to' || tokens[k].lower === 'into') && !s.is(m, 'determiners') && !s.isName(m) && !s.isNoun(coreEnd, 'moveNouns')) break;
      // "your post on why adaptation gets funded first": the topic is what the clause is about.
      const wh = s.at(m, 'topicClauseWords');
      if (wh && s.isContent(m + wh)) {
        clause = [m, m + wh - 1];
        m += wh;
      }
      while (m < tokens.length && s.same(k, m) && s.is(m, 'determiners')) m++;
      end = OPEN_QUOTES.has(tokens[m]?.text) ? quoted(s, m) : contentRun(s, m, m);
      // "about running a four-day week": a gerund's object is the topic, read through its article.
      if (!clause && end === m) end = gerundObjectEnd(s, m) ?? end;
      // The clause's verb is not told from its subject by form ("how remote teams lose context"): its first two words.
      if (clause && end > m + 1) end = m + 1;
    } else if (s.lang === 'de' && (tokens[k].lower === 'der' || tokens[k].lower === 'des') && tokens[to].cap && s.isContent(k + 1)) {
      // German genitive: "am Rande der Hannover Messe", "die Website des Verbands".
      end = contentRun(s, k + 1, k + 1);
    } else if (s.lang === 'en' && n === (options.complements ?? 2) && participleModifier(s, k)) {
      // "your merged PR adding Arrow export to Polars": a participle that says what the thing does.
      let m = k + 1;
      while (m < tokens.length && s.same(k, m) && s.is(m, 'determiners')) m++;
      end = contentRun(s, m, m);
    } else break;
    const added = end - to - (skipped ? skipped[1] - skipped[0] + 1 : 0) - (clause ? clause[1] - clause[0] + 1 : 0);
    // "your talk at the hiring summit about giving juniors ownership": a place that names nothing gives way to the topic.
    const topic = s.is(k, 'topicWords');
    // "your benchmark of gRPC against Connect": in English "of" right after an artifact says what it is about
    // ("the Journal of the Institute" says which); "de" also says whose.
    tookTopic ||= topic && (!s.is(k, 'ofWords') || (s.lang === 'en' && k === coreEnd + 1));
    const dropped = topic ? place : undefined;
    if (end < 0 || words - (dropped?.words ?? 0) + added > MAX_PHRASE_WORDS) break;
    if (dropped) {
      gaps.push(dropped.gap);
      words -= dropped.words;
      place = undefined;
    }
    // "billet de blog", "étude de cas", "caso de estudio": "de" and a bare noun right after the head make a compound.
    const compound = !compounded && end === k + 1 && to === coreEnd && (s.lang === 'fr' || s.lang === 'es') && tokens[k].lower === 'de' && !s.is(k + 1, 'determiners') && !tokens[k + 1].cap;
    if (!topic && !compound && !s.namesBetween(k + 1, end)) place = { gap: [k, end], words: added };
    words += added;
    // "sur la migration vers Kotlin", "sobre el fin de las cookies": a topic of one common word says little
    // without its own complement; it may take one more.
    if (n === 1 && !extended && oneCommonWord(s, k, end)) {
      extended = true;
      n++;
    }
    // A compound is part of the head, not one of its complements.
    if (compound) {
      compounded = true;
      n++;
    }
    to = end;
    if (skipped) gaps.push(skipped);
    if (clause) gaps.push(clause);
  }
  if (words > MAX_PHRASE_WORDS) return undefined;
  // "your paper in the Journal of the Institute of Conservation on humidifying rolled maps": an artifact is
  // known by what it is about; a topic past the places it appeared in replaces them. A conversation is known
  // by where it was ("Gespräch am Stand der Deutschen Bahn").
  if (!tookTopic && s.isNoun(coreEnd, 'artifactNouns') && !s.isNoun(coreEnd, 'conversationNouns')) {
    const late = lateTopic(s, coreEnd, to, MAX_PHRASE_WORDS - (coreEnd - from + 1));
    if (late) return { from, to: late.to, head: coreEnd, gaps: [[coreEnd + 1, late.at - 1]] };
  }
  gaps.sort((a, b) => a[0] - b[0]);
  return gaps.length ? { from, to, head: coreEnd, gaps } : { from, to, head: coreEnd };
}

/** How far past a phrase's last complement its artifact's topic may open. */
const LATE_TOPIC_REACH = 8;

/**
 * Where a topic ("on", "sur", "sobre", "über") opens after the complements read up to `to`, with only the
 * place's own words between (prepositions, articles, names), and the last token of the topic's core: at most
 * `budget` words for both.
 */
function lateTopic(s: Scan, head: number, to: number, budget: number): { at: number; to: number } | undefined {
  const { tokens } = s;
  for (let k = to + 1; k <= to + LATE_TOPIC_REACH && k < tokens.length && s.same(head, k); k++) {
    if (s.is(k, 'topicWords') && !s.is(k, 'ofWords')) {
      let m = k + 1;
      while (m < tokens.length && s.same(k, m) && s.is(m, 'determiners')) m++;
      let end = contentRun(s, m, m);
      if (end === m) end = gerundObjectEnd(s, m) ?? end;
      return end >= m && end - k + 1 <= budget ? { at: k, to: end } : undefined;
    }
    const joiner = tokens[k].text === '&' || tokens[k].text === '-';
    if (!(joiner || s.is(k, 'complementWords') || s.is(k, 'determiners') || s.isContent(k))) return undefined;
  }
  return undefined;
}

/** The last token of the run of content words from `i`, or -1 when `i` opens none. */
function contentRun(s: Scan, i: number, first: number): number {
  const { tokens } = s;
  let j = i;
  while (j < tokens.length && s.same(first, j)) {
    const t = tokens[j];
    if (t.kind === 'field') return -1;
    if (t.kind === 'punct') {
      // "Bits & Pretzels", "Ops-Unfiltered": a joiner between two words of one name.
      if ((t.text === '&' || t.text === '-' || t.text === '+') && j > i && s.isContent(j + 1) && tokens[j + 1].cap) {
        j++;
        continue;
      }
      break;
    }
    // "Series A", "Serie B": a letter after a capitalised word is part of its name, not the article "a".
    const letterOfName = j > i && /^[A-Z]$/.test(t.text) && tokens[j - 1].cap;
    if (!s.isContent(j) && !letterOfName) break;
    // "At your open day in Venlo I noticed": the writer opens the clause after the phrase.
    if (j > i && s.is(j, 'firstPersonWords')) break;
    if (j > i && (s.is(j, 'phraseStops') || (s.lang === 'en' && t.lower.length > 4 && t.lower.endsWith('ly')))) break;
    // German capitalises nouns: after one, a lower-case word is the clause's verb ("an der TU Darmstadt studiert").
    if (s.lang === 'de' && j > i && !t.cap && tokens[j - 1].cap && /\p{L}/u.test(t.text[0])) break;
    // After a figure too ("in PostgreSQL 17 lese ich"), unless a noun follows it as its adjective ("die 58 neuen Züge").
    if (s.lang === 'de' && j > i && !t.cap && isDigitAt(tokens[j - 1].text) && /\p{L}/u.test(t.text[0]) && !(tokens[j + 1]?.cap && s.same(j, j + 1))) break;
    // "new SDRs taking five months": a participle with an object opens a clause ("rate limiting" does not).
    // After a singular noun it is a modifier ("a staff engineering job", "our pricing page"): read on.
    const before = tokens[j - 1];
    const subject = before && ((before.lower.endsWith('s') && !/(?:ss|is|us)$/.test(before.lower)) || before.cap);
    if (s.lang === 'en' && j > i && subject && t.lower.length > 5 && t.lower.endsWith('ing') && !t.cap && s.isContent(j + 1) && !s.is(j + 1, 'phraseStops') && s.same(j, j + 1)) break;
    // "across your three sites in one week suggests": after a time noun a present form is the clause's verb.
    if (s.lang === 'en' && j > i && !t.cap && t.lower.length > 3 && t.lower.endsWith('s') && s.isNoun(j - 1, 'timeNouns')) break;
    if (s.lang === 'en' && j > i && presentBeforeArticle(s, j)) break;
    // "canary releases changed how we ship": a past form after the first word is the clause's verb.
    if (s.lang === 'en' && j > i && t.lower.length > 4 && t.lower.endsWith('ed') && !t.cap) break;
    j++;
    // A possessive ends the phrase's head only when a noun follows it ("Figma's pricing").
    if (t.possessive && !s.isContent(j)) break;
    if (j - i >= MAX_PHRASE_WORDS) break;
  }
  return j > i ? j - 1 : -1;
}

const isDigitAt = (text: string) => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;

/**
 * "the waiting room lists a same-week crown": an English present form with an article after it is the clause's
 * verb, not the noun phrase's end; "12 hours a week", "three trucks a day" are counted nouns with their rate.
 */
function presentBeforeArticle(s: Scan, j: number): boolean {
  const t = s.tokens[j];
  if (t.cap || t.possessive || !/[^su]s$/.test(t.lower) || !s.same(j, j + 1)) return false;
  if (!s.is(j + 1, 'indefiniteArticles') && s.tokens[j + 1]?.lower !== 'the') return false;
  return !s.isNoun(j, 'timeNouns') && !isDigitAt(s.tokens[j - 1].text) && !s.is(j - 1, 'numberWords');
}

/** A past participle of work before a complement in French or Spanish ("publiée dans", "presentado en"). */
function participleBeforeComplement(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || (s.lang !== 'fr' && s.lang !== 'es') || !s.is(k + 1, 'complementWords') || !s.same(k, k + 1)) return false;
  return s.isParticipleOf(k, 'workParticiples');
}

/** An English participle in -ing right after a noun, with words after it ("PR adding zero-copy export"). */
function participleModifier(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  const next = k + 1 + (s.is(k + 1, 'determiners') ? 1 : 0);
  // "arguing that ...": a clause follows, whose subject the evidence reads as the topic.
  if (s.is(k + 1, 'readInThat')) return false;
  return !!t && t.kind === 'word' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !s.isFunction(k) && s.isContent(next) && s.same(k, next);
}

/** Whether a complement from `k` holds one content word, and that a common one ("la migration", "el fin"). */
function oneCommonWord(s: Scan, k: number, end: number): boolean {
  let content = -1;
  for (let j = k + 1; j <= end; j++) {
    if (!s.isContent(j) || s.is(j, 'determiners')) continue;
    if (content >= 0) return false;
    content = j;
  }
  return content >= 0 && s.isCommonAt(content) && !s.isName(content);
}

/** The last token of a gerund's object ("running a four-day week"), when token `k` is an English gerund with one. */
function gerundObjectEnd(s: Scan, k: number): number | undefined {
  if (!(s.lang === 'en' ? participleModifier(s, k) : infinitiveWithObject(s, k))) return undefined;
  let o = k + 1;
  while (o < s.tokens.length && s.same(k, o) && s.is(o, 'determiners')) o++;
  const object = contentRun(s, o, o);
  return object > 0 ? object : undefined;
}

/**
 * A French or Spanish infinitive after a preposition, with an article after it: "pour ouvrir le bureau de
 * Lyon", "para abrir la oficina": the phrase reads on to what it governs rather than ending on the verb.
 */
function infinitiveWithObject(s: Scan, k: number): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !s.is(k - 1, 'complementWords') || !s.is(k + 1, 'determiners') || !s.same(k, k + 1)) return false;
  return s.lang === 'fr' ? /(?:er|ir|re)$/.test(t.lower) : s.lang === 'es' && /(?:ar|er|ir)$/.test(t.lower);
}

/** After a comma at `k`, the opening quote of a title set off in apposition ("the one on", "la de", "celle sur"), or -1. */
function appositiveTitle(s: Scan, k: number): number {
  let m = k + 1;
  for (let n = 0; n < 3 && m < s.tokens.length && s.same(k, m) && !OPEN_QUOTES.has(s.tokens[m].text); n++, m++) {
    if (!(s.is(m, 'determiners') || s.is(m, 'complementWords') || s.tokens[m].lower === 'one')) return -1;
  }
  return OPEN_QUOTES.has(s.tokens[m]?.text) && quoted(s, m) > 0 ? m : -1;
}

/** The closing quote of a quoted title opening at `k`, within a few words, or -1. */
function quoted(s: Scan, k: number): number {
  for (let m = k + 1; m < s.tokens.length && m <= k + 8 && s.same(k, m); m++) {
    if (CLOSE_QUOTES.has(s.tokens[m].text)) return m > k + 1 ? m : -1;
    if (s.tokens[m].kind === 'field') return -1;
  }
  return -1;
}
