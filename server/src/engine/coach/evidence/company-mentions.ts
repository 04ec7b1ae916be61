/**
 * Where a body names the recipient's company: the Company header in its short forms ("Contoso" for
 * "Contoso Ltd.", "the Copper Kettle" for "The Copper Kettle Bakery"), declined in German, and a common word
 * of it only where a capital can only mean a name.
 */
import { LEGAL_SUFFIXES } from '../lexicon';
import type { Scan } from './scan';
import { tokenize } from './tokens';

const SUFFIXES = new Set(LEGAL_SUFFIXES.map((s) => s.replace(/\.$/, '')));

export interface Mention {
  from: number;
  to: number;
  possessive: boolean;
  text: string;
  /** Named by its kind after an article ("the nursery"): the article is the kind's, not a thing's of theirs. */
  byKind?: boolean;
}

/** The ways a body names the recipient's company; `inSentence` forms count only where a capital can only mean a name. */
export interface CompanyForms {
  anywhere: string[][];
  inSentence: string[];
  /** The kind of business its name says, read after a definite article: "the nursery", "la crèche", "die Schule". */
  kinds: string[];
  /** The name as the header writes it, without its legal suffix: who a mention by its kind is. */
  name: string;
}

/**
 * The ways a body names the recipient's company: the Company header without its legal suffix
 * ("Contoso" for "Contoso Ltd."), its leading words ("Cedar Valley"), and any one word of it that is
 * not common vocabulary ("Brújula" in "Viajes Brújula S.A."), written capitalised. A word of it that is
 * common vocabulary ("Evergreen" of Evergreen Home Care, "Harbor" of Harbor Outfitters) names them too
 * where it is capitalised inside a sentence, in a language that capitalises only names there.
 */
export function companyForms(company: string | undefined, s: Scan): CompanyForms {
  const none = { anywhere: [], inSentence: [], kinds: [], name: '' };
  if (!company || company.length > 200 || company.includes('{{')) return none;
  const kept = tokenize(company, s.lang, s.c.abbreviations).list.filter((t) => t.kind === 'word' || t.text === '&');
  const words = kept.map((t) => t.lower.replace(/\.$/, ''));
  while (words.length > 1 && (SUFFIXES.has(words[words.length - 1]) || words[words.length - 1] === '&')) words.pop();
  // "Little Oaks Day Nursery" of "Little Oaks Day Nursery Ltd", as the header writes it.
  const name = words.length ? company.slice(kept[0].start, kept[words.length - 1].end) : '';
  if (!words.length || (words.length === 1 && words[0].length < 2)) return none;
  const forms: string[][] = [words];
  const inSentence: string[] = [];
  for (let n = words.length - 1; n >= 2; n--) if (words[n - 1] !== '&') forms.push(words.slice(0, n));
  // "The Old Forge Kitchen" is "the Old Forge" in a sentence, its article written small or left out.
  if (words.length > 2 && s.c.single.get(words[0])?.has('determiners')) for (let n = words.length; n >= 3; n--) forms.push(words.slice(1, n));
  // "la Ferme Guillou" for "Ferme ostréicole Guillou EARL": its first word and its last, the description between left out.
  const last = words[words.length - 1];
  if (words.length > 2 && !words.includes('&') && !s.c.functionWords.has(words[0]) && !s.c.functionWords.has(last)) forms.push([words[0], last]);
  if (words.length > 1) {
    for (const w of words) if (w.length >= 3 && w !== '&' && !s.c.functionWords.has(w) && !common(w, s)) forms.push([w]);
    const first = words[0];
    if (s.lang !== 'de' && first.length >= 3 && common(first, s) && !s.c.functionWords.has(first) && !s.c.single.get(first)?.has('genericNouns')) inSentence.push(first);
  }
  return { anywhere: forms, inSentence, kinds: kindsOf(words, s), name };
}

