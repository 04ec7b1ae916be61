/**
 * Their news, their move and their company: "Read in Sifted that Lumio raised a €10M round",
 * "congrats on the Series B", "saw you moved to Datadog", "Initech's help center still points to v2".
 */
import type { Phrase, Scan } from './scan';
import { companyFact } from './company-facts';
import { companyMentionsIn, mentionAt, type Mention } from './company-mentions';
import { artifactTheyMade } from './made';
import { englishPast, modalOrFuture, namesSomething } from './phrase-checks';
import { learnedThatYou } from './learned-that';
import { namedNews } from './named-news';
import { isReaderWord, isYour } from './reader';
import { objectAfter, objectBetween } from './work';

/** How many words may stand between an outlet and the comma before its news: "el pasado lunes". */
const MAX_BEFORE_COMMA = 5;
/** How far an outlet may stretch before its "that": "in the Kellogg alumni magazine that". */
const MAX_OUTLET_WORDS = 7;

export function findNews(s: Scan, company: string | undefined): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.plain(i)) continue;
    const congrats = s.at(i, 'congrats');
    if (congrats) {
      // "Congrats on the Series B"; "congrats on all your success" names nothing.
      // "congratulations to you and the team on the Series B": what it is for may come after whom.
      // What it is for comes first when the sentence says it after whom ("to the Northwind team on crossing 1,000 customers");
      // after "congratulations on" it is already said, and a later "on" says when ("... passing on Tuesday").
      let p: Phrase | undefined;
      const saysFor = s.is(i + congrats - 1, 'congratsFor');
      for (let j = i + congrats + 1; !p && !saysFor && j <= i + congrats + 6 && s.same(i, j); j++) if (s.at(j, 'congrats') === 0 && s.is(j, 'congratsFor')) p = s.nounPhrase(j + 1);
      p ??= s.nounPhrase(i + congrats);
      // "congrats on Quay being bought by Teradyne": a name with a gerund after it is its news, told to the clause's end.
      // "Verdant Edge closing the £60M debt facility": the gerund may already end the name's run.
      const gerund = (k: number) => /\p{L}ing$/u.test(s.tokens[k]?.lower ?? '');
      if (p && s.lang === 'en' && s.isName(p.head) && gerund(p.to + 1) && s.same(p.to, p.to + 1)) p = { ...p, to: clauseEnd(s, p.to + 1) };
      else if (p && s.lang === 'en' && p.to === p.head && p.head > p.from && gerund(p.head) && s.isName(p.head - 1)) p = { ...p, to: clauseEnd(s, p.head) };
      // "Congratulations on your new role!": LinkedIn's prompt names nothing; "on the new role at Datadog" does.
      // "Congratulations on a fantastic season!": any season, unless it names which.
      const any = p && s.is(p.from - 1, 'indefiniteArticles') && !namesSomething(s, p);
      // "votre anniversaire professionnel", "tu aniversario laboral": French and Spanish put the adjective after the noun.
      const praised = p && (s.isNoun(p.head, 'praiseNouns') || s.isNoun(p.from, 'praiseNouns'));
      if (p && !any && !praised && !(s.isNoun(p.head, 'genericNouns') && !namesSomething(s, p))) s.add('news', i, p);
    }
    // "zu Ihrer Ernennung zum Werksleiter gratuliere ich": German may put the verb of congratulation last.
    if (!congrats && s.c.lex.congratsVerbs && s.is(i, 'congratsFor') && !s.is(i - 1, 'congratsVerbs') && congratulatedLater(s, i)) {
      const p = s.nounPhrase(i + 1);
      if (p && !s.isNoun(p.head, 'praiseNouns')) s.add('news', i, p);
    }
    const saw = s.at(i, 'sawCues');
    // "gesehen, dass ihr ... aufmacht", "in der Main-Post stand, dass Sie ...": German sets the clause off with a comma.
    if (s.lang === 'de' && s.is(i, 'readInThat') && tokens[i - 1]?.text === ',') learnedThatYou(s, i, i + 1, company);
    if (saw) sawNews(s, i, i + saw);
    const read = s.at(i, 'readIn');
    if (read) readIn(s, i, i + read);
    const according = s.at(i, 'accordingTo');
    // "Según publicaba Expansión el martes": a verb may stand between the cue and the outlet.
    const outlet = according && !tokens[i + according]?.cap && s.isName(i + according + 1) ? i + according + 1 : i + according;
    // "Laut einer ZDH-Umfrage verbringen Betriebsinhaber ...", "according to the DfE's latest workload survey, teachers ...":
    // a source cited for the trade says nothing of them; their news names them in its sentence.
    if (according && (s.isName(outlet) || (s.isContent(outlet) && !s.isCommonAt(outlet))) && namesThem(s, i, company)) {
      // "Según publicaba Expansión el martes, Grupo Ibérico ha cerrado...": when it ran stands before the comma that opens the news.
      let from = outlet + 1;
      for (let j = from; j <= outlet + MAX_BEFORE_COMMA && s.same(outlet, j); j++) if (tokens[j].text === ',') {
        from = j + 1;
        break;
      }
      const clause = newsClause(s, from);
      s.add('news', i, clause, { where: tokens[outlet].text, to: outlet });
    }
    if (s.isNoun(i, 'newsNouns') && !insideName(s, i)) namedNews(s, i);
    const now = s.at(i, 'nowCues');
    if (now && !s.isQuestion(i)) {
      let k = i + now;
      if (s.lang === 'en' && /ing$/.test(tokens[k]?.lower ?? '')) k++;
      // "You now have access to our library": what every reader has or can do is no new role.
      if (!s.is(k, 'everyoneVerbs') && !modalOrFuture(s, k)) s.add('move', i, s.nounPhrase(k), { to: k - 1 });
    }
    // "your team just launched", "votre entreprise vient de lever", "Ihr Team hat ... eröffnet": their news, said with "your".
    // "votre clinique ouvre un deuxième point de service à Lévis": any place or group of theirs, too.
    if (isYour(s, i) && s.isContent(i + 1) && !s.isNoun(i + 1, 'artifactNouns')) {
      const k = newsVerbAfter(s, subjectEnd(s, i + 1) + 1);
      // "the case study your team published": a relative clause on an artifact, their work rather than news.
      if (k > 0 && artifactTheyMade(s, i, k)) continue;
      // "Votre équipe a repensé la logistique du site de Lyon", "your team rebuilt the returns flow": their work.
      const w = k > 0 ? -1 : verbAfter(s, i + 2, (j) => s.is(j, 'workVerbs') || s.isParticipleOf(j, 'workParticiples'));
      const v = k > 0 ? k : w;
      const object = v > 0 ? (s.lang === 'de' ? objectBetween(s, i + 2, v) : objectOf(s, v)) : undefined;
      // "after your discharge-call program went live": with no object that names something, the news is their thing.
      const theirs = k > i + 2 && (!object || !s.namesBetween(object.from, object.to)) && s.namesBetween(i + 1, k - 1) ? { from: i + 1, to: k - 1, head: k - 1 } : undefined;
      if (k > 0) s.add('news', i, theirs ?? object, { head: tokens[k].text, to: k });
      else if (w > 0 && object && s.namesBetween(w + 1, object.to)) s.add('work', i, object, { head: tokens[w].text, to: w });
    }
  }
  for (const m of companyMentionsIn(s, company)) companyEvidence(s, m);
}

