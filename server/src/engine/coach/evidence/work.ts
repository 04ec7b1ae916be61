/**
 * Their work: "your" + any qualifiers + an artifact noun ("your SREcon keynote on canary releases"), or
 * "you" + a work verb in the past ("you led the move to event sourcing", "Sie haben ... begleitet",
 * "vous avez expliqué", "dijiste"), or thanks for something they did ("thanks for demoing your plugin").
 */
import { artifactTheyMade, credited, numberedPartBefore, thingBeforeInvertedYou, thingBeforeYourVerb, thingBeforeOwners } from './made';
import { countedOrNamed, placedThing, quotedThing } from './owned';
import { conditioned, englishPast, isYear, nameIn, names, namesSomething, praiseNear, thingEnd } from './phrase-checks';
import { perfectDid, yourThingDid } from './past-clause';
import { changeTheyMade } from './changed';
import { publishedDetail, recordDetail } from './published';
import { isReaderWord, isYou, isYour, MAX_PARTICIPLE_DISTANCE, participleEndingClause, tuPreterite } from './reader';
import { asTopic, howClause, saidThat } from './said';
import type { Phrase, Scan } from './scan';
import { askedWhatTheyDid, isParticiple, youDid } from './you-did';

/** How far past "your" the artifact may stand: "your SREcon EU 2024 keynote". */
const MAX_QUALIFIERS = 4;

