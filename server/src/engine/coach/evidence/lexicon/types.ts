/**
 * The word classes the recipient-evidence finders read, one file per language. Each list is a class a
 * reader can check against docs/rules/missing-personalization.md; an entry of several words is matched as
 * consecutive words ("put us in touch"). Matching is on lower case; French elisions are words of their own
 * ("m' a recommandé").
 */
import type { AskLexicon } from '../../ask/lexicon/types';
import type { SubjectLexicon } from '../../subject/lexicon/types';
import type { SuggestLexicon } from '../../suggest/lexicon/types';

export interface EvidenceLexicon {
  /**
   * The language's ask lexicon (coach/ask/lexicon), carried with the evidence lexicon so that a German, French or
   * Spanish draft's word classes are one data file, fetched once, outside the bundles. English's is inside.
   */
  ask?: AskLexicon;
  /** The language's subject lexicon (coach/subject/lexicon), carried the same way. */
  subject?: SubjectLexicon;
  /** The language's suggestion lexicon (coach/suggest/lexicon), carried the same way. */
  suggest?: SuggestLexicon;
  /** "your": second-person possessives that open a reference to their work ("your keynote"). */
  yourWords: readonly string[];
  /** Possessives that count only when capitalised (German formal "Ihr", which lower-case is "her"/"their"). */
  formalYourWords?: readonly string[];
  /** "you" as the subject of a past verb ("you led", "Sie haben ... geleitet", "vous avez écrit"). */
  youWords: readonly string[];
  /** Things a person makes, says or publishes: post, keynote, patch, memo, episode, earnings call... */
  artifactNouns: readonly string[];
  /** Nouns that name their work only with a topic after them ("your work on the developer portal"). */
  topicNouns: readonly string[];
  /** Things every template praises: profile, background, career, culture. Never evidence, even possessed. */
  genericNouns: readonly string[];
  /** Owners that may stand between "your" and the artifact: "your company blog", "Ihr Team-Podcast". */
  ownerNouns: readonly string[];
  /** Prepositions that carry a noun phrase's topic or place ("talk on canary releases", "at KubeCon"). */
  complementWords: readonly string[];
  /** Past forms of work verbs after "you": led, shipped, wrote, spoke ("you led the move to event sourcing"). */
  workVerbs: readonly string[];
  /** Words that open a relative clause after an artifact ("the talk where you...", "el artículo que..."). */
  relativeWords: readonly string[];
  /** Auxiliaries that with "you" make a perfect ("you've", "Sie haben", "vous avez", "has"). */
  perfectAux: readonly string[];
  /** Participles of work verbs after a perfect auxiliary ("geleitet", "publié", "publicado"). */
  workParticiples: readonly string[];
  /** Spanish: endings of the second-person preterite ("dijiste", "migrasteis"), read as "you did". */
  youPastEndings?: readonly string[];
  /** Words with such an ending that are no verb in the past ("triste", "existe"). */
  youPastExceptions?: readonly string[];
  /** "thanks for" + a work verb in -ing ("thanks for demoing your plugin"). */
  thanksFor: readonly string[];
  workGerunds: readonly string[];

