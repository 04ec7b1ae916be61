/**
 * Each word of a subject read against the word classes: what it is (a merge field, a number, the
 * recipient, a label, a growth verb...) and whether it names something (not common vocabulary).
 */
import { isCommonWord } from '../common-words';
import type { CoachedLanguage } from '../language';
import { EMPTY_BODY, type BodyIndex } from './body';
import { listsOf, type ListName, type WordClasses } from './classes';
import type { RecipientWords } from './recipient';
import { mergeName, type Token } from './tokens';

export type ClassName = ListName;

export interface ReadWord extends Token {
  /** The lexicon classes the word is in (a word may be in several: "question" is an artifact and a label). */
  classes: Set<ClassName>;
  /** An article, preposition, pronoun, greeting or honorific: a word that carries no content. */
  empty: boolean;
  /** The recipient's name or their company (or a merge field standing for one). */
  recipient?: 'name' | 'company';
  /** A merge field that is neither the recipient's name nor their company ({{school}}, {{event}}). */
  otherField: boolean;
  /** Not in any class and not empty: a word that says what the subject is about. */
  content: boolean;
  /** Content that is not common vocabulary: a product, place, technology, event, person or code. */
  names: boolean;
  /** Outside common vocabulary, whatever the body makes of it: distinctive when the body shares it. */
  rare: boolean;
  /** The writer's own company or product, as the body names it: content, but nothing of the reader's. */
  sender: boolean;
}

const NAME_FIELDS = /^(?:first_?name|last_?name|full_?name|name|firstname|lastname|vorname|nachname|prénom|prenom|nombre)$/;
const COMPANY_FIELDS = /^(?:company|company_?name|organi[sz]ation|firma|unternehmen|entreprise|société|societe|empresa)$/;
// A hyphenated word takes these classes from its last part; "Solar-as-a-service" stays a topic, not a category.
const TAIL_CLASSES = new Set<ClassName>(['artifacts', 'news', 'background', 'referrals', 'roles']);
const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;

export function readWords(tokens: readonly Token[], classes: WordClasses, recipient: RecipientWords, bodyOf: () => BodyIndex = () => EMPTY_BODY): ReadWord[] {
  const words = tokens.map((t) => readWord(t, classes, recipient));
  // After a title a capitalised word is a person's name, common word or not ("Frau Schulte", "Dr. Brenner").
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.content && w.capital && !w.recipient && classes.honorifics.has(words[i - 1].word.replace(/\.$/, ''))) w.names = true;
  }
  for (const w of words) {
    if (!w.names || w.kind !== 'word') continue;
    const body = bodyOf();
    // The body is the better judge of a rare word: written in lower case there, it is vocabulary ("our
    // teleradiology group"); named as the writer's company ("At Zentrix we"), it is nothing of theirs.
    if (body.lowerOnly.has(w.word)) w.names = false;
    if (body.sender.has(w.word)) w.names = !(w.sender = true);
  }
  // "Brightline Logistics": once the company is named, the rest of its name is the company too, not content.
  if (words.some((w) => w.recipient === 'company' && w.kind === 'word')) {
    for (const w of words) {
      if (w.recipient || !recipient.companyWords.has(w.word)) continue;
      w.recipient = 'company';
      w.content = w.names = false;
    }
  }
  return words;
}