/**
 * "Saw that Initech just opened a Lisbon office", "saw you moved to Datadog": a name or "you" and a news or
 * move verb right after what the writer saw.
 */
function sawNews(s: Scan, i: number, k: number): void {
  if (s.is(k, 'readInThat')) k++;
  let who = k;
  while (who < k + 4 && s.isName(who)) who++;
  const named = who > k;
  if (!named && s.is(k, 'determiners') && !s.is(k, 'indefiniteArticles')) return void sawThingNews(s, i, k);
  if (!named && !(s.is(k, 'youWords') || s.tokens[k]?.lower.startsWith("you'"))) return;
  let v = named ? who : k + 1;
  while (v < who + 4 && v < s.tokens.length && s.same(k, v) && (s.isFunction(v) || /ly$|^(?:just|now)$/.test(s.tokens[v].lower)) && !s.is(v, 'newsVerbs') && !s.is(v, 'moveVerbs')) v++;
  if (!s.same(k, v) || s.isQuestion(v)) return;
  if (s.is(v, 'moveVerbs') && (s.is(v + 1, 'complementWords') || s.isName(v + 1))) {
    s.add('move', i, objectAfter(s, v), { head: s.tokens[v].text, to: v });
  } else if (s.is(v, 'newsVerbs') && named) {
    s.add('news', i, objectOf(s, v), { head: s.tokens[v].text, who: s.text(k, who - 1), to: v });
  } else if (!named) {
    sawYouDo(s, i, k, v);
  }
}

