/**
 * "You" and the verb after it: "you led the move to event sourcing", "Sie haben ... begleitet", "vous livrez
 * les cantines du lycée Champollion", and questions that take what they did for granted.
 */
import { artifactBefore, artifactTheyMade, thingBeforeYou } from './made';
import { countsNamesOrDates } from './past-clause';
import { conditioned, countIn, englishPast, everyReadersVerb, isYear, modalOrFuture, namesSomething, onlyTheirCompany, otherName, praiseIn, praiseNear, thingEnd, writerBefore } from './phrase-checks';
import { MAX_PARTICIPLE_DISTANCE, participleEndingClause } from './reader';
import type { Scan } from './scan';
import { objectAfter, objectBetween } from './work';

/**
 * Whether "you" at `i` stands in a question that takes what they did for granted: "How did you get the
 * Hebden Bridge library through planning?", "¿Cómo lograste ...?".
 */
export function askedWhatTheyDid(s: Scan, i: number): boolean {
  const start = s.sentenceStart(i);
  // "Kurze Frage: Wie habt ihr ...?": the question may open after a colon.
  for (let first = Math.max(start, i - QUESTION_CUE_REACH); first <= i; first++) {
    if (first > start && s.tokens[first - 1].text !== ':' && s.tokens[first - 1].text !== '¿') continue;
    const cue = s.at(first, 'pastQuestionCues');
    if (cue > 0 && i >= first + cue - 1 && i <= first + cue + 1) return true;
  }
  return false;
}

/** How far before "you" its question's cue may open: "¿Cómo lo lograsteis ...", "How did you ...". */
const QUESTION_CUE_REACH = 4;

/**
 * "you led ...", "you've built ...", "Sie haben ... geleitet", "vous avez expliqué". In a question that
 * takes it for granted ("How did you get X through planning?") any verb will do, when what it governs names
 * something: "How did you find the conference?" asks about nothing of theirs.
 */
export function youDid(s: Scan, i: number, company: string | undefined, asked: boolean): void {
  const { tokens } = s;
  if (asked && s.lang === 'en') {
    const p = s.isContent(i + 1) ? objectAfter(s, i + 1) : undefined;
    // "Why did you choose Acme?" asks what any template could ask of its reader's company.
    // "How did you get forty site managers onto one app?": a count says which, as a figure does.
    if (p && !onlyTheirCompany(s, p, company) && (s.namesBetween(p.from, p.to) || countIn(s, p)) && !s.isNoun(p.head, 'genericNouns')) s.add('work', i, p, { head: tokens[i + 1].text, to: i + 1 });
    return;
  }
  // German puts the participle at the end of the clause, and may put the auxiliary first ("haben Sie angekündigt").
  if (s.lang === 'de') {
    const aux = s.is(i + 1, 'perfectAux') ? i + 1 : s.is(i - 1, 'perfectAux') ? i - 1 : -1;
    const from = Math.max(i, aux) + 1;
    if (aux < 0 && s.is(i + 1, 'workVerbs')) {
      s.add('work', i, objectAfter(s, i + 1), { head: tokens[i + 1].text });
      return;
    }
    // "Auf der Regionalmesse in Ulm sagten Sie, ...": after what opens the sentence the verb stands second, before "Sie".
    if (aux < 0 && s.is(i - 1, 'workVerbs') && s.same(i - 2, i) && !s.isQuestion(i)) {
      s.add('work', i - 1, objectAfter(s, i + 1), { head: tokens[i - 1].text, to: i });
      return;
    }
    if (asked && aux >= 0) return askedGermanDid(s, i, aux, from, company);
    // "den Sie im Handelsblatt geschrieben haben": the auxiliary may follow the participle.
    const k = participleEndingClause(s, i, from, from + MAX_PARTICIPLE_DISTANCE, (j) => isParticiple(s, j) && (aux >= 0 || s.is(j + 1, 'perfectAux')));
    if (k >= 0) {
      const kind = s.is(k, 'moveVerbs') ? 'move' : 'work';
      const before = artifactBefore(s, i);
      if (before) s.add('work', before.at, { from: before.at, to: before.end, head: before.at }, { to: k });
      // "was ihr (mit FitBox) aufgebaut habt": what they did, unnamed, with nothing before the participle but their
      // company, is praise of what every reader has built, as "what you've built at Globex" is.
      else if (kind === 'move' || !unnamedWhat(s, i, from, k, company)) s.add(kind, aux >= 0 ? Math.min(i, aux) : i, objectBetween(s, from, k), { head: tokens[k].text, to: Math.max(k, aux) });
      return;
    }
    // "Ihre Umstellung der Disposition auf SAP IBP, die Sie ... skizziert haben": any verb of theirs in a relative clause.
    const thing = thingBeforeYou(s, i);
    if (thing) s.add('work', thing.at, { from: thing.at, to: thing.end, head: thing.at }, { to: i });
    else germanPresentDid(s, i, company);
    return;
  }
  // A couple of short words may stand between: "you just shipped", "you have built", "vous avez déjà publié".
  let k = s.is(i + 1, 'andWords') ? sharedVerb(s, i + 1) : i + 1;
  let perfect = s.is(i, 'perfectAux');
  for (let skipped = 0; skipped < 3 && k < tokens.length && s.same(i, k); skipped++) {
    if (s.is(k, 'perfectAux')) perfect = true;
    // "show you what we made": another subject, another clause.
    else if (s.is(k, 'weWords') || s.is(k, 'firstPersonWords')) return;
    else if (!(s.isFunction(k) || /ly$|ment$|mente$/.test(tokens[k].lower)) || s.is(k, 'workVerbs') || s.is(k, 'moveVerbs')) break;
    k++;
  }
  if (!s.same(i, k)) return;
  if (didWithWriter(s, i, k)) return void s.add('conversation', i, objectAfter(s, k + 1), { head: tokens[k].text, to: k + 1 });
  // "the library you maintain", "the thread where you defended...": after their artifact any verb of theirs is their work.
  if (s.isContent(k) && !s.is(k, 'moveVerbs') && artifactTheyMade(s, i, k)) return;
  const verb = s.is(k, 'workVerbs') || (perfect && isParticiple(s, k) && !s.is(k, 'moveVerbs'));
  // A move names where they went: "moved to Datadog", "rejoint Doctolib"; "vous avez passé une bonne semaine" is none.
  const move = s.is(k, 'moveVerbs') && (s.is(k + 1, 'complementWords') || tokens[k + 1]?.lower === 'over' || s.isName(k + 1) || (s.is(k + 1, 'determiners') && s.isName(k + 2)));
  if (!verb && !move) return void anyVerbDid(s, i, k, company);
  // "the thread you started on webhook retry storms", "the episode where you walked through": the artifact before "you" is what they did.
  if (verb && artifactTheyMade(s, i, k)) return;
  // "impressed by what you've built (at {{company}})": a verb with nothing after it names nothing they did;
  // "you asked how we tag spend", "you suggested I talk to...": a clause after it does.
  const object = move ? destination(s, k) : objectAfter(s, k);
  // "what you've built at Globex" praises their company; "you moved to Globex" is a move all the same.
  if (object && !move && onlyTheirCompany(s, object, company)) return;
  // "You have built an impressive career", "you've built a great team": praise of what every reader has.
  if (object && !move && !namesSomething(s, object) && (s.isNoun(object.head, 'genericNouns') || praiseIn(s, object))) return;
  if (object || clauseAfter(s, k)) s.add(move ? 'move' : 'work', i, object, { head: tokens[k].text, to: k });
}