/** Finds "your" + qualifiers + a noun of one of the classes; returns the noun's index. */
export function possessed(s: Scan, i: number): { j: number; what: 'artifact' | 'topic' | 'news' | 'move' | 'content' } | undefined {
  let owner = false;
  for (let j = i + 1; j <= i + 1 + MAX_QUALIFIERS && j < s.tokens.length && s.same(i, j); j++) {
    const t = s.tokens[j];
    if (t.kind !== 'word') return undefined;
    // "Your firm's win in Harlow v. Meridian Freight": after their team's or firm's, a thing whose complement names something is theirs.
    if (owner && s.isContent(j) && !s.isNoun(j, 'genericNouns') && s.is(j + 1, 'complementWords') && s.same(j, j + 2)) {
      const p = s.nounPhrase(j, { complements: 1 });
      if (p && p.to > j + 1 && s.namesBetween(j + 2, p.to)) return { j, what: 'artifact' };
    }
    if (s.is(j, 'ownerNouns') && t.possessive) owner = true;
    // "your turnaround of Thornbury's repairs service": a thing of theirs done to something named.
    // Not a trait praised ("your knowledge of Salesforce makes you a great fit", "your love of Python"), nor a
    // question about their things ("Combien de vos fournisseurs de rang 2 connaissez-vous ?"), which asks, not shows.
    if (j === i + 1 && s.isContent(j) && !s.isNoun(j, 'genericNouns') && !s.isNoun(j, 'praiseNouns') && s.is(j + 1, 'ofWords') && s.same(j, j + 2) && !praiseNear(s, i) && !s.isQuestion(i)) {
      const of = s.nounPhrase(j + 2, { complements: 1 });
      // "réduit vos pannes de 35 %": a percentage after "of" is by how much, in a pitch, not a thing of theirs.
      const byHowMuch = /^\d/.test(s.tokens[j + 2]?.text ?? '') && s.tokens[j + 3]?.text === '%';
      if (of && namesSomething(s, of) && !byHowMuch) return { j, what: 'artifact' };
    }
    // "your question about what I'd do when...": a topic may be a clause.
    if (s.isNoun(j, 'topicNouns') && s.is(j + 1, 'topicWords') && (s.isContent(j + 2 + (s.is(j + 2, 'determiners') ? 1 : 0)) || s.is(j + 2, 'topicClauseWords'))) return { j, what: 'topic' };
    // "Your point at the ACHE dinner in Chicago": what they said at a named occasion.
    // "Your point at dinner about float pools": or what they said it about, after the occasion.
    if (s.isNoun(j, 'topicNouns') && s.is(j + 1, 'atWords') && s.same(j, j + 2)) {
      const at = s.nounPhrase(j + 2, { complements: 1 });
      if (at && namesSomething(s, at)) return { j, what: 'topic' };
      const occasion = s.nounPhrase(j + 2, { complements: 0 });
      const about = occasion ? occasion.to + 1 : -1;
      if (about > 0 && s.is(about, 'topicWords') && s.same(j, about + 1) && s.isContent(about + 1 + (s.is(about + 1, 'determiners') ? 1 : 0))) return { j, what: 'topic' };
    }
    // "Ta réponse au post de Julien sur les AGV", "your reply to Tom Lacey's thread": what it answered, named.
    if (s.isNoun(j, 'topicNouns') && s.is(j + 1, 'complementWords') && !s.is(j + 1, 'atWords') && s.same(j, j + 2)) {
      // A name, not a figure: "su respuesta para coordinar una llamada de 20 minutos" is a waiting close.
      const to = s.nounPhrase(j + 2, { complements: 1 });
      if (to && nameIn(s, to)) return { j, what: 'topic' };
    }
    // "votre commentaire de l'arrêt de la Cour de cassation": what it is of, when that names something, is its topic.
    if (s.isNoun(j, 'topicNouns') && s.is(j + 1, 'ofWords') && s.lang !== 'en') {
      const of = s.nounPhrase(j + 2, { complements: 1 });
      if (of && s.namesBetween(of.from, of.to)) return { j, what: 'topic' };
    }
    // "your team's write-up" reads on; "your profile", "your background", "Ihr Netzwerk" end the look.
    if (s.isNoun(j, 'genericNouns') && !t.possessive && !s.isName(j) && !(s.is(j, 'ownerNouns') && s.isContent(j + 1))) {
      // "your leadership of the nurse-led discharge programme at Wirral": praise with a named topic names it.
      // "your profile on LinkedIn": where everyone's profile is, not what it is about.
      const topic = s.is(j + 1, 'topicWords') && !s.is(j + 2, 'platformWords') ? s.nounPhrase(j + 2) : undefined;
      return topic && s.namesBetween(topic.from, topic.to) ? { j, what: 'topic' } : undefined;
    }
    if (s.nounLength(j, 'artifactNouns') > 0) return specific(s, i, j, 'artifactNouns') ? { j, what: 'artifact' } : undefined;
    // "your new role at {{company}}": a move to a slot is every recipient's.
    const move = s.at(j, 'moveNouns');
    if (move && s.is(j + move, 'complementWords') && s.tokens[j + move + 1]?.kind !== 'field') return { j, what: 'move' };
    if (s.isNoun(j, 'newsNouns')) return specific(s, i, j, 'newsNouns') ? { j, what: 'news' } : undefined;
    if (s.isNoun(j, 'contentNouns')) return { j, what: 'content' };
    if (!s.isContent(j)) return undefined;
  }
  return undefined;
}

/**
 * Whether "your" + artifact or news picks out one thing: "your posts" or "your posts on LinkedIn" is every
 * follower's flattery, "your stores" every retailer's; "your post on canary releases" or "your SREcon keynote" is not.
 */