/** A German adjective of a name: "Städtische", "Evangelische", "Freie". */
const GERMAN_ADJECTIVE = /(?:isch|lich|ig|ell|al|iv)e[nrsm]?$|^(?:frei|neu)e[nrsm]?$/;
/** Length of a German compound's last part that names the kind: "Gesamtschule" is a "Schule". */
const MIN_KIND = 4;

/**
 * The kind of business a company's name says, by where the language puts it: the last word in English
 * ("Little Acorns Day Nursery"), the first in French and Spanish ("Crèche Les P'tits Loups", "Viña Los
 * Robles"), any in German ("Gemeinde Lindenau", "Städtische Gesamtschule Köln-Holweide"), and a German compound's
 * last part ("Gesamtschule": "die Schule"). Not generic nouns: "the company", "the group", "the team" are
 * what every template says of any company.
 */
function kindsOf(words: readonly string[], s: Scan): string[] {
  if (words.length < 2) return [];
  // German: not a word a preposition of the name governs ("Hotel Am See" is no "See").
  const ends = s.lang === 'en' ? [words[words.length - 1]] : s.lang === 'de' ? words.filter((_, k) => k === 0 || !s.c.functionWords.has(words[k - 1])) : [words[0]];
  const kinds = new Set<string>();
  const take = (w: string) => {
    if (w.length >= MIN_KIND && !s.c.functionWords.has(w) && !s.c.single.get(w)?.has('genericNouns')) kinds.add(w);
  };
  for (const w of ends) {
    // "Städtische", "Evangelische", "Freie": an adjective of the name says no kind (nor its tail, "Tische").
    if (s.lang === 'de' && GERMAN_ADJECTIVE.test(w)) continue;
    take(w);
    // "Pryce Slate Quarries": one of its quarries is "the quarry".
    if (s.lang === 'en') for (const single of englishSingulars(w)) take(single);
    if (s.lang === 'de') for (let cut = 3; cut <= w.length - MIN_KIND; cut++) if (s.isCommonWord(w.slice(cut))) take(w.slice(cut));
  }
  return [...kinds];
}

/** "quarries" is "quarry", "kitchens" "kitchen"; "glass" stays itself. */
function englishSingulars(w: string): string[] {
  if (w.endsWith('ies')) return [`${w.slice(0, -3)}y`];
  return w.endsWith('s') && !w.endsWith('ss') ? [w.slice(0, -1)] : [];
}

function common(w: string, s: Scan): boolean {
  return s.isCommonWord(w) || s.isCommonWord(w, 'en');
}

/** Where the body names their company, each mention once, longest form first. */
export function companyMentions(s: Scan, companyForms: CompanyForms): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (companyForms.kinds.length && s.is(i, 'definiteArticles') && kindAt(s, i + 1, companyForms.kinds)) {
      out.push({ from: i + 1, to: i + 1, possessive: tokens[i + 1].possessive, text: companyForms.name, byKind: true });
      i++;
      continue;
    }
    if (!tokens[i].cap) continue;
    const forms = nameInSentence(s, i, companyForms.inSentence) ? [...companyForms.anywhere, [tokens[i].lower]] : companyForms.anywhere;
    for (const form of forms) {
      let k = 0;
      while (k < form.length && i + k < tokens.length && (tokens[i + k].lower === form[k] || declined(s, tokens[i + k].lower, form, k))) k++;
      let genitive = false;
      // German genitive: "Tafelrundes neues Büro".
      if (k === form.length - 1 && s.lang === 'de' && tokens[i + k]?.lower === `${form[k]}s`) {
        k++;
        genitive = true;
      }
      if (k !== form.length) continue;
      let to = i + k - 1;
      // The rest of the legal name, written out in the body: "Bocal & Co", "Viajes Brújula S.A.".
      while (to + 1 < tokens.length && s.same(i, to + 1) && (SUFFIXES.has(tokens[to + 1].lower) || (tokens[to + 1].text === '&' && SUFFIXES.has(tokens[to + 2]?.lower ?? '')))) to++;
      const text = s.text(i, i + k - 1);
      out.push({ from: i, to, possessive: genitive || tokens[to].possessive, text: genitive ? text.slice(0, -1) : text });
      i = to;
      break;
    }
  }
  return out;
}