/**
 * "Vous traitez le linge des hôtels Barrière de Deauville", "You supply the cladding on the Milton Keynes
 * schemes": any verb of theirs, with "you" as its subject, when what it governs is a thing (an article or a
 * name opens it) that names or counts something other than their company. Not what every reader does ("you
 * need...", "you use Salesforce"), a condition ("if you run HubSpot"), a future ("you will lead a team of
 * six": a job ad's duties), or praise and guesses ("you probably run...").
 */
function anyVerbDid(s: Scan, i: number, k: number, company: string | undefined): void {
  if (!asSubject(s, i) || !s.isContent(k) || s.is(k, 'everyoneVerbs') || s.is(k, 'praiseOrGuessWords') || s.isName(k) || toCome(s, i, k)) return;
  if (conditioned(s, i) || praiseNear(s, i)) return;
  const object = objectAfter(s, k);
  // "You stopped selling peat compost this spring": in English a past verb may govern a gerund.
  const past = englishPast(s, k);
  const gerund = past && !!object && /\p{L}ing$/u.test(s.tokens[object.from].lower);
  if (!object || !(s.is(object.from - 1, 'determiners') || s.isName(object.from) || gerund) || s.is(object.from, 'platformWords')) return;
  // "You dropped the visitor berth rate for boats under 8m to £18 a night": in the past, its clause may count or name it.
  // "vous gérez un hôtel à Marseille": any hotel, placed in a city, is what a profile says; the name must be in the thing.
  const thing = s.is(object.from - 1, 'indefiniteArticles') ? { ...object, to: thingEnd(s, object) } : object;
  const particular = namesSomething(s, thing) || countIn(s, thing) || datedPast(s, k) || (past && countsNamesOrDates(s, k + 1, company));
  if (!particular || onlyTheirCompany(s, object, company)) return;
  // "You sat on the SEAI standards committee": a seat on a body is read by roles.ts, which names it as one.
  if (s.isNoun(object.head, 'bodyNouns') || s.isNoun(object.head, 'seatNouns')) return;
  s.add('work', i, object, { head: s.tokens[k].text, to: k });
}