function specific(s: Scan, i: number, j: number, name: 'artifactNouns' | 'newsNouns'): boolean {
  const plural = s.nounForm(j, name) !== 'listed';
  let named = false;
  for (let q = i + 1; q < j; q++) if (s.isName(q) || /\d/.test(s.tokens[q].text)) named = true;
  if (named) return true;
  // "tu publicación reciente sobre...": French and Spanish put when it came out after the noun.
  const k = s.is(j + 1, 'recencyWords') ? j + 2 : j + 1;
  // "your office manager": a news noun before another noun only says what kind of thing that is.
  if (name === 'newsNouns' && s.same(j, k) && s.tokens[k].kind === 'word' && s.isContent(k) && !s.is(k, 'complementWords') && !s.isName(k)) return false;
  const after = s.is(k, 'complementWords') && s.same(j, k) ? k + 1 + (s.is(k + 1, 'determiners') ? 1 : 0) : -1;
  // "your posts on LinkedIn", "your contributions to the industry": a place or a field everyone has names nothing,
  // unless a topic follows it ("tu hilo en LinkedIn sobre el churn").
  // A generic word that is part of a name ("your talk at the Lean-Netzwerk Ostwestfalen") names that.
  const namedGeneric = after > 0 && s.isNoun(after, 'genericNouns') && (s.tokens[after].text.includes('-') || (s.same(after, after + 1) && s.isName(after + 1)));
  if (after > 0 && !namedGeneric && (s.is(after, 'platformWords') || s.isNoun(after, 'genericNouns'))) return s.is(after + 1, 'complementWords') && s.same(after, after + 2) && s.isContent(after + 2 + (s.is(after + 2, 'determiners') ? 1 : 0));
  // "your post on {{recent_post}}": a mail merge fills the topic per recipient, so a slot there still says which.
  if (after > 0) return true;
  // "I came across your post and loved it", "Loved your talk!": one piece, but nothing says which; a qualifier
  // ("your Q3 newsletter") or what follows it ("your essay arguing that...") may. When it came out does not
  // ("Loved your recent post!", "tu publicación reciente"), unless something follows ("your latest newsletter, where you...").
  const next = s.tokens[k];
  const endsThere = !next || !s.same(j, k) || /^[.!?]$/.test(next.text) || s.is(k, 'andWords');
  let qualified = false;
  for (let q = i + 1; q < j; q++) if (!s.is(q, 'recencyWords')) qualified = true;
  // "chapter 4 of your book": what comes before says which part; "The autovacuum bug in Postgres 16.2 was your
  // patch": a named thing before "is"/"was" says which piece.
  // "dans ta boutique sans te faire perdre une heure": for news, what follows must be a word that says which, not
  // a preposition that goes on to something else.
  const saysWhich = !endsThere && (name === 'artifactNouns' || (next.kind === 'word' && s.isContent(k)));
  return !plural && (qualified || saysWhich || s.is(i - 1, 'ofWords') || namedBefore(s, i - 1));
}

/** How far before "is"/"was" the thing it names may stand: a sentence's subject with a clause set off inside it. */
const MAX_SUBJECT_BEFORE_COPULA = 20;

function namedBefore(s: Scan, copula: number): boolean {
  if (!s.is(copula, 'copulas')) return false;
  // "Our 2025 catalogue is your guide.": a subject that opens on the writer's own is pitched, not theirs identified.
  const start = s.sentenceStart(copula);
  if (s.is(start, 'ourWords') || s.is(start, 'usWords')) return false;
  for (let j = copula - 1; j >= start && j >= copula - MAX_SUBJECT_BEFORE_COPULA; j--) if ((s.isName(j) && !s.is(j, 'dayNames')) || /\d/.test(s.tokens[j].text)) return true;
  return false;
}