function readWord(t: Token, c: WordClasses, recipient: RecipientWords): ReadWord {
  // Built field by field: a spread with extra fields took V8's slow path, 20 µs a word.
  const read: ReadWord = {
    raw: t.raw, word: t.word, kind: t.kind, capital: t.capital, percent: t.percent, start: t.start,
    classes: new Set(), empty: false, otherField: false, content: false, names: false, rare: false, sender: false, recipient: undefined,
  };
  if (t.kind === 'merge') {
    const name = mergeName(t);
    if (NAME_FIELDS.test(name)) read.recipient = 'name';
    else if (COMPANY_FIELDS.test(name)) read.recipient = 'company';
    else read.otherField = true;
    return read;
  }
  if (t.kind === 'number') return read;
  const w = t.word;
  for (const name of listsOf(w, c)) read.classes.add(name);
  // A hyphenated word is read below by its parts ("Vier-Tage-Woche" is a term, not a week).
  if (c.lang === 'de' && !read.classes.size && !w.includes('-')) for (const name of compoundClasses(w, c)) read.classes.add(name);
  const hyphen = w.lastIndexOf('-');
  if (!read.classes.size && hyphen > 0) {
    // "OOP-Vortrag", "Mannheim-MMM-Alumna": the last part says what it is, the others may name something.
    const tail = readWord({ raw: t.raw, word: w.slice(hyphen + 1), kind: t.kind, capital: t.capital, percent: t.percent, start: t.start }, c, recipient);
    const kinds = [...tail.classes].filter((k) => TAIL_CLASSES.has(k));
    if (kinds.length) {
      read.classes = new Set(kinds);
      read.names = namesSomething(w.slice(0, hyphen), c);
      return read;
    }
  }
  if (recipient.company.has(w)) read.recipient = 'company';
  else if (recipient.names.has(w)) read.recipient = 'name';
  read.empty = c.functionWords.has(w) || c.greetings.has(w) || c.honorifics.has(w.replace(/\.$/, '')) || ROMAN.test(w) || w.length < 2;
  if (read.recipient || read.empty || read.classes.size) return read;
  read.content = true;
  // An acronym names something whatever the frequency list says ("IE", "HEC"); short words in capitals only.
  const acronym = t.raw.length >= 2 && t.raw.length <= 6 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase() && !c.business.has(w);
  read.names = read.rare = t.kind === 'code' || acronym || namesSomething(w, c);
  return read;
}

/** German writes "Blogbeitrag", "Kontaktanfrage": a compound is in the class of its last part. */
const compoundCache = new Map<string, ClassName[]>();

function compoundClasses(word: string, c: WordClasses): ClassName[] {
  let found = compoundCache.get(word);
  if (!found) {
    if (compoundCache.size >= 4096) compoundCache.clear();
    found = [];
    for (const [entry, lists] of c.index) {
      if (entry.length >= 4 && word.length >= entry.length + 3 && word.endsWith(entry)) for (const name of lists) if (!found.includes(name)) found.push(name);
    }
    compoundCache.set(word, found);
  }
  return found;
}

/** Not common vocabulary: the word, or one part of a hyphenated word, is outside the frequency list and the classes. */
function namesSomething(word: string, c: WordClasses): boolean {
  if (!word.includes('-')) return uncommon(word, c);
  return word.split('-').some((part) => part.length >= 3 && !inAnyClass(part, c) && uncommon(part, c));
}

function inAnyClass(word: string, c: WordClasses): boolean {
  if (c.functionWords.has(word)) return true;
  return listsOf(word, c).length > 0;
}

// Each keystroke judges the same words again; what the frequency lists say of a word does not change.
const uncommonCache = new Map<string, boolean>();

function uncommon(word: string, c: WordClasses): boolean {
  const key = `${c.lang}:${word}`;
  let found = uncommonCache.get(key);
  if (found === undefined) {
    if (uncommonCache.size >= 4096) uncommonCache.clear();
    found = readUncommon(word, c);
    uncommonCache.set(key, found);
  }
  return found;
}