/** How far after the verb a German object may open, past particles and adverbs: "beliefert ja inzwischen die Mensen". */
const MAX_TO_GERMAN_OBJECT = 6;

/**
 * "ihr beliefert ja inzwischen die Mensen der Uni Freiburg", "soweit ich weiß, beliefern Sie die Kantinen der
 * Uniklinik Würzburg": any German verb of theirs, right after "Sie"/"du"/"ihr" or right before it after a comma,
 * whose object (an article or a name opens it) names someone or something other than their company. A count
 * alone is not enough here ("Sie führen ein Team von 50 Leuten" is what a profile says). Not what every reader
 * does, a modal or a future, a condition, praise or a guess, a question.
 */
function germanPresentDid(s: Scan, i: number, company: string | undefined): void {
  const { tokens } = s;
  const lowerWord = (k: number) => tokens[k]?.kind === 'word' && !tokens[k].cap && s.isContent(k) && s.same(i, k);
  // "ihr beliefert": lower-case "ihr" is "you all" only before its verb's "-t" ("ihr Team" is "her team").
  if (tokens[i].lower === 'ihr' && !(lowerWord(i + 1) && tokens[i + 1].lower.endsWith('t'))) return;
  // "..., beliefern Sie ...", and German's verb second after whatever opens the sentence ("Seit dem Frühjahr
  // beliefern Sie ..."), when the writer is not in what opens it ("Mit unserer App erreichen Sie ...").
  const inverted = lowerWord(i - 1) && s.same(i - 2, i) && (tokens[i - 2].text === ',' || !writerBefore(s, i - 1, WRITER_BEFORE_REACH));
  const k = lowerWord(i + 1) && asSubject(s, i) ? i + 1 : inverted ? i - 1 : -1;
  // "Sie konnten", "du bist in Hamburg": what they can do or what they are is no thing they do.
  if (k < 0 || s.isQuestion(i) || everyReadersVerb(s, k)) return;
  if (conditioned(s, Math.min(i, k)) || praiseNear(s, i)) return;
  for (let m = Math.max(i, k) + 1; m <= Math.max(i, k) + MAX_TO_GERMAN_OBJECT && m < tokens.length && s.same(i, m) && tokens[m].kind !== 'punct'; m++) {
    if (s.is(m, 'firstPersonWords') || s.is(m, 'usWords') || s.is(m, 'myWords') || s.is(m, 'ourWords')) return;
    // "in Hamburg", "für den Mittelstand", "seit dem Herbst": a phrase a preposition governs is where, for whom or
    // when, not what; read past it.
    if (s.isFunction(m) && !s.is(m, 'determiners')) {
      m = s.nounPhrase(m + 1)?.to ?? m;
      continue;
    }
    if (!s.is(m, 'determiners') && !s.isName(m)) continue;
    const object = s.nounPhrase(m);
    if (!object || s.isNoun(object.head, 'genericNouns') || s.is(object.from, 'platformWords')) return;
    // "einen guten Eindruck von unseren Regalbediengeräten": what they took of ours is no thing of theirs.
    for (let j = object.from; j <= object.to; j++) if (s.is(j, 'ourWords') || s.is(j, 'myWords')) return;
    // The name in the thing itself or in its genitive ("die Mensen der Uni Freiburg"); "den Vertrieb in der
    // DACH-Region" names a territory, what every profile says.
    for (let j = object.from; j <= thingEnd(s, object); j++) {
      if (otherName(s, j, company) && !s.isNoun(j, 'genericNouns')) return void s.add('work', Math.min(i, k), object, { head: tokens[k].text, to: Math.max(i, k) });
    }
    // A thing that names nothing may come first ("Brot und die Kantine der Charité"); read on past it.
    m = object.to;
  }
}

/**
 * "Wie habt ihr bei Velora die Retourenquote für Helme unter acht Prozent gedrückt?": a question that takes what
 * they did for granted may end on any participle, as an English one may have any verb; what it governs must name
 * or count something other than their company, or its clause must ("Wie haben Sie das geschafft?" names nothing).
 */
function askedGermanDid(s: Scan, i: number, aux: number, from: number, company: string | undefined): void {
  const k = participleEndingClause(s, i, from, from + MAX_PARTICIPLE_DISTANCE, (j) => s.tokens[j + 1]?.text === '?' && s.tokens[j].kind === 'word' && !s.tokens[j].cap && s.isContent(j));
  const object = k < 0 ? undefined : objectBetween(s, from, k);
  if (!object || onlyTheirCompany(s, object, company) || s.isNoun(object.head, 'genericNouns')) return;
  // "die Standzeit der Kühlzellen ... auf zwei Stunden im Jahr gedrückt": the clause may count or name it.
  const clause = { from, to: k, head: k };
  if (s.namesBetween(object.from, object.to) || countIn(s, clause) || countsNamesOrDates(s, from, company)) s.add('work', Math.min(i, aux), object, { head: s.tokens[k].text, to: Math.max(k, aux) });
}