export function findWork(s: Scan, company?: string): void {
  const { tokens } = s;
  const spanish = s.lang === 'es';
  for (let i = 0; i < tokens.length; i++) {
    // Most of a body is words in no class, where nothing below can start; only Spanish reads such words
    // (a plural artifact, a preterite ending).
    if (!spanish && s.plain(i) && !tokens[i].lower.startsWith('you')) continue;
    if (isYour(s, i)) {
      const hit = possessed(s, i);
      if (!hit) countedOrNamed(s, i);
      if (!hit) placedThing(s, i, company);
      if (!hit) quotedThing(s, i);
      if (!hit) publishedDetail(s, i, company);
      if (!hit) yourThingDid(s, i, company);
      if (!hit) perfectDid(s, i, false, company);
      if (hit && hit.what !== 'content') {
        const p = s.nounPhrase(i + 1, { skipDeterminers: false, headAt: hit.j });
        const kind = hit.what === 'news' ? 'news' : hit.what === 'move' ? 'move' : 'work';
        const phrase = withTitle(s, p && p.to >= hit.j ? p : { from: i + 1, to: hit.j, head: hit.j });
        // "episode 112 of your podcast": the numbered part is the work, said "podcast episode 112".
        const part = hit.what === 'artifact' ? numberedPartBefore(s, i) : -1;
        // Only a piece its own words leave unnamed ("your latest newsletter") takes its topic from what they said in it.
        const bare = hit.what === 'artifact' && part < 0 && phrase.to === hit.j && !(hit.j > phrase.from && s.namesBetween(phrase.from, hit.j - 1));
        const said = bare ? (saidThat(s, phrase.to + 1) ?? howClause(s, phrase.to + 1)) : undefined;
        if (part >= 0) s.add('work', part, phrase, { head: tokens[part].text, phrase: `${s.phraseText(phrase)} ${s.text(part, part + 1)}` });
        else if (said) s.add('work', i, phrase, { head: tokens[hit.j].text, to: said.to, phrase: `${tokens[hit.j].text} ${s.c.lex.topicWords[0]} ${asTopic(s, said)}` });
        else if (hit.what === 'topic' && s.is(hit.j + 2, 'topicClauseWords')) s.add('work', i, phrase, { head: tokens[hit.j].text, phrase: clauseTopic(s, hit.j) });
        else s.add(kind, i, phrase, { head: tokens[hit.j].text });
      }
    }
    if (s.is(i, 'determiners') || s.is(i, 'placeWords')) recordDetail(s, i, company);
    if (s.at(i, 'ofYours')) pieceOfYours(s, i);
    const credit = s.at(i, 'creditCues');
    if (credit && !s.isQuestion(i)) credited(s, i, i + credit - 1);
    if (isYou(s, i) && (!s.isQuestion(i) || askedWhatTheyDid(s, i))) youDid(s, i, company, s.isQuestion(i));
    if (isReaderWord(s, i) || (spanish && s.is(i, 'readInThat'))) changeTheyMade(s, i);
    if (isYou(s, i)) perfectDid(s, i, true, company);
    else if (isYour(s, i) && !s.isQuestion(i)) ownersDid(s, i);
    if (s.lang === 'es' && isYou(s, i) && !s.isQuestion(i)) {
      const thing = thingBeforeInvertedYou(s, i);
      if (thing) s.add('work', thing.at, { from: thing.at, to: thing.end, head: thing.at }, { to: i });
    }
    // "El taller de costeo de menús que dictó en Medellín": the artifact may have its complements before "que".
    if (s.lang === 'es' && s.is(i, 'relativeWords') && !s.isNoun(i - 1, 'artifactNouns') && SPANISH_PAST_OF_YOU.test(tokens[i + 1]?.lower ?? '')) {
      const thing = artifactWithComplements(s, i);
      if (thing) s.add('work', thing.from, thing, { to: i + 1 });
    }
    // "el artículo que publicó en Expansión": Spanish drops the pronoun, and "usted" speaks in the third person.
    if (s.lang === 'es' && s.isNoun(i, 'artifactNouns') && s.is(i + 1, 'relativeWords') && SPANISH_PAST_OF_YOU.test(tokens[i + 2]?.lower ?? '')) {
      // "el hilo que publicaste sobre precios por uso": what it was about follows the verb.
      const about = s.is(i + 3, 'complementWords') && s.same(i, i + 3) ? s.nounPhrase(i + 4) : undefined;
      s.add('work', i, { from: i, to: i, head: i }, { to: about?.to ?? i + 2, phrase: about ? `${tokens[i].text} ${tokens[i + 3].text} ${s.phraseText(about)}` : undefined });
    }
    const thanks = s.at(i, 'thanksFor');
    if (thanks) {
      const k = i + thanks;
      // Thanks for something they did, when it is named: "thanks for demoing your linter plugin".
      const p = s.is(k, 'workGerunds') || s.is(k, 'workParticiples') ? s.nounPhrase(k + 1) : undefined;
      if (p && names(s, p)) s.add('work', i, p, { head: tokens[k].text });
      // "thanks for that chapter on cancellation", "thanks for your talk at SREcon": the artifact itself.
      const a = k + (s.is(k, 'determiners') ? 1 : 0);
      const artifact = !p && s.isNoun(a, 'artifactNouns') ? s.nounPhrase(a) : undefined;
      if (artifact && artifact.to > artifact.head) s.add('work', i, artifact, { head: tokens[a].text });
    }
    if (s.c.lex.youPastEndings && tokens[i].kind === 'word' && (!s.isQuestion(i) || askedWhatTheyDid(s, i)) && isYouPast(s, i)) {
      // "el rediseño del flujo de carga de la SUBE que lideraste en BilleteraSur": the verb's ending says "you",
      // so the thing its relative clause speaks of is what they did, as it is after "que usted coordinó".
      const thing = thingBeforeYourVerb(s, i);
      if (thing) s.add('work', thing.at, { from: thing.at, to: thing.end, head: thing.at }, { to: i });
      // "lo lideraste tú": with nothing after it, the verb alone is no subject ("Álvaro, tu lideraste").
      const object = objectAfter(s, i);
      s.add('work', i, object, object ? { head: tokens[i].text } : { head: tokens[i].text, phrase: '' });
    }
    // Spanish "has publicado", "te has incorporado": the auxiliary says "you".
    if (s.lang === 'es' && s.is(i, 'perfectAux') && !s.isQuestion(i)) {
      for (let k = i + 1; k <= i + 2; k++) {
        if (isParticiple(s, k)) {
          s.add(s.is(k, 'moveVerbs') ? 'move' : 'work', i, objectAfter(s, k), { head: tokens[k].text, to: k });
          break;
        }
      }
    }
    // "you're speaking at KubeCon", "you've been writing about pricing": their work under way, named.
    const now = s.at(i, 'nowCues') ? 0 : progressive(s, i);
    if (now) s.add('work', i, objectAfter(s, now), { head: tokens[now].text, to: now });
    // "vous venez de lancer", "acabáis de abrir", "watched you speak at".
    const cue = s.at(i, 'justDid') || s.at(i, 'workCues');
    // "heard you on the Community Media podcast": a cue that ends on its preposition is followed by the thing itself,
    // which must name something ("saw you on the news" names nothing).
    const onThing = cue && s.is(i + cue, 'determiners') && s.is(i + cue - 1, 'complementWords') ? namedThing(s, i + cue) : undefined;
    if (onThing) {
      // A show they were heard on is someone else's: "The Community Media podcast", not "Your ...".
      if (!s.isQuestion(i)) s.add('work', i, onThing, { head: tokens[i + cue - 1].text, to: i + cue, seat: true });
    } else if (cue && !s.isQuestion(i) && s.same(i, i + cue) && (s.isContent(i + cue) || s.is(i + cue, 'complementWords'))) s.add('work', i, objectAfter(s, i + cue) ?? s.nounPhrase(i + cue), { head: tokens[i + cue].text, to: i + cue });
  }
}