/**
 * "I noticed you've taken the kettles out of the rooms", "noticed you'd put in a hearing loop": the writer saw
 * a change of theirs, an English perfect (you've, you'd, you have) by any verb with a thing as its object (an
 * article opens it, a particle may stand before it). Not what they did to ours or to their own profile ("you've
 * viewed my profile", "you've updated your profile": a first person or a generic noun), nor a progressive.
 */
function sawYouDo(s: Scan, i: number, you: number, v: number): void {
  const t = s.tokens[you]?.lower ?? '';
  const perfect = t === "you've" || t === "you'd" || (t === 'you' && (s.tokens[you + 1]?.lower === 'have' || s.tokens[you + 1]?.lower === 'had'));
  if (s.lang !== 'en' || !perfect || !(englishPast(s, v) || s.is(v, 'irregularParticiples'))) return;
  const particle = s.is(v + 1, 'complementWords') || s.tokens[v + 1]?.lower === 'out' || s.tokens[v + 1]?.lower === 'up' ? 1 : 0;
  const article = v + 1 + particle;
  if (!s.is(article, 'determiners') || s.is(article, 'yourWords') || s.is(article, 'ourWords') || s.is(article, 'myWords') || !s.same(v, article)) return;
  const object = s.nounPhrase(article);
  if (!object || s.isNoun(object.head, 'genericNouns') || s.is(object.from, 'platformWords')) return;
  s.add('work', i, object, { head: s.tokens[v].text, to: v });
}

/** How many words the thing seen may have: "the new chilled range". */
const MAX_SEEN_WORDS = 4;

/**
 * "Saw the new chilled range landed in Tesco last week": one particular thing (after "the", not "a") and a
 * news verb, in a clause that names where or what. Not a trend ("saw the market moved", "saw the industry
 * is changing": generic nouns) nor a clause that names nothing.
 */
function sawThingNews(s: Scan, i: number, k: number): void {
  let v = k + 1;
  while (v <= k + MAX_SEEN_WORDS && s.same(k, v) && s.isContent(v) && !s.is(v, 'newsVerbs')) v++;
  if (v === k + 1 || !s.is(v, 'newsVerbs') || s.isQuestion(v) || s.isNoun(v - 1, 'genericNouns') || s.is(k, 'ourWords')) return;
  const object = objectOf(s, v);
  const clause = object ?? s.nounPhrase(v + 1) ?? s.nounPhrase(v + 2);
  let names = false;
  for (let j = v + 1; j <= v + 8 && s.same(v, j) && !names; j++) names = s.isName(j) || /\d/.test(s.tokens[j].text);
  if (names) s.add('news', i, { from: k + 1, to: v - 1, head: v - 1 }, { head: s.tokens[v].text, to: clause?.to ?? v });
}

/**
 * The news verb a subject ends at `k` leads to: past auxiliaries and adverbs ("just", "vient de", "acaba de",
 * "hat gerade") may stand between, and German puts the participle at the end of the clause.
 */
/** How many words a thing of theirs may have before its verb: "your discharge-call program went live". */
const MAX_SUBJECT_WORDS = 3;

/** The last word of the plain words from `from` that name a thing of theirs before its verb (English and Romance only). */
function subjectEnd(s: Scan, from: number): number {
  let end = from;
  while (s.lang !== 'de' && end < from + MAX_SUBJECT_WORDS - 1 && s.same(from, end + 1) && s.isContent(end + 1) && s.plain(end + 1)) end++;
  return end;
}

function newsVerbAfter(s: Scan, k: number): number {
  return verbAfter(s, k, (j) => s.is(j, 'newsVerbs') && !bareProgressive(s, j));
}

/** "keeps your trucks moving": an English -ing form with no "is" or "are" before it is no news under way. */
function bareProgressive(s: Scan, j: number): boolean {
  return s.lang === 'en' && s.tokens[j].lower.endsWith('ing') && !s.is(j - 1, 'newsAux');
}

