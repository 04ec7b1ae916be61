/**
 * What the copy rules know about one language, as data a reader can check against the rule docs.
 * Each list is matched as whole words, case-insensitively; a phrase is a list of words.
 */
export interface Lexicon {
  /** Business and outreach words the frequency list misses but every sales template uses ("onboarding", "synergy"). */
  businessWords: readonly string[];
  /** Articles, prepositions, pronouns, conjunctions: a phrase never ends on one. */
  functionWords: readonly string[];
  /** Salutations a body opens with ("hi", "dear", "sehr geehrte"). */
  greetings: readonly string[];
  /** Titles before a name, never a first name ("dr", "frau"). */
  honorifics: readonly string[];
  /** Words that make a `To:` a team or a role, not a person ("recruiting", "team"). */
  teamWords: readonly string[];
}
