/**
 * What the writer and the reader share: a conversation ("our chat at KubeCon"), a mutual contact by name
 * ("Priya Shah suggested I write"), a background ("fellow Wharton alum", "we both worked at Deloitte").
 */
import type { Scan } from './scan';
import { companyMentionsIn, inMention } from './company-mentions';
import { datedTalk, findTalk, toOthers, wished, WISH_REACH } from './talk';
import { sideBySide } from './together';
import { visitedTheirPlace } from './first-hand';
import { hostedTheWriter } from './hosted';
import { audienceEvent, isYour } from './reader';
import { possessed } from './work';
import { isPersonWord, nameAfter, nameBefore, objectNear, whereTheyAreFrom } from './contact-names';

/** A person's name is a few words at most; bounded, so a run of capitals costs each cue a few steps. */
const MAX_NAME_WORDS = 4;
/** How far after a mutual cue the name may stand. */
const MAX_NAME_DISTANCE = 7;
/** How far after a contact's verb what they said may name their company: "mentioned that Wrexley Hall". */
const MAX_TO_COMPANY = 4;
/** How far after "thanks for" the conversation may stand: "thanks for the time on Tuesday's call". */
const MAX_TO_CONVERSATION = 5;

export function findPeople(s: Scan, company?: string): void {
  const { tokens } = s;
  const companyAt = (i: number) => inMention(s, company, i);
  // "Henrietta Vance mentioned that Wrexley Hall might be looking for help": what a contact said of their company.
  const companyAfter = (i: number) => companyMentionsIn(s, company).some((m) => m.from > i && m.from <= i + MAX_TO_COMPANY && s.same(i, m.from) && !s.is(m.from - 1, 'likeWords'));
  // A meeting counts when the body also says what the reader said; found first, used below.
  let citesThem = false;
  let booth = false;
  for (let i = 0; i < tokens.length; i++) {
    if (isYour(s, i) && possessed(s, i)?.what === 'content') citesThem = true;
    // Our booth, not theirs: "am Stand von Globex" is where they were. A webinar had an audience, unless it was theirs.
    if (s.is(i, 'boothWords') && (s.is(i - 1, 'ourWords') || s.is(i - 2, 'ourWords'))) booth = true;
    if (audienceEvent(s, i)) booth = true;
  }

  for (let i = 0; i < tokens.length; i++) {
    if (s.plain(i)) continue;
    const cue = s.at(i, 'conversationCues');
    // "we talked to 40 CFOs": the writer talking to others is no conversation with the reader.
    // "me encantaría hablar contigo": a talk wished for has not happened.
    const wish = cue && s.is(i, 'talkWithoutTense') && wished(s, i);
    // "Thanks for stopping by our booth. As promised, our brochure", "un plaisir d'échanger avec vous" after a visit to
    // our stand: what was said or promised at our booth was said to every visitor.
    const atOurBooth = booth && !citesThem;
    if (cue && !wish && !toOthers(s, i + cue - 1) && !atOurBooth) s.add('conversation', i, eventAfter(s, i + cue), { to: i + cue - 1, head: s.text(i, i + cue - 1) });
    else if (!cue && !atOurBooth) findTalk(s, i, (k) => eventAfter(s, k));
    datedTalk(s, i);
    sideBySide(s, i, (k) => eventAfter(s, k));
    visitedTheirPlace(s, i, company);
    const thanks = s.at(i, 'thanksFor');
    // "vielen Dank für Ihren Besuch an unserem Stand": thanks for stopping at our booth go to every visitor.
    if (thanks && (!booth || citesThem) && !thankedConversation(s, i, i + thanks)) {
      givenTime(s, i, i + thanks);
      hostedTheWriter(s, i, i + thanks);
    }
    if (s.is(i, 'ourWords')) {
      for (let j = i + 1; j <= i + 3 && s.same(i, j) && s.isContent(j); j++) {
        if (!s.isNoun(j, 'conversationNouns')) continue;
        // "Our clients call it...": after a plural noun the word is the clause's verb.
        if (j > i + 1 && /[^su]s$/.test(s.tokens[j - 1].lower) && s.lang === 'en') break;
        const p = s.nounPhrase(i + 1, { skipDeterminers: false });
        s.add('conversation', i, p && p.to >= j ? p : { from: i + 1, to: j, head: j }, { head: tokens[j].text });
        break;
      }
    }
    // A meeting at a named event counts; at "our booth" it is a trade-show mass mail unless it names a topic.
    const meeting = s.at(i, 'meetingCues');
    // "Would love to meet at the Leeds expo": a meeting in the infinitive after a wish is one still to come.
    const wishedFor = meeting > 0 && s.lang === 'en' && s.tokens[i].lower === 'to' && wished(s, i);
    if (meeting && !s.isQuestion(i) && !meetingToCome(s, i) && !wishedFor) {
      // German puts the event before the verb: "auf der Hannover Messe kennengelernt".
      const event = eventAfter(s, i + meeting) ?? eventBefore(s, i);
      if (citesThem || topicInSentence(s, i) || (event && !booth)) s.add('conversation', i, event, { to: i + meeting - 1, head: s.text(i, i + meeting - 1) });
    }
    if (s.is(i, 'mutualVerbs') && (objectNear(s, i) || companyAfter(i))) {
      const name = nameBefore(s, i) ?? nameAfter(s, i);
      // "I noticed Northwind is growing and thought you...": their own company is no mutual contact.
      if (name && !companyAt(name.from)) s.add('mutual', name.from, undefined, { phrase: s.text(name.from, name.to), who: s.text(name.from, name.to), head: tokens[i].text, to: i });
    }
    // "our mutual friend Priya Shah", "on Priya's recommendation".
    const cueLength = s.at(i, 'mutualCues');
    if (cueLength) {
      // The name follows within a few words: "your name came up when I spoke with Sarah Kim".
      for (let from = i + cueLength; from <= i + cueLength + MAX_NAME_DISTANCE && s.same(i, from); from++) {
        // "a former colleague of yours at St Luke's": where the contact is from, and the contact unnamed.
        if (whereTheyAreFrom(s, from) && isPersonWord(s, from)) break;
        if (!isPersonWord(s, from) || (from > i + cueLength && !s.isName(from))) continue;
        let to = from;
        while (to < from + MAX_NAME_WORDS - 1 && isPersonWord(s, to + 1)) to++;
        s.add('mutual', i, undefined, { phrase: s.text(from, to), who: s.text(from, to), head: s.text(i, i + cueLength - 1), to });
        break;
      }
    }
    if (s.isNoun(i, 'mutualNouns') && i > 0 && s.tokens[i - 1].possessive && isPersonWord(s, i - 1)) {
      let from = i - 1;
      while (from > i - MAX_NAME_WORDS && from > 0 && isPersonWord(s, from - 1) && s.same(from - 1, i)) from--;
      s.add('mutual', from, undefined, { phrase: s.text(from, i - 1), who: s.text(from, i - 1), head: s.tokens[i].text, to: i });
    }
    if (s.isNoun(i, 'mutualNouns') && s.is(i + 1, 'ofWords')) {
      const from = i + 2 + (s.isHonorific(i + 2) ? 1 : 0);
      if (s.isName(from)) {
        let to = from;
        while (to < from + MAX_NAME_WORDS - 1 && s.isName(to + 1)) to++;
        s.add('mutual', i, undefined, { phrase: s.text(from, to), who: s.text(from, to), head: tokens[i].text, to });
      }
    }
    // Shared background names the school, employer or programme, after the cue or before it ("the same YC batch").
    const shared = s.at(i, 'sharedCues') || both(s, i);
    // "a former colleague of yours at St Anne's told me": someone's colleague, not the writer's background
    // (French and Spanish say whose alumnus with "de": "ancien de l'ESSEC").
    if (shared && !(s.lang === 'en' && s.is(i + shared, 'ofWords'))) {
      const place = eventAfter(s, i + shared) ?? eventBefore(s, i);
      if (place && s.whereIn({ ...place, head: -1 }) && !whereBothAreNow(s, i, place)) s.add('shared-background', i, place, { head: s.text(i, i + shared - 1) });
    }
    if (s.is(i, 'sameWords')) sameAsYou(s, i);
    if (s.is(i, 'fellowWords')) fellow(s, i);
    if (s.is(i, 'alsoWords')) alsoShared(s, i);
    const like = s.at(i, 'likeYou');
    if (like) likeYouShared(s, i, like);
  }
}