function verbAfter(s: Scan, k: number, isVerb: (j: number) => boolean): number {
  const limit = k + (s.lang === 'de' ? 10 : 4);
  for (let j = k; j < s.tokens.length && j <= limit && s.same(k, j); j++) {
    if (isVerb(j)) return j;
    if (s.lang === 'de' ? s.tokens[j].kind === 'punct' : !(s.isFunction(j) || s.is(j, 'newsAux') || s.is(j, 'phraseStops'))) return -1;
  }
  return -1;
}

/** "Read in Sifted that ...", "J'ai vu dans Maddyness que ...", "I saw in the Kellogg alumni magazine that ...". */
function readIn(s: Scan, i: number, from: number): void {
  const { tokens } = s;
  for (let k = from; k < tokens.length && k <= from + MAX_OUTLET_WORDS && s.same(i, k); k++) {
    const that = s.is(k, 'readInThat');
    // "Vi en Expansión que...": a capitalised news noun there is the outlet's name.
    if (!that && (!s.isNoun(k, 'newsNouns') || insideName(s, k))) continue;
    let where: string | undefined;
    for (let j = from; j < k; j++) if (s.isName(j)) where ??= tokens[j].text;
    // "read in the news that AI..." names no outlet; "read about the acquisition" needs none.
    if (!where && that && k > from) return;
    s.add('news', i, newsClause(s, that ? k + 1 : k), { where, to: k - 1 });
    return;
  }
}

/** What the news is: the object of its first news verb ("a €10M round"), else the noun phrase at `k`. */
function newsClause(s: Scan, k: number): Phrase | undefined {
  // The verb first: in "Meridian Seed closed its $60M fund" the news is the fund, "Seed" only part of a name.
  for (let j = k; j < s.tokens.length && j <= k + 8 && s.same(k, j); j++) {
    const now = s.at(j, 'nowCues');
    if (now) return s.nounPhrase(j + now + (s.lang === 'en' && /ing$/.test(s.tokens[j + now]?.lower ?? '') ? 1 : 0));
    if (s.is(j, 'newsVerbs')) return objectOf(s, j) ?? s.nounPhrase(k);
  }
  for (let j = k; j < s.tokens.length && j <= k + 8 && s.same(k, j); j++) {
    if (s.isNoun(j, 'newsNouns') && !insideName(s, j)) return s.nounPhrase(j > k && s.isContent(j - 1) ? j - 1 : j);
  }
  // "Vi en El Financiero que cerraron su segundo fondo": Spanish drops the subject, and a clause that opens on a
  // lower-case word other than an article opens on its verb; the news is what the verb governs.
  const t = s.tokens[k];
  if (s.lang === 'es' && t?.kind === 'word' && !t.cap && !s.is(k, 'determiners') && !s.isFunction(k)) return objectOf(s, k) ?? s.nounPhrase(k);
  return s.nounPhrase(k);
}

/**
 * A capitalised news noun inside a sentence, where the language does not capitalise nouns, is a name: "Meridian
 * Seed", the newspaper "Expansión"; not "Series B" or "Serie A", whose letter or figure follows.
 */
function insideName(s: Scan, j: number): boolean {
  if (s.lang === 'de' || !s.tokens[j].cap || !s.same(j - 1, j)) return false;
  return !/^(?:[A-Z]|\d+)$/.test(s.tokens[j + 1]?.text ?? '');
}

/**
 * The object of a news verb: the first noun phrase after it that an article opens ("a €10M round",
 * "ein Büro in Lyon": not the company between), else the first that no preposition governs.
 */
export function objectOf(s: Scan, k: number): Phrase | undefined {
  // "posted 14 night-nurse roles": a figure right after the verb opens its object.
  if (/^\d/.test(s.tokens[k + 1]?.text ?? '') && s.same(k, k + 1)) {
    const counted = s.nounPhrase(k + 1);
    if (counted) return counted;
  }
  for (const withArticle of [true, false]) {
    for (let m = k + 1; m < s.tokens.length && m <= k + 6 && s.same(k, m); m++) {
      // "cut empty miles by a fifth": a phrase a preposition governs is no object.
      if ((s.is(m - 1, 'complementWords') || (s.isFunction(m - 1) && !s.is(m - 1, 'determiners'))) && m - 1 > k) continue;
      // "this month", "last week": when, not what.
      if (s.at(m, 'timeAdverbials')) continue;
      if (withArticle && !s.is(m, 'determiners')) continue;
      const p = s.nounPhrase(m);
      // "abrirá el año próximo una nueva planta en Vigo": when, not what.
      if (p && !s.isNoun(p.head, 'timeNouns') && !s.isNoun(p.from, 'timeNouns')) return p;
    }
  }
  return undefined;
}