/**
 * The piece or the named thing at `at` ("the Community Media podcast", "the BBC"), without a participle that opens
 * a clause after it ("podcast explaining why..."); not a common thing ("the news", "the attendee list").
 */
function namedThing(s: Scan, at: number): Phrase | undefined {
  const p = s.nounPhrase(at);
  if (!p) return undefined;
  let to = p.to;
  while (to > p.from && /\p{L}ing$/u.test(s.tokens[to].lower)) to--;
  const head = Math.min(p.head, to);
  let named = false;
  for (let k = p.from; k <= to; k++) if (s.isName(k)) named = true;
  return named || (s.isNoun(head, 'artifactNouns') && s.namesBetween(p.from, to)) ? { ...p, to, head } : undefined;
}

/** A Spanish verb after "que" that says "you did" (tú, vosotros) or, formally, "usted did": "publicaste", "dictó", "le". */
const SPANISH_PAST_OF_YOU = /^(?:te|le|os)$|(?:ó|aste|iste|asteis|isteis)$/;
/** How many words an artifact's complements may take before its "que": "el protocolo de consentimiento informado en mapudungun que". */
const MAX_ARTIFACT_COMPLEMENTS = 8;

/** The artifact phrase that ends just before the relative word at `rel`, its head after an article. */
function artifactWithComplements(s: Scan, rel: number): Phrase | undefined {
  for (let j = rel - 2; j >= rel - 1 - MAX_ARTIFACT_COMPLEMENTS && j > 0 && s.same(j, rel); j--) {
    if (!s.isNoun(j, 'artifactNouns') || !s.is(j - 1, 'determiners')) continue;
    const p = s.nounPhrase(j, { complements: 3 });
    return p && p.to === rel - 1 ? p : undefined;
  }
  return undefined;
}