/**
 * "Ich würde mich freuen, Tierärztinnen aus Niedersachsen dort kennenzulernen", "die Energiepreise treffen
 * Metzgereien hart": a German infinitive of meeting is one wished for, or no meeting of the two at all, unless
 * the reader or the writer is its object and no wish ("es war schön, dich beim Pflegetag kennenzulernen").
 */
function meetingToCome(s: Scan, i: number): boolean {
  const cue = s.tokens[i].lower;
  if (s.lang !== 'de' || !(cue.includes('zu') || cue === 'treffen')) return false;
  if (wished(s, i)) return true;
  // "dich", "Sie", "uns": one of the two met the other.
  return !s.nearby(i, WISH_REACH, (j) => s.is(j, 'mutualObjects'));
}

/**
 * "we're both based in Manchester", "wir sind beide in der Logistikbranche in Norddeutschland unterwegs", "ambos
 * trabajamos en el sector logístico en Andalucía": the trade or the region both are in now is what any profile
 * shows, no background they share; a school, an employer or a programme is ("we both studied at the ESSEC").
 */
function whereBothAreNow(s: Scan, cue: number, place: { from: number; to: number }): boolean {
  for (let j = Math.min(cue, place.from); j <= place.to; j++) if (s.isNoun(j, 'fieldNouns')) return true;
  for (let j = place.from - 1; j >= place.from - MAX_TO_BASED && j >= 0 && s.same(j, place.from); j--) if (s.is(j, 'basedWords')) return true;
  return false;
}