/** Their company with something particular about it: its news, or a thing of its that is not generic praise. */
function companyEvidence(s: Scan, m: Mention): void {
  const { tokens } = s;
  const who = m.text;
  // "We help hospitals like Acme cut agency spend": a company of the kind, not theirs in particular.
  if (s.is(m.from - 1, 'likeWords') || (tokens[m.from - 1]?.lower === 'as' && tokens[m.from - 2]?.lower === 'such')) return;
  // "a friend who works at St Aldhelm's told me": after "at" the possessive is the place itself.
  if (m.possessive && !s.is(m.from - 1, 'atWords')) {
    const p = s.nounPhrase(m.to + 1);
    if (p && !s.isNoun(p.head, 'genericNouns') && !s.isNoun(p.from, 'genericNouns')) {
      const phrase = s.text(m.from, p.to);
      s.add(s.isNoun(p.head, 'newsNouns') ? 'news' : 'company', m.from, p, { who, phrase, where: who });
      return;
    }
  }
  // "Lumio raised", "Bocal & Co s'installe", "Brújula abre oficina"; German puts the verb first ("eröffnet Tafelrunde").
  const k = newsVerbAfter(s, m.to + 1);
  // A German subordinate clause puts the verb last: "dass Globex ein neues Werk in Leipzig eröffnet".
  // "dass die Stadtwerke Ulm ... eröffnen": an article may stand before the name.
  const that = s.is(m.from - 1, 'determiners') ? m.from - 2 : m.from - 1;
  if (s.lang === 'de' && s.is(that, 'readInThat')) {
    for (let j = m.to + 1; j <= m.to + 10 && j < tokens.length && s.same(m.from, j) && tokens[j].kind !== 'punct'; j++) {
      if (s.is(j, 'newsVerbs')) {
        s.add('news', that, objectBetween(s, m.to + 1, j), { who, head: tokens[j].text, to: j });
        return;
      }
    }
  }
  const verb = k > 0 ? k : s.lang === 'de' && s.is(m.from - 1, 'newsVerbs') ? m.from - 1 : -1;
  // "What would it mean for Acme to cut fuel costs?": an infinitive says what could happen, not what did.
  if (verb >= 0 && !(s.lang === 'en' && tokens[verb - 1]?.lower === 'to')) {
    s.add('news', Math.min(verb, m.from), objectOf(s, Math.max(verb, m.to)), { who, head: tokens[verb].text, to: Math.max(verb, m.to) });
    return;
  }
  // "le rachat de Thermeo par Méridia", "la nueva oficina de Brújula": a news noun just before the name.
  for (let j = m.from - 1; j >= m.from - 5 && j >= 0 && s.same(j, m.from); j--) {
    // "the results you want at Globex": a clause between them, with its own subject, parts the noun from the name.
    if (s.is(j, 'youWords') || s.is(j, 'weWords') || s.is(j, 'firstPersonWords')) break;
    if (s.isNoun(j, 'newsNouns')) {
      s.add('news', j, { from: j, to: m.to, head: j }, { who });
      return;
    }
  }
  // "the Acme checkout still asks for a phone number", "the new Kitebox site in Tilbury": their company naming one of its things.
  // "the bakery life": a kind before a noun is a modifier, not their company.
  if (s.lang === 'en' && !m.byKind && s.is(determinerBefore(s, m.from), 'determiners') && !m.possessive && s.isContent(m.to + 1)) {
    const p = s.nounPhrase(m.to + 1, { complements: 1 });
    if (p && !s.isNoun(p.head, 'genericNouns') && !s.isNoun(p.from, 'genericNouns') && !s.isNoun(p.head, 'userNouns') && !s.isName(p.from)) {
      s.add('company', m.from, p, { who, phrase: s.text(m.from, p.to), where: who });
      return;
    }
  }
  if (companyFact(s, m)) return;
  // "a longtime Acme user", "customer of Acme", "Kundin von Globex": someone who uses what they make.
  if (s.isNoun(m.to + 1, 'userNouns') || (s.is(m.from - 1, 'ofWords') && s.isNoun(m.from - 2, 'userNouns'))) {
    const from = s.isNoun(m.to + 1, 'userNouns') ? m.from : m.from - 2;
    s.add('company', from, { from, to: Math.max(m.to + 1, m.to), head: from === m.from ? m.to + 1 : from }, { who, to: s.isNoun(m.to + 1, 'userNouns') ? m.to + 1 : m.to });
    return;
  }
  // "le design system de Studio Gaufre", "el modelo de Cestalia": a thing of theirs named by "de"/"der".
  const of = m.from - 1;
  if (s.lang !== 'en' && s.is(of, 'ofWords') && s.isContent(of - 1) && !s.isNoun(of - 1, 'genericNouns') && !s.isName(of - 1)) {
    for (let j = of - 1; j >= of - 3 && j >= 0 && s.same(j, of); j--) {
      if (s.is(j, 'determiners')) {
        s.add('company', j + 1, { from: j + 1, to: m.to, head: of - 1 }, { who });
        return;
      }
      if (!s.isContent(j)) return;
    }
  }
}

