/**
 * What the ask check knows about one language: word classes a reader can check against
 * docs/rules/no-ask.md. Entries are words or phrases (words separated by spaces), matched whole and
 * case-insensitively unless the class says otherwise; French elisions ("n'hésitez") are two words.
 */
export interface AskLexicon {
  /** Words that address the reader: "you", "Sie", "vous", "usted". Makes a question a request to them. */
  reader: readonly string[];
  /** Whether `reader` and `readerObjects` are matched as written ("Sie" is the reader, "sie" is not). */
  readerCased?: boolean;
  /** The reader as the one something is given to or done for: "Ihnen", "vous", "te", "le". */
  readerObjects: readonly string[];
  /** A question to the reader at the start of a clause; counts without a question mark ("would you", "hätten sie"). */
  questionOpeners: readonly string[];
  /**
   * How a question that asks for something opens ("would", "could I", "hätten", "¿le interesaría"): such a
   * question is an ask even with more pitch after it; "Do you struggle with churn?" is not, unless it ends the body.
   */
  requestQuestions: readonly string[];
  /** Imperatives a reader can act on, at the start of a clause: "reply", "let me know", "melde dich". */
  imperatives: readonly string[];
  /**
   * Availability closes: "Je reste à votre disposition", "Quedo a su disposición", "Ich stehe Ihnen zur
   * Verfügung". A courtesy every letter ends with; an ask only with what for in its sentence, a meeting noun
   * or an offer verb ("Quedo a su disposición para una llamada breve").
   */
  availabilityCloses: readonly string[];
  /** What a meeting is called: call, chat, coffee; appel, échange; llamada, reunión; Gespräch, Termin. */
  meetingNouns: readonly string[];
  /** Invitations that count wherever they stand: "feel free to", "n'hésitez pas", "no dude en". */
  invitations: readonly string[];
  /**
   * Conditional requests by their words, all in one sentence ("würde" + "freuen" + "über": "Über eine
   * Rückmeldung würde ich mich freuen"): the polite form of asking where word order varies.
   */
  conditionalRequests?: readonly (readonly string[])[];
  /**
   * Degree words that may stand inside a request's words without changing it: "I would *really* appreciate",
   * "lassen Sie mich *gern* wissen". Optional: a language without them matches its phrases as listed.
   */
  intensifiers?: readonly string[];
  /**
   * Questions that open a pitch and ask for nothing: "Did you know...", "Ever wondered...", "Wussten Sie...",
   * "Saviez-vous...", "¿Sabías que...". A question that opens with one is never the ask.
   */
  rhetoricalOpeners?: readonly string[];
  /**
   * The question word for a person as subject ("who", "wer", "qui", "quién") and the verbs of thinking or
   * foreseeing in the past ("thought", "gedacht", "cru", "pensado"): together they wonder, and ask nothing
   * ("Who'd have thought a hedge could make law?", "Wer hätte gedacht, dass ...", "Qui aurait cru ...").
   */
  whoWords?: readonly string[];
  wonderVerbs?: readonly string[];
  /**
   * The writer's side opening a sentence: "we", "our", "unser", "notre", "nuestro". A question that does
   * not speak to the reader, with such a sentence after it, is one the pitch answers ("Who reads all those
   * logs? Our system...").
   */
  ourPitch?: readonly string[];
  /** Words a clause may open with before its imperative: "please", "just", "bitte", "einfach". */
  leadIns: readonly string[];
  /**
   * Words that join a second clause with its own verb first: and, then (und, dann; et, puis; y, luego). "Try them on
   * Saturday and tell me what your fitters think", "Cuenta con los tres y dime qué papeles hacen falta".
   */
  joiners?: readonly string[];
  /** Conjunctions that open a condition or reason: an imperative may follow its comma ("if you're open, grab..."). */
  subordinators: readonly string[];
  /** Willingness to do something for the reader: "gern", "volontiers", "con gusto". An offer next to a reader object or an offer verb. */
  willing: readonly string[];
  /**
   * What the writer will do for the reader, said in the present: an offer after a condition on the reader's
   * wish or interest in the same sentence ("Si te interesa, te paso los detalles", "Si tu veux, je t'envoie la
   * liste", "Wenn Sie möchten, schicke ich Ihnen"). Without such a condition "te cuento que..." only tells.
   */
  conditionalOffers?: readonly string[];
  /**
   * A condition on its use to the reader ("if useful", "falls hilfreich", "si ça peut servir", "si te sirve"):
   * like a condition on their wish, it makes what the writer is able to do for them an offer.
   */
  usefulnessConditions?: readonly string[];
  /**
   * Words that say a thing would be of use ("useful", "hilfreich", "utile", "útil"): anywhere in a condition's
   * clause ("if it'd be useful to your team", "falls das für Sie hilfreich wäre") they make it a condition of use.
   */
  usefulWords?: readonly string[];
  /** Verbs that say a time or a plan suits the reader, read inside a condition: "if Thursday works", "si cela vous convient". */
  suitVerbs?: readonly string[];
  /**
   * Verbs of what a reader does with a thing, read at a clause's start as an imperative ("Check the belt width",
   * "Have a look at pages 4-7", "Come and try them"): an ask only with a day to do it by, or the reader or writer in its clause.
   */
  actionVerbs?: readonly string[];
  /** Days and near times that give an imperative its deadline ("by Wednesday", "antes del viernes"). */
  deadlineWords?: readonly string[];
  /** Endings of the writer's future ("passerai", "llevaré"): under a condition on the reader, what the writer will then do is offered. */
  writerFutureEndings?: readonly string[];
  /** "15 minutes", "20 Minuten": a figure and one of these propose a meeting as a meeting noun does. */
  durationNouns?: readonly string[];
  /** How many of them, in words: "ten minutes", "a few minutes", "zehn Minuten", "quelques minutes", "unos minutos". */
  countWords?: readonly string[];
  /** Conditions proper ("if", "falls", "si"): with time or a meeting inside ("if you have a moment", "si t'as un créneau pour un café") the sentence asks. */
  conditionals?: readonly string[];
  /**
   * Subordinators that report or explain rather than set a condition ("wie besprochen", "dass", "as discussed",
   * "because"): the reader in such a clause puts no condition on an offer.
   */
  reportingSubordinators?: readonly string[];
  /**
   * The writer and the reader together as a subject ("we", "let's", "wir", "on", "nous"; Spanish says it by
   * "-mos"): under a condition on the reader, what "we" then do is a proposal ("Si cela vous convient, on se
   * retrouve au salon", "Wenn es passt, treffen wir uns auf der Messe").
   */
  weSubjects?: readonly string[];
  /** A verb ending that says "we" where the language drops the pronoun ("agendamos", "quedamos"). */
  weEndings?: readonly string[];
  /** "Each other" after "we": "treffen wir uns", "on se retrouve", "nos vemos": a meeting proposed. */
  reciprocals?: readonly string[];
  /** The writer as subject ("I", "ich", "je"): before the reader as object under such a condition, an offer ("je vous réserve une place"). */
  writerSubjects?: readonly string[];
  /**
   * The writer as the object before a verb the reader does ("me avisas", "me cuentas", "nos dices"): in Latin
   * American Spanish the present asks as an imperative does.
   */
  writerObjects?: readonly string[];
  /** A verb ending that says "I" where the language drops the pronoun: Spanish "reservo", "mando". */
  writerEndings?: readonly string[];
  /** What the reader would give under such a condition: time, a moment, a slot, being free or willing. */
  readerTimeNouns?: readonly string[];
  /** A time the reader chooses ("at your convenience", "à votre convenance"): what the writer is able to do then is offered. */
  readerTimeChoice?: readonly string[];
  /** A statement of availability ("zur Verfügung", "à votre disposition"): willingness in it offers only what it says it is for. */
  availabilityWords?: readonly string[];
  /**
   * Endings that make the verb right after a subordinator the reader's, where the language drops the pronoun:
   * Spanish "Si quieres", "si prefieres", "cuando puedas" speak to the reader by the verb alone.
   */
  readerVerbEndings?: readonly string[];
  /**
   * Where a call to action points: a link noun with a pointer ("the link below", "le lien ci-dessous", "el
   * enlace de abajo", "über den Link unten"). A clause that opens on a verb, not a pronoun or an article,
   * and points there, or to a web address, asks for a click ("Apply today at the link below").
   */
  linkNouns?: readonly string[];
  linkPointers?: readonly string[];
  /** First-person ability or intent: "I can", "I'll", "je peux", "puedo". An offer only before an offer verb. */
  able: readonly string[];
  /**
   * The same with the writer left out, as terse notes write it, read only where a clause opens: "Can send over
   * references", "Would love 15 minutes next week" ("Fleets can send data" is no offer).
   */
  ableWithoutSubject?: readonly string[];
  /**
   * Willingness with its verb after it ("happy to", "glad to"): whatever the writer is willing to do is offered
   * ("I'm happy to take a look next time I'm passing"), unless it is a reaction (reactionVerbs) or was.
   */
  willingTo?: readonly string[];
  /** What one is glad to have seen, to tell or to be, not to do for the reader: "glad to see", "happy to announce", "happy to stay". */
  reactionVerbs?: readonly string[];
  /** A past copula before willingness makes it a feeling that was: "I was happy to hear", "we've been delighted to help". */
  pastCopulas?: readonly string[];
  /**
   * A conjunction that opens a clause as an offer verb's object ("share that", "partager que"): with a subject after
   * it, the verb tells news ("We're delighted to share that Ashcombe Manor has been named ..."), offering nothing.
   */
  clauseObjects?: readonly string[];
  /** Words that open a clause's subject after "that": "delighted to share that our fourth setting opened". */
  subjectOpeners?: readonly string[];
  /**
   * Past forms a verb has without "-ed" ("told", "sold"): a "when" clause in the past ("When you told me in March
   * that ...") tells what happened and sets no condition on what the writer then does.
   */
  irregularPasts?: readonly string[];
  /** What a writer offers to do, as written after a modal: "send", "share", "walk", "envoyer", "enviar". */
  offerVerbs: readonly string[];
  /** How many words after an "able" phrase its offer verb may stand; German puts it last in the clause (default 3). */
  offerVerbReach?: number;
  /** Words before a clause's verb that make it a request ("please", "kindly"), and the verbs after them that point rather than ask ("please find attached"). */
  pleaseWords?: readonly string[];
  pleaseNonRequests?: readonly string[];
  /** Offer verbs take object pronouns on their end ("enviarle", "mandártelo"): match them as prefixes. */
  encliticVerbs?: boolean;
  /** Words after a willingness marker that make it a past pleasantry, not an offer ("ravi de vous avoir rencontré"). */
  pastAuxiliaries: readonly string[];
  /** Asking to connect or keep in touch, a connection note's own request: "connect", "vernetzen", "rester en contact". */
  connect: readonly string[];
  /** Clause-initial verb shapes of the language's imperatives and inverted questions. */
  verbFirst?: VerbFirst;
}