  /** Verbs of company news: raised, launched, opened, acquired, announced, expanded; present forms too. */
  newsVerbs: readonly string[];
  /** Words between a subject and its news verb: "just", "recently", "vient de", "acaba de", "hat gerade". */
  newsAux: readonly string[];
  /** Nouns of company news: round, Series, acquisition, office, expansion, IPO. */
  newsNouns: readonly string[];
  /**
   * What a congratulation without news praises: success, work, growth ("congrats on all your success"), and
   * the occasions LinkedIn prompts everyone to congratulate (a work anniversary, a birthday).
   */
  praiseNouns: readonly string[];
  /** Prepositions that say what a congratulation is for, after whom ("congratulations to the team on"). */
  congratsFor: readonly string[];
  /** Someone who uses what their company makes: customer, user, subscriber. */
  userNouns: readonly string[];
  /** What the writer is to them as one who uses them: a customer, a patient, a member, a regular ("je suis patiente chez vous"). */
  patronNouns: readonly string[];
  /** The writer saying what they are: "I'm", "je suis", "ich bin", "soy". */
  writerIsWords: readonly string[];
  /** "as" before what the writer is to them: "als Stammkundin hab ich", "as a regular, I", "en tant que patiente, je". */
  asWords: readonly string[];
  /** "congrats on", "félicitations pour": what follows is their news. */
  congrats: readonly string[];
  /** "read in", "saw in": + an outlet + "that" ("Read in Sifted that..."). */
  readIn: readonly string[];
  /** Words that join the outlet to the news ("that", "about"). */
  readInThat: readonly string[];
  /** "saw", "noticed": + a company or person name + a news or move verb ("saw Initech just opened..."). */
  sawCues: readonly string[];
  /** The writer's auxiliary before a participle of seeing: "I have seen", "ich habe gesehen", "j'ai vu", "he visto". */
  writerAux: readonly string[];
  /** Spanish: seeing in the writer's first person, no pronoun needed ("vi que", "leí"). */
  writerSawCues?: readonly string[];
  /** "watched you speak", "heard you on": seeing their work without a possessive. */
  workCues?: readonly string[];
  /** "vous venez de", "acabas de": + a verb, something they just did. */
  justDid?: readonly string[];
  /** Where everyone posts: a post "on LinkedIn" names nothing by its place alone. */
  platformWords: readonly string[];
  /** "our booth", "notre stand": a meeting there is a trade-show mass follow-up unless a topic is named. */
  boothWords: readonly string[];
  /**
   * Events one writer gives to many at once ("webinar", "webinaire", "seminario web"): the reader there was one of
   * the audience, unless it was theirs ("your webinar"), so what the body says of it was said to all.
   */
  broadcastEvents: readonly string[];
  /** "mutual friend", "ami commun": + a name. */
  mutualCues: readonly string[];
  /** "according to" + an outlet ("laut t3n", "según Cinco Días", "selon Les Echos"). */
  accordingTo: readonly string[];
  /** What a judgement or a detail is taken from: "judging by your careers page", "from your job ads", "aus Ihren Stellenanzeigen". */
  sourceWords: readonly string[];

  /** Verbs of a move after "you": moved, joined, took over ("saw you moved to Datadog"). */
  moveVerbs: readonly string[];
  /** After "your": move, promotion, new role ("your move to Datadog"). Need a preposition after. */
  moveNouns: readonly string[];
  /** "you're now", "ahora estás": a present role reported as news. */
  nowCues: readonly string[];

  /** A conversation the writer had with them: "our chat", "we spoke", "unser Gespräch", "on a parlé". */
  conversationCues: readonly string[];
  /** First-person plural possessives before a conversation noun ("our hallway chat"). */
  ourWords: readonly string[];
  conversationNouns: readonly string[];
  /**
   * A meeting alone ("Great to meet you at Web Summit!") is what every booth follow-up says: it counts when
   * the sentence names a topic, or the body cites something they said (one of `contentNouns` after "your").
   */
  meetingCues: readonly string[];
  /** Words that introduce a topic ("about", "über", "sur", "sobre"). */
  topicWords: readonly string[];
  /** What the reader said in a conversation, by its verb or its noun: "you asked why...", "Du hattest gefragt, ob...", "your point that...". */
  saidVerbs: readonly string[];
  saidNouns: readonly string[];
  /** What someone says: take, tip, point, story ("your take that..."). */
  contentNouns: readonly string[];

  /** Verbs a mutual contact uses about you: suggested, recommended, mentioned, said. */
  mutualVerbs: readonly string[];
  /** Pronouns that must stand next to a mutual verb, so it is about the writer or reader ("suggested I"). */
  mutualObjects: readonly string[];
  /** Where a contact is from, between their name and what they said: "Ruth from the Ealing jazz club said". */
  affiliationWords: readonly string[];
  /** Nouns: recommendation, suggestion, + "of"/"de" + a name ("la recomendación de Marta Ruiz"). */
  mutualNouns: readonly string[];

  /** Shared background: "we both", "fellow", "overlapped", "same cohort", "tous les deux". */
  sharedCues: readonly string[];
  /** "fellow X alum": the nouns after fellow/another. */
  alumNouns: readonly string[];
  /** "fellow", "another": + a name + an alum noun. */
  fellowWords: readonly string[];
  /** "also", "too", "auch", "aussi", "también": with the writer as subject, what follows is shared ("I also did the YC W21 batch"). */
  alsoWords: readonly string[];
  /** "like you", "wie Sie", "comme vous", "igual que usted": with an alum noun or a background verb in its sentence, the background is shared. */
  likeYou: readonly string[];
  /** A comparison before their company: "hospitals like Acme", "Unternehmen wie Globex": any company of the kind. */
  likeWords: readonly string[];
  /** The writer speaking: "I", "ich", "je", "moi", "yo". */
  firstPersonWords: readonly string[];
  /** The writer's side as a subject ("we", "wir", "nous"): after "you", it starts another clause ("show you what we made"). */
  weWords: readonly string[];
  /** Verbs of a background (studied, worked, grew up, trained), in the writer's past; Spanish's first person needs no pronoun. */
  backgroundVerbs: readonly string[];
  /** Spanish/French: a first-person plural verb ending ("estudiamos") after "los dos"/"ambos". */
  wePastEndings?: readonly string[];
  /** Spanish: the endings of a verb in the first person plural, the writer with no pronoun ("armamos", "ofrecemos"). */
  weVerbEndings?: readonly string[];
  /** "los dos", "ambos": need a first-person plural verb after. */
  bothWords?: readonly string[];