/** How far into a topic clause its named thing may stand: "your question about what I'd do when the IMU...". */
const MAX_TOPIC_CLAUSE = 10;

/**
 * "question about the IMU" for "your question about what I'd do when the IMU and the wheel odometry disagree":
 * a clause makes no subject, the first thing it names does; the noun alone when it names nothing.
 */
function clauseTopic(s: Scan, j: number): string {
  for (let k = j + 3; k <= j + MAX_TOPIC_CLAUSE && k < s.tokens.length && s.same(j, k); k++) {
    if (!s.isContent(k) || s.is(k, 'firstPersonWords') || s.is(k, 'weWords') || !s.namesBetween(k, k)) continue;
    const p = s.nounPhrase(k);
    if (p) return `${s.tokens[j].text} ${s.tokens[j + 1].text} ${s.phraseText(p)}`;
  }
  return s.tokens[j].text;
}

/** How many words a title may have after the piece it names: "tu newsletter Capital Semilla". */
const MAX_TITLE_WORDS = 4;

/** The phrase with the name right after its head, the piece's title: "tu newsletter Capital Semilla del domingo". */
function withTitle(s: Scan, p: Phrase): Phrase {
  if (p.to !== p.head) return p;
  let to = p.to;
  while (to < p.to + MAX_TITLE_WORDS && s.same(p.to, to + 1) && s.tokens[to + 1].cap && s.isName(to + 1)) to++;
  return to === p.to ? p : { ...p, to };
}

/** "the case study your team published", "the protocol your CVICU team put together": their team did it. */
function ownersDid(s: Scan, i: number): void {
  for (let j = i + 1; j <= i + 3 && s.same(i, j) && s.isContent(j); j++) {
    if (!s.is(j, 'ownerNouns')) continue;
    const thing = thingBeforeOwners(s, i, j);
    if (thing) return void s.add('work', thing.at, { from: thing.at, to: thing.end, head: thing.at }, { to: j });
    const k = j + 1;
    // "Ihr Team hat das Lager in Kassel auf Voice Picking umgestellt": German puts the participle last.
    if (s.lang === 'de' && (s.is(k, 'perfectAux') || s.is(k, 'newsAux')) && !s.isQuestion(i)) return void teamDidInGerman(s, i, k);
    if (!s.isContent(k) || !s.same(i, k) || s.isNoun(k, 'genericNouns') || s.is(k, 'moveVerbs') || artifactTheyMade(s, i, k)) return;
    // "tu empresa está en Rosario": where it is, what a profile says; "si en su empresa controlan...": a supposition.
    if (s.is(k, 'copulas') || conditioned(s, i)) return;
    // "votre cabinet accompagne la Ville de Grenoble sur son plan vélo", "your team got 14 buses off the road":
    // what their team does, when its object names something; not what every team does ("your team needs...").
    const object = s.is(k, 'everyoneVerbs') || s.isQuestion(i) ? undefined : objectAfter(s, k);
    // An object an article or a name opens is a thing; "got 14 off without any software" is a clause.
    const opens = object && (s.is(object.from - 1, 'determiners') || s.isName(object.from) || countedAfterPast(s, k, object));
    if (object && opens && s.namesBetween(object.from, thingEnd(s, object))) s.add('work', i, object, { head: s.tokens[k].text, to: k });
    return;
  }
}

/** How many words the piece before "of yours" may have: "that Q3 pricing memo of yours". */
const MAX_PIECE_WORDS = 5;

