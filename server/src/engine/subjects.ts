/**
 * Subject lines written from the draft itself. A generic subject is fixed by naming what the body shows
 * the writer looked at: the recipient's work or news, a mutual contact, a conversation, shared
 * background. A body with none of these gets no subject (the rule says what to add to the body instead).
 */
import { recipientEvidence } from './coach/evidence';
import { messageLanguage, type LanguageReading } from './coach/language';
import { subjectsFromEvidence } from './coach/suggest';
import { subjectGenericReason } from './copy';
import type { Message } from './types';

export interface SubjectLimits {
  subjectWords: number;
  subjectMax: number;
}

/**
 * 2-4 subjects, best first, in the message's language and register; none when the body holds no
 * evidence or is in a language the copy rules do not read. `reading` is the message's language, when the
 * caller has read it already (the lint's rule context has).
 */
export function suggestSubjects(message: Message, limits: SubjectLimits, reading: LanguageReading = messageLanguage(message)): string[] {
  const lang = reading.lang;
  if (!lang) return [];
  // A suggestion must name something on its own, against the body alone: the To and Company headers
  // are often merge-filled per recipient, and a subject that is specific only through them is not. It must
  // also pass the rule as the lint then judges it, headers and all, or the fix would leave its problem:
  // "Congrats on the move to Acme" names only their company, which the headers make a vague request.
  const known = { body: message.body };
  const withHeaders = { body: message.body, to: message.to, company: message.company };
  return subjectsFromEvidence(message, lang, recipientEvidence(message, lang), {
    // Under the limit, not at it: with the default of 10, under 10 words as the issue asks.
    maxWords: limits.subjectWords - 1,
    maxUnits: limits.subjectMax,
    isGeneric: (subject) => subjectGenericReason(subject, known, lang) !== undefined || subjectGenericReason(subject, withHeaders, lang) !== undefined,
  });
}

export { askTopic } from './coach/suggest/ask';
