/**
 * What the subject judgement knows about one language, as word classes a reader can check against
 * docs/rules/generic-subject.md. Entries are lower case and matched as whole words (a plural "s"/"es"
 * and a possessive "'s" are read as the base word); an entry with a space is a phrase of whole words.
 */
export interface SubjectLexicon {
  /** Words that say a thing is the reader's: "your", "Ihr", "votre", "su". */
  possessives: readonly string[];
  /** What a person makes, says or does in public that a subject can cite: post, talk, patch, memo, episode, question. */
  artifacts: readonly string[];
  /** What happens to a person or company that a subject can cite: round, launch, office, promotion, award. */
  news: readonly string[];
  /** The writer speaking ("we", "our", "wir", "nous"): a name next to one, after `senderPrepositions`, is the sender's own. */
  firstPerson: readonly string[];
  /** The writer's possessives ("our", "unser", "notre", "nuestro"): a capitalised name right after one is the sender's own. */
  senderPossessives: readonly string[];
  /** Prepositions that put the writer at a company: "at Zentrix we", "bei Lindqvist", "chez Orbeo", "en Korvo". */
  senderPrepositions: readonly string[];
  /** Units of time: a number before one is a duration ("10 minutes of your time"), not a figure of theirs. */
  timeUnits: readonly string[];
  /** Congratulations: before their news or work it cites it ("Congrats on the Series C"). */
  congratulations: readonly string[];
  /** Words that make a named person a mutual contact: suggested, mentioned, intro, recommended. */
  referrals: readonly string[];
  /** Words that mark background the writer shares with the reader: fellow, alum, grad, classmate. */
  background: readonly string[];
  /** Words that recall a conversation with the reader: "you asked", "as agreed", "we discussed". */
  conversation: readonly string[];
  /** Labels: nouns naming the kind of message rather than its content: proposal, introduction, follow-up, attached. */
  labels: readonly string[];
  /** Vague requests: what any sender asks for without saying about what: minute, chat, coffee, advice, feedback, connect. */
  requests: readonly string[];
  /** Offer and service nouns: after one modifier they make a category ("Rust opportunity", "Website design services"). */
  categories: readonly string[];
  /** Job titles, seniorities and fields: a kind of person, not a name (CFO, hygienist, frontend, senior). */
  roles: readonly string[];
  /** Words that never name anything: stock adjectives and adverbs, greetings, thanks, time words, flattery nouns. */
  stock: readonly string[];
  /** Growth verbs a marketing subject opens with or promises: boost, supercharge, unlock, cut, double. */
  growthVerbs: readonly string[];
  /** Abstractions a growth verb promises to improve: growth, sales, revenue, efficiency, pipeline. */
  abstractions: readonly string[];
  /** Hype and bait words, enough on their own: "free", "guaranteed", "revolutionary", "rockstar", "#1". */
  hype: readonly string[];
  /** Superlatives and intensifiers: two in one subject are stacked hype ("Amazing Exclusive Offer"). */
  superlatives: readonly string[];
  /** Words that make a percentage a promise ("up to 50%", "20% off", "bis zu 30 %", "hasta un 40% más"). */
  percentBait: readonly string[];
  /** Hype idioms, matched as whole-word phrases: "next level", "once in a lifetime", "limited time". */
  hypePhrases: readonly string[];
  /** Verbs of a sender describing their own search: seeking, looking, sucht, cherche, busca. */
  selfPitch: readonly string[];
  /** Endings of abstract nouns: an unlisted word with one is vocabulary (Teleradiology, Monetization), not a name. */
  abstractEndings: readonly string[];
  /**
   * A conversation that took place: the writer's possessive and one of `nouns`, with one of `since` before
   * ("Since our chat", "Nach unserem Gespräch") or one of `places` after ("our chat at", "notre échange lors
   * du"). Read only in that frame, so the nouns keep their classes elsewhere ("Quick chat?" is a request).
   */
  talk: { nouns: readonly string[]; places: readonly string[]; since: readonly string[] };
}

/** The entries of the lexicon that are not lists of words a subject's word may belong to. */
export type NotWordClass = 'hypePhrases' | 'abstractEndings' | 'talk';