/** How the language marks a verb-first request in the word itself or the word after it. */
export interface VerbFirst {
  /** The reader's pronoun right after a clause's first word makes that word a verb ("Hätten Sie", "Lassen Sie"). As written. */
  pronounAfter?: readonly string[];
  /** Hyphenated pronouns that make a word an inverted question or an imperative ("Seriez-vous", "Dites-moi"). */
  hyphenSuffixes?: readonly string[];
  /**
   * Verbs that ask for a reply or a booking ("Antworten Sie", "Répondez"). Any other verb-first imperative asks
   * only when the writer is in its clause ("Geben Sie mir Bescheid"): "Steigern Sie Ihren Umsatz" and
   * "Découvrez notre solution" are pitch. Matched on the verb, without a hyphenated pronoun.
   */
  replyVerbs?: readonly string[];
  /** The writer as object or subject: "mir", "uns"; "moi", "nous"; "me". An imperative with one asks. */
  writer?: readonly string[];
  /** Hyphenated pronouns of an inverted question ("Seriez-vous", "Puis-je"); the other suffixes make an imperative. */
  inversions?: readonly string[];
  /** Endings of imperatives addressed to the reader ("Répondez", "Avísame"), with words that only look like them. */
  endings?: readonly string[];
  /** Endings that mark one only in a word with a written accent, the stress the pronoun moved ("Escríbenos"; "buenos" has none). */
  stressedEndings?: readonly string[];
  minLength?: number;
  except?: readonly string[];
}
