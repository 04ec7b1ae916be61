/**
 * The topic of the body's question, when it names something: "Could I ask you about onboarding remote
 * engineers at Globex?" gives "about" and "onboarding remote engineers at Globex". The weakest hook, used
 * last, and only beside evidence: a question's topic alone does not show the writer looked at anyone.
 */
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { danglingWords, fold, opensClause } from './phrase';

// The topic of a question runs from the letter after one of these words to the question mark, in one
// clause. The letter comes first, so a long run of spaces is not searched backwards from each of its positions.
const TOPIC_START: Record<CoachedLanguage, RegExp> = {
  en: /\p{L}(?<=\b(?:about|on|around|regarding|re)\s+\p{L})/giu,
  // Not "zu", which also marks an infinitive ("das Thema zu vertiefen?").
  de: /\p{L}(?<=(?<!\p{L})(?:über|zum|zur|bezüglich)\s+\p{L})/giu,
  fr: /\p{L}(?<=(?<!\p{L})(?:sur|concernant)\s+\p{L})/giu,
  es: /\p{L}(?<=(?<!\p{L})(?:sobre|acerca de|respecto a)\s+\p{L})/giu,
};
// What ends a clause: a topic phrase never runs past one. ¿ opens a Spanish question: the clause before it is not the question.
const CLAUSE_END = /[.,;:!?¿\n()—–]/g;

/**
 * The topic of the first question that has one: "about how you rolled out on-call?" gives "how you rolled
 * out on-call". As one regex, /\b(?:about|on|around|regarding|re)\s+(\p{L}[^.,;:!?\n()—–]*)\?/iu, each
 * "on" of a long clause without a question mark read the clause to its end: seconds on 100,000 characters.
 * Here each clause is read once: every start inside a clause that ends otherwise is skipped with it.
 */
export function askTopic(text: string, lang: CoachedLanguage = 'en'): string | undefined {
  return askTopicAt(text, lang)?.topic;
}

function askTopicAt(text: string, lang: CoachedLanguage): { topic: string; start: number } | undefined {
  const starts = TOPIC_START[lang];
  starts.lastIndex = 0;
  CLAUSE_END.lastIndex = 0;
  let end: RegExpExecArray | null = null;
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    if (!end || end.index < start.index) {
      CLAUSE_END.lastIndex = start.index;
      end = CLAUSE_END.exec(text);
    }
    if (!end) return undefined;
    if (end[0] === '?') return { topic: text.slice(start.index, end.index), start: start.index };
    starts.lastIndex = end.index + 1;
  }
  return undefined;
}

export interface AskTopic {
  /** The word that introduced it in the body ("about", "zu"), so the topic keeps its case. */
  preposition: string;
  words: string[];
}

/**
 * The question's topic cut after its last word that is not common vocabulary ("RetainIQ" in "about
 * RetainIQ make sense?"): what it names, without the rest of the question. None when it names nothing.
 */
export function namedAskTopic(body: string, lang: CoachedLanguage): AskTopic | undefined {
  const found = askTopicAt(body, lang);
  if (!found) return undefined;
  const words = found.topic.split(/\s+/).filter(Boolean);
  // "about it over a call": a pronoun is no topic.
  if (words.length === 0 || opensClause(words[0], lang)) return undefined;
  const dangling = danglingWords(lang);
  let last = -1;
  words.forEach((w, i) => {
    const folded = fold(w);
    if (folded && !dangling.has(folded) && (/\d/.test(folded) || !isCommonWord(folded, lang))) last = i;
  });
  if (last < 0) return undefined;
  const preposition = body.slice(Math.max(0, found.start - 20), found.start).trimEnd().split(/\s+/).pop() ?? '';
  return { preposition, words: words.slice(0, last + 1) };
}