/** How far before the place "based" may stand: "based in the North East". */
const MAX_TO_BASED = 3;

/** How many words "same" and "as you" may hold between them: "the same Chevening cohort as you". */
const MAX_SAME_WORDS = 4;

/**
 * "the same Chevening cohort as you", "dans la même promo HEC que vous", "im selben Jahrgang der TU Graz wie
 * Sie": what is the same for both, when it has a name.
 */
function sameAsYou(s: Scan, i: number): void {
  for (let j = i + 1; j <= i + 1 + MAX_SAME_WORDS && j < s.tokens.length && s.same(i, j); j++) {
    if (!s.at(j, 'asYou')) {
      if (s.tokens[j].kind !== 'word') return;
      continue;
    }
    if (j === i + 1) return;
    const place = { from: i + 1, to: j - 1, head: j - 1 };
    const where = s.whereIn({ ...place, head: -1 });
    if (where) s.add('shared-background', i, place, { head: s.tokens[i].text, where, to: j + s.at(j, 'asYou') - 1 });
    return;
  }
}

/** How far from "like you" its background may stand: "antiguo alumno del IE Business School, igual que usted". */
const LIKE_REACH = 12;

/**
 * "a graduate of IE Business School, like you", "Le escribo como antiguo alumno del IE, igual que usted": an
 * alum noun or a background verb in reach of "like you", with a name, is background shared with the reader.
 * German "wie Sie" is the reader only capitalised.
 */
function likeYouShared(s: Scan, i: number, length: number): void {
  const you = i + length - 1;
  if (s.lang === 'de' && !s.tokens[you].cap) return;
  let background = -1;
  let words = 0;
  for (let j = Math.max(0, i - LIKE_REACH); j <= i + LIKE_REACH + length && j < s.tokens.length && background < 0; j++) {
    words = s.same(i, j) ? s.at(j, 'backgroundVerbs') || s.at(j, 'alumNouns') || (s.isNoun(j, 'alumNouns') ? 1 : 0) : 0;
    if (words) background = j;
  }
  if (background < 0) return;
  const place = eventAfter(s, background + words) ?? eventBefore(s, i);
  const where = place && s.whereIn({ ...place, head: -1 });
  if (place && where) s.add('shared-background', Math.min(background, i), place, { head: s.text(i, you), where, to: Math.max(you, place.to) });
}

