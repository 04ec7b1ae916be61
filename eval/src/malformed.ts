/**
 * What makes a suggested subject malformed, checked by code so the count cannot drift with taste. Each
 * check is one defect a reviewer saw in real suggestions (see issue 12).
 */
import type { BodyCase, Lang } from './corpus';

// Words a subject never ends on: it would read as cut off mid-phrase.
const DANGLING: Record<Lang, readonly string[]> = {
  en: ['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'for', 'with', 'on', 'in', 'at', 'by', 'about', 'from', 'how', 'what', 'why', 'when', 'where', 'who', 'which', 'that', 'this', 'it', 'is', 'are', 'was', 'you', 'your', 'we', 'our', 'i', 'my', 'their', 'they', 'he', 'she', 'his', 'her', 'its', 'as', 'so', 'if'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'und', 'oder', 'aber', 'zu', 'für', 'mit', 'von', 'an', 'auf', 'in', 'über', 'wie', 'was', 'warum', 'dass', 'es', 'sie', 'ihr', 'ihre', 'ihren', 'ihrem', 'du', 'dein', 'deine', 'wir', 'unser', 'ich', 'mein'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'mais', 'pour', 'avec', 'sur', 'dans', 'à', 'au', 'aux', 'par', 'comment', 'que', 'qui', 'votre', 'vos', 'ton', 'ta', 'tes', 'notre', 'nos', 'je', 'nous', 'vous', 'tu', 'il', 'elle', 'ce', 'cette'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'a', 'al', 'para', 'con', 'sobre', 'en', 'por', 'cómo', 'como', 'qué', 'que', 'su', 'sus', 'tu', 'tus', 'nuestro', 'nuestra', 'yo', 'nosotros', 'usted', 'este', 'esta'],
};

// Function words only English uses, for an English subject offered on another language's draft.
const ENGLISH_ONLY = ['the', 'your', 'about', 'with', 'from', 'question', 'congrats', 'idea', 'quick', 'and', 'of', 'for', 'on', 'our', 'you'];
const OTHER_LANGUAGE_WORDS: Record<Exclude<Lang, 'en'>, readonly string[]> = {
  de: ['der', 'die', 'das', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'zu', 'zum', 'zur', 'für', 'und', 'von', 'mit', 'auf', 'über', 'glückwunsch', 'frage', 'dein', 'deine', 'deinem', 'deinen'],
  // "on" is French too ("quand on peut"): counted as the draft's own, it no longer reads a French quote as English.
  fr: ['le', 'la', 'les', 'votre', 'vos', 'de', 'du', 'des', 'sur', 'pour', 'et', 'félicitations', 'question', 'ton', 'ta', 'tes', 'à', 'au', 'on'],
  es: ['el', 'la', 'los', 'las', 'su', 'sus', 'de', 'del', 'sobre', 'para', 'y', 'enhorabuena', 'felicidades', 'pregunta', 'tu', 'tus', 'con'],
};

// Informal pronouns that must not appear where the draft addresses the reader formally.
const INFORMAL: Record<Exclude<Lang, 'en'>, readonly string[]> = {
  de: ['du', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'dir', 'dich', 'euch', 'euer', 'eure'],
  fr: ['tu', 'ton', 'ta', 'tes', 'toi', 'te'],
  es: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo'],
};

const HONORIFICS = ['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle', 'monsieur', 'madame', 'sr', 'sra', 'srta', 'dra', 'don', 'doña'];
const TEAMS_AND_ROLES = ['recruiting', 'recruitment', 'hiring', 'talent', 'team', 'hr', 'people', 'sales', 'marketing', 'engineering', 'support', 'manager', 'founder', 'ceo', 'cto', 'admin', 'info', 'personal', 'personalabteilung', 'équipe', 'recrutement', 'equipo', 'reclutamiento'];

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The defects of one suggestion for one draft, by name; empty when it is well formed. */
export function malformations(suggestion: string, draft: BodyCase): string[] {
  const found: string[] = [];
  const w = words(suggestion);
  const last = w[w.length - 1];
  if (!suggestion.trim() || w.length === 0) return ['empty'];
  if (last && DANGLING[draft.lang].includes(last)) found.push(`ends on "${last}"`);
  // "…saying you're": a pronoun with a verb contracted onto it dangles as the pronoun does.
  const lastWritten = suggestion.trim().toLowerCase().split(/\s+/).pop()!.replace(/[^\p{L}\p{N}'’]+$/u, '');
  const contracted = /^(\p{L}+)['’](?:re|ve|ll|d|m|s)$/u.exec(lastWritten);
  if (contracted && DANGLING[draft.lang].includes(contracted[1])) found.push(`ends on "${lastWritten}"`);
  if (/['’]s\s+(?:how|what|why|when|where|who|which|that|it|you|we|they|is|are|was|has|have|can|will|just|recently)\b/i.test(suggestion)) found.push('possessive before a clause');
  const fields = suggestion.match(/\{\{[^{}]*\}\}/g) ?? [];
  if (new Set(fields).size < fields.length) found.push('repeated merge field');
  const lead = /^([\p{L}.]+),/u.exec(suggestion)?.[1].replace(/\.$/, '').toLowerCase();
  if (lead && (HONORIFICS.includes(lead) || TEAMS_AND_ROLES.includes(lead))) found.push(`"${lead}" used as a first name`);
  if (/\[[^\]]*\]/.test(suggestion)) found.push('template gap');
  if (w.length >= 10) found.push('10 words or more');
  if (draft.lang !== 'en') {
    const english = w.filter((x) => ENGLISH_ONLY.includes(x)).length;
    const own = w.filter((x) => OTHER_LANGUAGE_WORDS[draft.lang as Exclude<Lang, 'en'>].includes(x)).length;
    if (english > own) found.push('English subject on a non-English draft');
    if (draft.register === 'formal' && w.some((x) => INFORMAL[draft.lang as Exclude<Lang, 'en'>].includes(x))) found.push('informal address on a formal draft');
  }
  return found;
}

/** A suggestion uses the hook when it holds one of the hook's distinctive words (case and accents aside). */
export function usesHook(suggestion: string, draft: BodyCase): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const text = fold(suggestion);
  return draft.hookWords.some((word) => text.includes(fold(word)));
}