function readUncommon(word: string, c: WordClasses): boolean {
  if (/\d/.test(word)) return /\p{L}/u.test(word);
  if (word.length < 2 || isCommonWord(word, c.lang)) return false;
  // "you'll", "can't", "we're": a contraction of common words, which frequency lists write apart.
  const apostrophe = word.search(/['’]/);
  // Not "O'Reilly", "D'Angelo": a name's one-letter prefix.
  const before = word.slice(0, apostrophe);
  if (apostrophe > 0 && !/['’]s$/.test(word) && (apostrophe > 1 || before === 'i') && (c.functionWords.has(before) || isCommonWord(before, c.lang))) return false;
  // Business writing in every language borrows English words ("Call", "Feedback", "Top-Job").
  if (c.lang !== 'en' && isCommonWord(word, 'en')) return false;
  // "Teleradiology", "Monetization": a derived abstract noun is vocabulary the list is too short to hold.
  if (c.abstractEndings.some((e) => word.length > e.length + 3 && word.endsWith(e))) return false;
  if (c.lang === 'de' && (isClassCompound(word, c) || isMixedCompound(word))) return false;
  return !isVerbForm(word, c);
}

/** "Produktmanagement", "Salesteam": German compounds borrow English parts; each part common in either language. */
function isMixedCompound(word: string): boolean {
  if (word.length > 40 || word.length < 8) return false;
  // English lookups are plain set lookups; the German test (which splits compounds itself) runs only
  // once the other part is English.
  const english = (part: string) => part.length >= 3 && isCommonWord(part, 'en');
  const german = (part: string) => part.length >= 3 && (isCommonWord(part, 'de') || (part.endsWith('s') && isCommonWord(part.slice(0, -1), 'de')));
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (english(tail) && (english(head) || german(head))) return true;
    if (english(head) && german(tail)) return true;
  }
  return false;
}

/** "Fachkräftemangel", "Recruitingpartner": a German compound of a class word and a common one is vocabulary. */
function isClassCompound(word: string, c: WordClasses): boolean {
  if (word.length > 40) return false;
  for (const entry of c.index.keys()) {
    if (entry.length < 4 || word.length < entry.length + 3) continue;
    if (word.startsWith(entry)) {
      const rest = word.slice(entry.length);
      if (isCommonWord(rest, 'de') || isCommonWord(rest.replace(/^s/, ''), 'de')) return true;
    } else if (word.endsWith(entry)) {
      const head = word.slice(0, -entry.length);
      if (isCommonWord(head, 'de') || isCommonWord(head.replace(/s$/, ''), 'de')) return true;
    }
  }
  return false;
}

/**
 * The frequency lists hold a verb in some of its forms only: "ampliar" is vocabulary when "amplia" is
 * listed. An infinitive, participle or conjugated ending is swapped for the others of its language.
 */
const VERB_ENDINGS: Record<CoachedLanguage, { ends: readonly string[]; forms: readonly string[] }> = {
  en: { ends: ['ing', 'ed', 'es', 's'], forms: ['', 'e', 'ed', 'ing', 'ion'] },
  de: { ends: ['en', 'te', 'ten', 'st', 't', 'e'], forms: ['en', 'e', 't', 'te', 'ung', 'er'] },
  fr: { ends: ['er', 'ir', 're', 'ez', 'ons', 'ée', 'és', 'é', 'ent'], forms: ['e', 'es', 'ent', 'er', 'é', 'ée', 'ez', 'ir', 're', 'ation', 'ement'] },
  es: { ends: ['ar', 'er', 'ir', 'ado', 'ada', 'ido', 'ida', 'amos', 'emos', 'imos', 'ando', 'iendo', 'e', 'a', 'o'], forms: ['a', 'o', 'e', 'as', 'os', 'es', 'an', 'en', 'ar', 'er', 'ir', 'ado', 'ada', 'ido', 'ida', 'ación'] },
};

function isVerbForm(word: string, c: WordClasses): boolean {
  const { ends, forms } = VERB_ENDINGS[c.lang];
  for (const end of ends) {
    if (!word.endsWith(end) || word.length < end.length + 3) continue;
    const root = word.slice(0, -end.length);
    if (forms.some((f) => root + f !== word && isCommonWord(root + f, c.lang))) return true;
  }
  return false;
}