/** "that Q3 pricing memo of yours", "der Artikel von Ihnen in der FAZ", "ese informe suyo sobre Getafe": an artifact right before it. */
function pieceOfYours(s: Scan, i: number): void {
  // German "Ihnen" is the reader only capitalised.
  if (s.lang === 'de' && !s.tokens[i + 1]?.cap) return;
  const head = i - 1;
  if (!s.same(head, i) || !s.isNoun(head, 'artifactNouns')) return;
  let from = head;
  while (from > head - MAX_PIECE_WORDS && from > 0 && s.same(from - 1, head) && s.isContent(from - 1) && !s.is(from - 1, 'determiners')) from--;
  const p = s.nounPhrase(from, { headAt: head });
  if (p) s.add('work', from, p, { head: s.tokens[head].text, to: i + s.at(i, 'ofYours') - 1 });
}

/**
 * "your team got 14 vans off the road": a figure and its noun after a past verb count what their team did; in
 * the present ("your team spends 12 hours a week on...") it is what a template claims of every team.
 */
function countedAfterPast(s: Scan, k: number, object: Phrase): boolean {
  return englishPast(s, k) && object.to > object.from && /^\d/.test(s.tokens[object.from].text);
}

/** After "Ihr Team hat" at `aux`, the work participle ending the clause and the object before it, when that names something. */
function teamDidInGerman(s: Scan, i: number, aux: number): void {
  const k = participleEndingClause(s, aux, aux + 1, aux + MAX_PARTICIPLE_DISTANCE, (j) => s.isParticipleOf(j, 'workParticiples'));
  const object = k >= 0 ? objectBetween(s, aux + 1, k) : undefined;
  if (object && s.namesBetween(object.from, k - 1)) s.add('work', i, object, { head: s.tokens[k].text, to: k });
}

/** The noun phrase a verb at `k` governs: "led the move to event sourcing" → "move to event sourcing". */
export function objectAfter(s: Scan, k: number) {
  let m = k + 1;
  // Particles and one preposition: "walked through", "spoke at", "took over as".
  for (let n = 0; n < 2 && (s.tokens[m]?.lower === 'through' || s.tokens[m]?.lower === 'over' || s.is(m, 'complementWords')); n++) m++;
  if (!s.same(k, m)) return undefined;
  const p = s.nounPhrase(m);
  // "piloté depuis 2021", "led since 2019": when, not what.
  if (p && p.to - p.from <= 1 && isYear(s.tokens[p.to].text)) return undefined;
  return p;
}

/** In a German clause, the object between the auxiliary and the participle ("den Carve-out der Sparte"). */
export function objectBetween(s: Scan, from: number, to: number) {
  for (let m = from; m < to; m++) {
    if (s.is(m, 'determiners') && !s.is(m - 1, 'complementWords')) {
      const p = s.nounPhrase(m, { complements: 1 });
      if (p && p.to < to) return p;
    }
  }
  return undefined;
}

/** The index of a work verb in -ing after "you're"/"you are"/"you've been", when it names what or where. */
function progressive(s: Scan, i: number): number {
  const t = s.tokens[i];
  if (s.lang !== 'en' || !t || t.kind !== 'word') return 0;
  let k = i + 1;
  if (t.lower === "you're" || t.lower === "you've") k = i + 1;
  else if (t.lower === 'you' && (s.tokens[k]?.lower === 'are' || s.tokens[k]?.lower === 'have')) k++;
  else return 0;
  if (s.tokens[k]?.lower === 'been') k++;
  if (!s.is(k, 'workGerunds') || s.isQuestion(i)) return 0;
  return s.is(k + 1, 'complementWords') || s.isName(k + 1) || s.is(k + 1, 'determiners') ? k : 0;
}

/** Spanish second-person preterite ("dijiste", "migrasteis"): "you did" without a pronoun. */
function isYouPast(s: Scan, i: number): boolean {
  return tuPreterite(s.tokens[i].lower, s.c.lex);
}