/** How far back "the" may stand before a name it belongs to: "the new Acme site", "the two Acme plants". */
const MAX_MODIFIERS = 2;

/** The word before the name and the plain modifiers between them ("the new Kitebox"), where a determiner would stand. */
function determinerBefore(s: Scan, from: number): number {
  let j = from - 1;
  for (let n = 0; n < MAX_MODIFIERS && j >= 0 && s.same(j, from) && s.isContent(j) && !s.tokens[j].cap && s.isCommonAt(j); n++) j--;
  return j;
}

/** How far a verb-last congratulation may stand from its "zu": "zu Ihrer Ernennung zum Werksleiter bei X in Gotha gratuliere". */
const MAX_CONGRATS_DISTANCE = 14;

/** How many words a gerund clause after a congratulated name may run: "being bought by Teradyne". */
const MAX_GERUND_CLAUSE = 6;

const CURRENCY = new Set(['£', '$', '€', '¥']);

function clauseEnd(s: Scan, from: number): number {
  let to = from;
  // "closing the £60M debt facility": a currency sign is part of its figure.
  while (to + 1 <= from + MAX_GERUND_CLAUSE && s.same(from, to + 1) && (s.tokens[to + 1].kind === 'word' || (CURRENCY.has(s.tokens[to + 1].text) && s.tokens[to + 2]?.kind === 'word'))) to++;
  return to;
}

function congratulatedLater(s: Scan, i: number): boolean {
  for (let j = i + 2; j <= i + MAX_CONGRATS_DISTANCE && j < s.tokens.length && s.same(i, j); j++) if (s.is(j, 'congratsVerbs')) return true;
  return false;
}

const CLAUSE_MARKS = new Set([':', ';', '–', '—']);
/** How far from the source they are looked for, each way: a run-on sentence of sources stays linear. */
const THEM_REACH = 40;

/**
 * Whether the sentence of token `i`, from the clause it stands in, speaks of them: "you", "your" or their company, by any of its mentions or by
 * the first word of its name capitalised, though that be a common word ("laut t3n eröffnet Tafelrunde ...").
 */
function namesThem(s: Scan, i: number, company: string | undefined): boolean {
  const first = company?.trim().split(/\s+/)[0].toLowerCase();
  // From the clause the source opens: "damit sind Sie nicht allein: Bundesweit bleiben laut Bundesagentur ..." cites it for the trade.
  let start = i;
  while (start > 0 && start > i - THEM_REACH && s.same(start - 1, i) && !CLAUSE_MARKS.has(s.tokens[start - 1].text)) start--;
  for (let j = start; j < s.tokens.length && j <= i + THEM_REACH && s.same(i, j); j++) {
    if (isReaderWord(s, j) || mentionAt(s, company, j) !== undefined || (s.tokens[j].cap && s.tokens[j].lower === first)) return true;
  }
  return false;
}