/** How far the writer, the verb and the name may stand from "also": "I also did the Y Combinator W21 batch". */
const ALSO_REACH = 4;

/**
 * "I also did the YC W21 batch", "I grew up in Tromsø too", "yo también estudié en Deusto": the writer,
 * "also" and a background verb or alum noun, with a name in reach, is background shared with the reader.
 */
function alsoShared(s: Scan, i: number): void {
  let writer = false;
  let verb = false;
  for (let j = i - ALSO_REACH; j <= i + ALSO_REACH; j++) {
    if (j < 0 || j === i || !s.same(i, j)) continue;
    if (s.is(j, 'firstPersonWords')) writer = true;
    if (s.at(j, 'backgroundVerbs') || s.isNoun(j, 'alumNouns')) verb = true;
  }
  // Spanish says "I" with the verb: "también estudié".
  if (!verb || !(writer || (s.lang === 'es' && s.at(i + 1, 'backgroundVerbs')))) return;
  const place = eventAfter(s, i + 1) ?? eventBefore(s, i);
  const where = place && s.whereIn({ ...place, head: -1 });
  if (place && where) s.add('shared-background', i, place, { head: s.tokens[i].text, where });
}

/**
 * "fellow Wharton alum", "another Bocconi alum", "fellow Rustacean", "fellow ex-Googler": a school,
 * employer or community by name; "fellow engineers" and "fellow graduates" name none.
 */
function fellow(s: Scan, i: number): void {
  // "a fellow member of the Rands Leadership Slack": the community is named after "of".
  if (s.isNoun(i + 1, 'alumNouns') && s.is(i + 2, 'ofWords')) {
    const place = eventAfter(s, i + 3);
    const where = place && s.whereIn({ ...place, head: -1 });
    if (place && where) return s.add('shared-background', i, place, { where });
  }
  for (let j = i + 1; j <= i + 4 && s.same(i, j) && s.isContent(j); j++) {
    const t = s.tokens[j];
    const names = s.isName(j) || (s.lang !== 'de' && t.cap && !s.isCommonAt(j) && !s.isNoun(j, 'alumNouns')) || /^ex-\p{L}/u.test(t.lower);
    if (!names) continue;
    let to = j;
    while (to + 1 <= i + 5 && s.same(i, to + 1) && s.isContent(to + 1) && (s.isName(to + 1) || s.isNoun(to + 1, 'alumNouns'))) to++;
    s.add('shared-background', i, { from: i + 1, to, head: to }, { where: s.text(j, j) });
    return;
  }
}

/** "las dos estudiamos", "ambos trabajamos": both + a first-person plural verb. */
function both(s: Scan, i: number): number {
  const n = s.at(i, 'bothWords');
  if (!n) return 0;
  const verb = s.tokens[i + n];
  return verb && s.same(i, i + n) && (s.c.lex.wePastEndings ?? []).some((e) => verb.lower.length > e.length + 2 && verb.lower.endsWith(e)) ? n + 1 : 0;
}

/** The place or event named after a cue, within its sentence: "at KubeCon Paris", "en Deusto". */
function eventAfter(s: Scan, k: number) {
  for (let j = k; j < s.tokens.length && j <= k + 10 && s.same(k, j); j++) {
    if (!s.isName(j)) continue;
    let from = j;
    while (from > k && (s.is(from - 1, 'determiners') || s.isContent(from - 1)) && !s.is(from - 1, 'complementWords')) from--;
    while (s.is(from, 'determiners') && from < j) from++;
    const p = s.nounPhrase(from, { complements: 1 });
    if (p) return p;
  }
  return undefined;
}

