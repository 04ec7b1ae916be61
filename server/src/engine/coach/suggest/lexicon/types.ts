import type { EvidenceKind } from '../../evidence/types';

/** What a determiner before a noun tells about it: its gender, and whether it is plural. */
export interface Agreement {
  gender?: 'm' | 'f' | 'n';
  plural?: boolean;
  /**
   * The body's form cannot open a subject as written: a dative, accusative or genitive form ("Ihrem",
   * "den"), an indefinite article, someone else's possessive ("its", "son"). Its hint is still read.
   */
  dropped?: boolean;
  /** "a", "einem", "une": not a definite occasion, so no "our chat at …" is built on it. */
  indefinite?: boolean;
}

/** A word's form for each agreement a template may need; `other` stands for whatever is not listed. */
export interface Forms {
  m?: string;
  f?: string;
  n?: string;
  pl?: string;
  /** Plural of a masculine or feminine noun, where they differ ("nuestros", "nuestras"). */
  plm?: string;
  plf?: string;
  /** Before a vowel ("ton idée" in French). */
  vowel?: string;
  other?: string;
}

export type Register = 'formal' | 'informal';

/**
 * How subjects are written in one language, as data: the word classes a phrase is read with and the
 * templates it is put into. Templates name slots in braces (see suggest/slots.ts); a template whose slot
 * the draft cannot fill is skipped, so each kind lists its best template first and its safest last.
 */
export interface SuggestLexicon {
  /**
   * Articles and possessives that may open a phrase, with what they say about the noun. A template adds
   * its own ("Your …", "Ihr …"), so the body's is dropped and kept only as a hint of gender and number.
   */
  determiners: Readonly<Record<string, Agreement>>;
  /** German nouns come capitalised: lowercase words between a determiner and the noun are inflected adjectives. */
  dropsInflectedAdjectives: boolean;
  /**
   * German "die", "Ihre", "deine" are feminine or plural: the noun says which. Feminine singulars end in -e,
   * -ung, -heit, -ion and hardly ever in -en or -s, which plurals do ("deine Patches", "Ihre Studien").
   */
  pluralAfterFeminine?: { endings: readonly string[]; not: readonly string[] };
  /**
   * Articles decline: after a preposition ("auf der Messe") the body's article is not nominative and
   * cannot open a subject; listed here, an article whose gender then differs ("der": feminine dative).
   * Undefined where articles do not decline.
   */
  afterPreposition?: Readonly<Record<string, Agreement>>;
  /** "your SREcon keynote": the place or event may stand before the artifact as a modifier. */
  whereBeforeHead: boolean;
  /** Prepositions of place and occasion ("at", "auf", "beim", "à", "en"): "Our chat at the Berlin meetup". */
  /** "being", "getting": after a name they make it the subject of a passive ("Quay being bought by Teradyne"), which takes no article. */
  passiveGerunds?: readonly string[];
  placePrepositions: readonly string[];
  /** Nouns for a conversation ("chat", "Gespräch"): "Since our chat at …" needs one. */
  conversationNouns: readonly string[];
  /** News nobody congratulates (layoffs, a closure): such news gets a neutral template. */
  sombreNews: readonly string[];
  /** Words by which a body congratulates; news is congratulated first only when the body does. */
  congratulations: readonly string[];
  /**
   * The reader as a clause's subject, matched as written ("Sie", "du", "vous", "you"): a phrase holding one is a
   * clause ("hatten Sie mir geschildert"), never a subject's noun phrase.
   */
  subjectPronouns: readonly string[];
  /** Pronouns of informal address; a subject for a formal draft never holds one. */
  informalPronouns: readonly string[];
  /** Pronouns of formal address, matched as written (German "Sie" is formal only capitalised). */
  formalPronouns: readonly string[];
  /**
   * Pronouns that open a verb's object ("you", "your", "us"): a subject whose last word the body follows with one
   * may be cut from a clause after its verb ("StayDirect gives" of "StayDirect gives you a booking engine").
   */
  objectOpeners?: readonly string[];
  /** Adverbs that only a clause holds ("still", "just"): "Your members still book" goes on as a sentence. */
  clauseAdverbs?: readonly string[];
  /** Extra words a phrase never ends on, beyond the base function words (question words, quantifiers). */
  danglingWords: readonly string[];
  /** "your", "Ihr": the addressee's possessive by register and agreement; `_dat` after a dative preposition. */
  your: Record<Register, Forms>;
  yourDative: Record<Register, Forms>;
  /** "our": the writer's and reader's possessive by agreement. */
  our: Forms;
  /** The article a template puts before a noun it congratulates on ("the", "zum", "le", "el"). */
  article: Forms;
  /**
   * How a company owns something: `{company}'s` in English, `{company}s` in German; undefined where a language
   * says it with "de". Data, not code, so the lexicon travels as JSON (data/evidence-<lang>.json).
   */
  possessive?: Possessive;
  /**
   * Templates by evidence kind, per register; `ask` for the topic of the body's question, `cheer` for news
   * and moves worth congratulating (first when the body congratulates or the news is a move).
   */
  templates: Record<EvidenceKind | 'ask' | 'cheer', Record<Register, readonly string[]>>;
}

/** A language's genitive of a name: the mark after a name ending in `bareAfter`, else `suffix`; none after `never`. */
export interface Possessive {
  /** Endings (lower case) after which the name takes only `bare`: "Stripe Atlas" -> "Stripe Atlas'", "Weiß" -> "Weiß’". */
  bareAfter: readonly string[];
  bare: string;
  suffix: string;
  /** Endings of a name's last word (after a space) that take no genitive at all: "Hellwig Steuerungstechnik". */
  never?: readonly string[];
}