/**
 * "the nursery", "die Schule": the kind alone, not a word of another name ("the Dental Industry Awards", "the
 * Care Show"); outside German, where every noun is capitalised, written small.
 */
function kindAt(s: Scan, k: number, kinds: readonly string[]): boolean {
  const t = s.tokens[k];
  if (!t || t.kind !== 'word' || !s.same(k - 1, k) || !kinds.includes(t.lower) || (t.cap && s.lang !== 'de')) return false;
  const next = s.tokens[k + 1];
  if (next && next.kind === 'word' && next.cap && s.same(k, k + 1)) return false;
  // "the restaurant industry", "the quarry sector": the kind before a word for a whole trade is every business of it.
  if (s.same(k, k + 1) && (s.isNoun(k + 1, 'genericNouns') || s.isNoun(k + 1, 'fieldNouns'))) return false;
  // "las bodegas de La Rioja", "the nurseries of Leeds": a kind another name owns is every business of that kind there.
  const owner = s.is(k + 1, 'ofWords') ? (s.is(k + 2, 'determiners') ? k + 3 : k + 2) : -1;
  return !(owner > 0 && s.isName(owner));
}

/**
 * German declines an adjective in a name: "bei der Hanseatischen Versicherungskasse" for "Hanseatische
 * Versicherungskasse VVaG". Only a word before the form's last, ending in -e, takes -n, -r, -s or -m.
 */
function declined(s: Scan, word: string, form: readonly string[], k: number): boolean {
  const base = form[k];
  return s.lang === 'de' && k < form.length - 1 && base.endsWith('e') && word.length === base.length + 1 && word.startsWith(base) && 'nrsm'.includes(word[base.length]);
}

/**
 * A common word capitalised inside a sentence and alone: "the Harbor counter", not "Harbor towns..." or "the Law
 * Society"; opening a sentence only in the possessive ("Harbor's 14-day return window").
 */
function nameInSentence(s: Scan, i: number, words: readonly string[]): boolean {
  const { tokens } = s;
  if (!words.includes(tokens[i].lower)) return false;
  const alone = (t: (typeof tokens)[number] | undefined) => !t || t.kind !== 'word' || !t.cap;
  if (i === 0 || !s.same(i - 1, i)) return tokens[i].possessive && alone(tokens[i + 1]);
  return alone(tokens[i - 1]) && alone(tokens[i + 1]);
}

// The news and people finders both ask where a body names the company: found once per scan.
const mentionsByScan = new WeakMap<Scan, Mention[]>();

export function companyMentionsIn(s: Scan, company: string | undefined): Mention[] {
  let mentions = mentionsByScan.get(s);
  if (!mentions) mentionsByScan.set(s, (mentions = companyMentions(s, companyForms(company, s))));
  return mentions;
}

/** Per token, the mention starting there and whether a mention covers it: built once per scan, read per word. */
interface MentionIndex {
  startingAt: (Mention | undefined)[];
  covered: boolean[];
}

const indexByMentions = new WeakMap<readonly Mention[], MentionIndex>();

function mentionIndex(s: Scan, company: string | undefined): MentionIndex {
  const mentions = companyMentionsIn(s, company);
  let index = indexByMentions.get(mentions);
  if (!index) {
    index = { startingAt: [], covered: [] };
    for (const m of mentions) {
      index.startingAt[m.from] = m;
      for (let k = m.from; k <= m.to; k++) index.covered[k] = true;
    }
    indexByMentions.set(mentions, index);
  }
  return index;
}

/** The mention of their company that starts at token `k`, if one does: a body may name them thousands of times. */
export function mentionAt(s: Scan, company: string | undefined, k: number): Mention | undefined {
  return mentionIndex(s, company).startingAt[k];
}

/** Whether token `k` stands inside a mention of their company. */
export function inMention(s: Scan, company: string | undefined, k: number): boolean {
  return mentionIndex(s, company).covered[k] === true;
}