  /** "of" between a thing and its owner ("el modelo de Cestalia", "die Website der Helio Energie"). */
  ofWords: readonly string[];
  /** Words that end a noun phrase though they carry content: adverbs of time and degree ("still", "schon"). */
  phraseStops: readonly string[];
  /** Conjunctions that open a clause with its own subject: "since", "seit", "depuis que", "desde que" ("Since Acme moved..."). */
  clauseConjunctions: readonly string[];
  /**
   * Conjunctions that open a clause of its own and are never a relative pronoun: because, whether (dass, ob, weil;
   * parce que, puisque; porque, ya que). What stands after one is another subject's: "ich möchte Sie darauf
   * aufmerksam machen, dass die Europäische Kommission ..." puts no seat on the commission to the reader.
   */
  clauseOpeners: readonly string[];
  /**
   * What a company publishes about itself: job ads, careers page, homepage, terms, menu ("Ihre
   * Stellenanzeigen", "vos conditions générales", "su web"). A detail cited from one shows the writer looked.
   */
  publishedNouns: readonly string[];
  /**
   * Public records about a body that name what it decided or was told: minutes, a tender, an inspection report,
   * a council paper ("the committee report on the Market Street car park", "el acta del pleno de marzo"). A
   * detail cited from one counts after an article too: templates do not read council minutes.
   */
  recordNouns: readonly string[];
  /** Where something is written or stands: "on your homepage", "in Ihren Stellenanzeigen", "sur votre site", "en su web". */
  placeWords: readonly string[];
  /** The time someone gave: "thanks for the half hour on Tuesday" is a conversation when it says when or where. */
  givenTime: readonly string[];
  /** Days of the week: when a conversation was. */
  dayNames: readonly string[];
  /** The months, lower-case: "Desde octubre la biblioteca presta...". */
  monthNames: readonly string[];
  /** "since": what opens a sentence's time before its subject ("Seit März", "Depuis l'été"). */
  sinceWords: readonly string[];
  /** Cardinal numbers written as words ("three", "drei", "trois", "tres"): a count, as a figure is. */
  numberWords: readonly string[];
  /** Units of time: a phrase they head ("el año próximo", "this spring") says when, not what. */
  timeNouns: readonly string[];
  /**
   * When something was, between a noun and its topic: "your thread last week about ramp time", "votre
   * billet la semaine dernière sur...". Skipped, so the topic still belongs to the noun.
   */
  timeAdverbials: readonly string[];
  /** Words that open a topic clause after a preposition ("your post on why adaptation..."): dropped from the phrase. */
  topicClauseWords: readonly string[];
  /**
   * German "was", "alles" as a free relative, the thing unnamed: "was ihr aufgebaut habt" praises what every reader
   * has built. (English reads "what you've built" by what follows the verb, which German puts before it.)
   */
  whatWords?: readonly string[];
  /** "a", "ein", "une": a thing not yet known to the reader, so not one in particular. */
  indefiniteArticles: readonly string[];
  /** The field a business is in: industry, sector, Branche, secteur, ámbito ("we're both in the logistics sector"). */
  fieldNouns: readonly string[];
  /** The area a reader is in, which every reader there shares: "your region", "Ihrer Region", "tu zona". */
  areaNouns: readonly string[];
  /** Where someone is based: based, located, ansässig, basés, ubicados ("we're both based in Manchester"). */
  basedWords: readonly string[];
  /** What could or would happen, not what does or will: could, könnte, pourrait, podría ("X could cut its costs by 20%"). */
  hypotheticalVerbs: readonly string[];
  /** Words that say something changed: "now", "désormais", "ahora", "jetzt" ("vous proposez désormais..."). */
  changeAdverbs: readonly string[];
  /** After "since": how recent a change is ("seit Kurzem", "depuis peu", "since recently"), beside months, seasons and years. */
  recentWords: readonly string[];
  /** What applies to every business alike: "wie überall", "comme partout", "for all bakeries", "across the industry". */
  everywhereWords: readonly string[];
  /** "the", "die", "la", "el", and the prepositions that hold one ("del", "du", "zum"): before the kind of business their company is ("the nursery" for Little Acorns Day Nursery). */
  definiteArticles: readonly string[];
  /** Articles and possessive determiners a noun phrase may open with and a phrase drops ("the", "its"). */
  determiners: readonly string[];
  /**
   * Words after which an artifact noun is a verb: "to show you a demo", "we'll post you the kit". English
   * nouns and verbs share their forms; other languages leave it empty.
   */
  verbMarkers?: readonly string[];
  /**
   * Praise and guesses: a sentence about their company with one of these says what every template says
   * ("Acme is an amazing company", "at Acme you probably...") rather than a fact the writer looked up.
   */
  praiseOrGuessWords: readonly string[];
  /** Where someone works or something happens at a company: "at", "chez", "bei", "en". */
  atWords: readonly string[];
  /** "against", "gegen", "contre", "contra": between a score and the opponent it was against. */
  versusWords?: readonly string[];
  /** The word a language may set between a match's two scores: "24 a 19", "3 à 1". */
  scoreJoiners?: readonly string[];
  /** German puts the verb of congratulation last: "zu Ihrer Ernennung ... gratuliere ich". */
  congratsVerbs?: readonly string[];
  /** The writer and the reader together as a subject: "we", "wir", "on", "nosotros" (Spanish says it with "-mos" too). */
  usWords: readonly string[];
  /** Verbs of talking, in the forms a conversation is told in: "talked", "parlé", "gesprochen", "hablamos". */
  talkVerbs: readonly string[];
  /** The forms of talkVerbs that carry no tense (infinitive, gerund): a talk they name may not have happened yet. */
  talkWithoutTense: readonly string[];
  /** A wish or a proposal: "I'd love to", "au plaisir de", "me encantaría", "ich würde mich freuen". */
  wishCues: readonly string[];
  /** The words that say whom someone talked with: "to", "with", "avec", "mit", "con". */
  withWords: readonly string[];
  /** "with you" after a verb of talking: "good talking margins with you", "mit Ihnen gesprochen". */
  withYou: readonly string[];
  /** A tag after a comma that makes a statement ask for agreement: "you wrote X, right?" states X. */
  tagQuestions: readonly string[];
  /**
   * What every reader does, in the forms that follow "you": "the results you want", "les défis que vous
   * rencontrez". A thing before "you" and one of these is every reader's, not their work.
   */
  everyoneVerbs: readonly string[];
  /** What a title says its holder does, after "you": "you lead", "Sie verantworten", "vous dirigez", "usted gestiona". */
  profileVerbs: readonly string[];
  /** Words that open a condition or a time to come: "if you run HubSpot" says nothing they did. */
  conditionWords: readonly string[];
  /** "you and the PICU team presented": the word that joins others to "you" as the subject. */
  andWords: readonly string[];
  /** "the same Chevening cohort as you": "same" and the words that close the comparison with the reader. */
  sameWords: readonly string[];
  asYou: readonly string[];
  /**
   * A question's opening that takes for granted what they did: "How did you get the library through
   * planning?" asks about work of theirs; "Did you ever consider...?" takes nothing for granted.
   */
  pastQuestionCues: readonly string[];
  /**
   * Bodies that judge, decide or advise: committee, jury, board (Ausschuss, Jury, Beirat; comité, jury,
   * conseil; comité, jurado, consejo). The reader's seat on a named one is their work.
   */
  bodyNouns: readonly string[];
  /** A seat that is a role on such a body: juror, chair, examiner (Jurorin, Vorsitzende; juré, présidente; jurado, vocal); a member is one through the body named. */
  seatNouns: readonly string[];
  /** Where people answer each other under a post: comments, replies (Kommentare; commentaires; comentarios). */
  commentNouns: readonly string[];
  /**
   * The reader as the one a role or a task was given to ("Ihnen", "vous", "le", "te"; English says it with
   * "you" after the verb): "man hat Ihnen die Leitung übertragen", "on vous a confié la refonte", "le encargaron".
   */
  readerObjectWords: readonly string[];
  /** "Of yours" after a piece: "that Q3 pricing memo of yours", "der Artikel von Ihnen", "ese informe suyo". */
  ofYours: readonly string[];
  /** Giving someone a role or a task: übertragen, anvertraut; confié; encargaron; entrusted, handed. */
  entrustVerbs: readonly string[];
  /** The writer's "my" (mein; mon, ma, mes; mi, mis): "you pushed back on my comment". */
  myWords: readonly string[];
  /**
   * Credit for a thing given to them: "under your leadership", "unter Ihrer Leitung", "initiée par votre équipe".
   * The thing the sentence opens with is their work.
   */
  creditCues: readonly string[];
  /**
   * What every company is doing ("is hiring", "is growing"; English after "is"/"are", the other languages in the
   * present: "sucht Pflegefachkräfte", "recrute", "están contratando"): no fact about theirs, wherever it does it.
   */
  everydayProgressives: readonly string[];
  /**
   * Words that put a day still to come: next, coming (nächsten, kommenden; prochain; próximo). "Next Tuesday's
   * call" has not happened; "Tuesday's call" has.
   */
  comingWords: readonly string[];
  /**
   * A recent day something was seen on: yesterday, this morning, on Saturday, last week (a day with 's, "Saturday's
   * game", counts too, read from the token; gestern, heute früh, am
   * Samstag, vom Samstag, letzte Woche; hier, ce matin, samedi dernier, la réunion de samedi, la semaine dernière;
   * ayer, esta mañana, el sábado, la reunión del sábado, la semana pasada). Not last year: a year is when figures are counted, not when someone was seen. Read by dated.ts.
   */
  recentPast: readonly string[];
  /**
   * A day or a time of day that comes back, when the writer passes by: every Saturday, every morning (jeden Samstag,
   * jeden Morgen; tous les samedis, tous les matins, chaque matin; todos los sábados, cada mañana). Not every day or
   * week: "saves hours every week" is what a template promises. Read by dated.ts.
   */
  recurringDays: readonly string[];
  /**
   * Being somewhere with the reader: a past verb after "we" (were, sat, stood; sind, saßen; étions; for Spanish,
   * which drops "we", the verb alone: estuvimos) and a word that puts both in one place (together, same;
   * nebeneinander, zusammen; ensemble, même, côte; juntos, misma). Read by together.ts.
   */
  togetherPast: readonly string[];
  togetherWords: readonly string[];
  /**
   * Being somewhere of theirs as a customer or a guest: ate, stayed, visited, toured, walked, passed (gegessen,
   * übernachtet, besucht, vorbeigekommen; mangé, dormi, visité, passé; comí, cené, visité, pasé: Spanish lists the
   * first person, whose ending says the writer). Read by first-hand.ts.
   */
  visitVerbs: readonly string[];
  /**
   * "is", "was" (ist, war; est, était; es, era, fue; está): a named thing before one and "your" + a piece after it
   * says which piece ("The autovacuum bug in Postgres 16.2 was your patch"); after "you" or their thing it says what
   * or where they are ("du bist in Hamburg", "tu empresa está en Rosario"), what a profile says.
   */
  copulas: readonly string[];
  /**
   * Modal and future verbs ("will", "could", "werden", "kann", "möchten", "vas"): what someone can, should or
   * will do, a job ad's duties or a hypothesis, not what they did or do.
   */
  modalVerbs?: readonly string[];
  /** Endings of a future tense said in the verb itself (Spanish "tendrán", "deberá"): what will be, as "will" says. */
  futureEndings?: readonly string[];
  /** English participles that end in neither -ed nor appear among the work verbs: "taken", "put", "set", "cut". */
  irregularParticiples?: readonly string[];
  /**
   * The auxiliaries of a perfect in every person (hat, haben, ist, sind; a, avez, as, est), for a thing of theirs
   * told by any verb (past-clause.ts). English and Spanish tell it by the past form itself.
   */
  perfectAuxiliaries: readonly string[];
  /**
   * Words that say only when a piece came out: recent, latest, last, new (letzten, neuesten; dernier, récent;
   * reciente, último). "Loved your recent post!" says which post no more than "your post" does.
   */
  recencyWords: readonly string[];
  /**
   * Words that address a crowd: everyone, all of you, attendees (alle, Teilnehmer; tous, participants; todos,
   * asistentes). A conversation in a sentence said to a crowd is had with no one in particular.
   */
  crowdWords: readonly string[];
  /**
   * Honours received and launches announced: shortlisted, named, awarded, won, announce (nominiert, ausgezeichnet;
   * lauréat, primé; premiado, galardonado). With "we" or "I" in the sentence and no "you", the award or launch
   * there is the writer's own news, not the reader's.
   */
  honourVerbs: readonly string[];
  /** Abbreviations whose dot does not end a sentence ("Dr.", "Co."), beyond the base honorifics. */
  abbreviations: readonly string[];
}