/**
 * "You interviewed me for the planner role", "you showed us round the Tilbury site": something they did with
 * the writer, an exchange no template can claim. Not asked, wished or still to come ("you could help me").
 */
function didWithWriter(s: Scan, i: number, k: number): boolean {
  if (s.lang !== 'en' || !s.is(k, 'workVerbs') || !s.same(k, k + 1) || s.isQuestion(i) || toCome(s, i, k) || !asSubject(s, i)) return false;
  const object = s.tokens[k + 1].lower;
  return (object === 'me' || object === 'us') && !conditioned(s, i);
}

/** Where a move went: "moved from Felixstowe to Great Yarmouth" went to Great Yarmouth. */
function destination(s: Scan, k: number) {
  if (s.lang !== 'en' || s.tokens[k + 1]?.lower !== 'from') return objectAfter(s, k);
  const left = s.nounPhrase(k + 2, { complements: 0 });
  return left && s.is(left.to + 1, 'complementWords') && s.same(k, left.to + 2) ? objectAfter(s, left.to) : objectAfter(s, k);
}

/** How far after the verb its date may stand: "pushed the congestion charge through council last year". */
const MAX_TO_DATE = 12;

/**
 * "You pushed the congestion charge through council last year": an English past verb its clause dates (a
 * year, "last spring", "two years ago") tells a thing they did, not what every reader does.
 */
function datedPast(s: Scan, k: number): boolean {
  if (!englishPast(s, k)) return false;
  for (let j = k + 1; j <= k + MAX_TO_DATE && s.same(k, j); j++) {
    const w = s.tokens[j].lower;
    if (isYear(w) || w === 'ago' || (w === 'last' && s.isNoun(j + 1, 'timeNouns'))) return true;
  }
  return false;
}

/** "You" opening a clause, as its subject: not "I'll give you a call", "je vous écris". */
export function asSubject(s: Scan, i: number): boolean {
  const before = i - 1;
  if (before < 0 || !s.same(before, i) || s.tokens[before].kind === 'punct') return true;
  return s.is(before, 'andWords') || s.is(before, 'relativeWords') || s.is(before, 'clauseConjunctions');
}

/**
 * A future or a hypothesis ("you will lead a team of six", "You would join a team of eight", "vous encadrerez",
 * "podrías liderar"): a job ad's duties, not what they did.
 */
export function toCome(s: Scan, i: number, k: number): boolean {
  for (let j = i; j < k; j++) if (modalOrFuture(s, j)) return true;
  const verb = s.tokens[k].lower;
  return (s.lang === 'fr' && /[ei]r(?:ez|as|iez|ais)$/.test(verb)) || (s.lang === 'es' && /(?:rás|rá|réis|rías|ría)$/.test(verb));
}

/** How far after a verb its clause's first content word may stand: "suggested I talk", "asked how we tag". */
const CLAUSE_REACH = 3;

function clauseAfter(s: Scan, k: number): boolean {
  for (let m = k + 1; m <= k + CLAUSE_REACH && m < s.tokens.length && s.same(k, m) && s.tokens[m].kind === 'word'; m++) if (s.isContent(m)) return true;
  return false;
}

/** How many words others who share the verb with "you" may take: "you and the PICU nursing team presented". */
const MAX_CO_SUBJECT = 6;

/** The work verb after "you and <others>" at `and`, or the word after "and" when there is none. */
function sharedVerb(s: Scan, and: number): number {
  for (let m = and + 1; m <= and + MAX_CO_SUBJECT && m < s.tokens.length && s.same(and, m) && s.tokens[m].kind === 'word'; m++) {
    if (s.is(m, 'workVerbs')) return m;
  }
  return and + 1;
}

/** A participle of work, news or a move ("publié", "eröffnet", "incorporado"). */
export function isParticiple(s: Scan, k: number): boolean {
  return s.isParticipleOf(k, 'workParticiples') || s.isParticipleOf(k, 'moveVerbs') || s.isParticipleOf(k, 'newsVerbs');
}

/** How far before German's second-place verb what opens the sentence is read for the writer. */
const WRITER_BEFORE_REACH = 12;

/** "was ihr mit FitBox aufgebaut habt": "what" before the reader, and nothing up to the participle but function words and their company. */
function unnamedWhat(s: Scan, i: number, from: number, k: number, company: string | undefined): boolean {
  if (!s.is(i - 1, 'whatWords')) return false;
  for (let j = from; j < k; j++) if (s.isContent(j) && !onlyTheirCompany(s, { from: j, to: j, head: j }, company)) return false;
  return true;
}