/** "thanks for the great conversation at Config", "thanks for taking my call": whether the thanks at `i` were for a conversation. */
function thankedConversation(s: Scan, i: number, k: number): boolean {
  for (let j = k; j <= k + MAX_TO_CONVERSATION && s.same(i, j); j++) {
    // "danke nochmal für den Tipp mit der FFG-Förderung beim Gründerfrühstück in Graz": what they told the writer at a named event.
    if (s.isNoun(j, 'contentNouns') && !s.isNoun(j, 'conversationNouns')) {
      const told = eventAfter(s, j + 1);
      if (told && placeWordBefore(s, told.from) >= 0) {
        s.add('conversation', i, told, { head: s.tokens[j].text, where: s.text(told.from, told.to), to: told.to });
        return true;
      }
      continue;
    }
    if (!s.isNoun(j, 'conversationNouns')) continue;
    // "thanks for the talk you gave at...": a talk they gave is their work (found as such), not a chat.
    if (s.isNoun(j, 'artifactNouns') && s.is(j + 1, 'youWords')) break;
    // "thanks for the time on Tuesday's call": a possessive before it says which.
    const from = j - 1 > i && s.tokens[j - 1].possessive ? j - 1 : j;
    const p = s.nounPhrase(from, { skipDeterminers: false, headAt: j }) ?? { from, to: j, head: j };
    // "Merci encore pour notre échange de mardi, près du stand des pompes, au SIDO": a phrase that names
    // nothing takes where it was, named later in the sentence, with the word that placed it ("échange au SIDO").
    const event = s.namesBetween(p.from, p.to) ? undefined : eventAfter(s, p.to + 1);
    const placedAt = event ? placeWordBefore(s, event.from) : -1;
    const phrase = placedAt >= 0 ? `${s.tokens[j].text} ${s.text(placedAt, event!.to)}` : undefined;
    s.add('conversation', i, p, { head: s.tokens[j].text, phrase, where: event && s.text(event.from, event.to), to: event?.to });
    return true;
  }
  return false;
}

/**
 * "danke nochmal für die halbe Stunde am Dienstag", "gracias por los minutos que me dio en el pasillo de ENADE":
 * thanks for the time they gave is a conversation when the sentence says when (a day) or where (a name);
 * "thanks for your time" alone is every letter's close.
 */
function givenTime(s: Scan, i: number, k: number): void {
  for (let j = k; j <= k + 3 && s.same(i, j); j++) {
    const time = s.at(j, 'givenTime');
    if (!time) continue;
    for (let d = j + time; d < s.tokens.length && d <= j + time + 10 && s.same(i, d); d++) {
      // A name where it was ("en el pasillo de ENADE"), not the reader's ("Thanks for your time, Dana").
      if (s.is(d, 'dayNames') || (s.isName(d) && !s.is(d, 'givenTime') && placeWordBefore(s, d) >= 0)) {
        const event = s.is(d, 'dayNames') ? undefined : eventAfter(s, d);
        return void s.add('conversation', i, { from: j, to: j + time - 1, head: j }, { head: s.tokens[j].text, where: event && s.text(event.from, event.to), to: d });
      }
    }
    return;
  }
}

/** The preposition that places what starts at `from` ("au SIDO", "in Bremen", "de la SFAR"), an article between; -1 if none. */
function placeWordBefore(s: Scan, from: number): number {
  const k = s.is(from - 1, 'determiners') ? from - 2 : from - 1;
  return s.same(k, from) && (s.is(k, 'complementWords') || s.is(k, 'ofWords') || s.is(k, 'atWords')) ? k : -1;
}

function eventBefore(s: Scan, i: number) {
  for (let j = i - 1; j > 0 && j >= i - 8 && s.same(i, j); j--) {
    if (!s.isName(j) || !s.same(j - 1, j)) continue;
    // "auf der LogiMAT in Stuttgart kennengelernt": the event, then its town; the event is where they met.
    if (s.is(j - 1, 'complementWords') && s.isName(j - 2) && s.same(j - 2, j)) return s.nounPhrase(j - 2, { complements: 1 });
    return s.nounPhrase(j, { complements: 0 });
  }
  return undefined;
}

function topicInSentence(s: Scan, i: number): boolean {
  for (let j = i - 12; j <= i + 16; j++) if (j >= 0 && s.same(i, j) && s.is(j, 'topicWords')) return true;
  return false;
}
