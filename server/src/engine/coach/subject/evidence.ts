/**
 * Positive evidence that a subject names something only this reader would recognise. Each signal is
 * structural (a possessive before their artifact, a referral word by a name, "fellow" by a school) or a
 * word outside common vocabulary, so new ways of writing the same thing are read the same way.
 */
import { hasPhraseOf, inSet, stem, type WordClasses } from './classes';
import type { BodyIndex } from './body';
import type { ReadWord } from './reading';

export type SubjectSignal =
  | 'merge-field'
  | 'their-work'
  | 'their-news'
  | 'mutual-contact'
  | 'shared-background'
  | 'conversation'
  | 'recipient'
  | 'figure'
  | 'name-or-term'
  | 'body-topic';

/** Evidence strong enough that no category frame or self-description outweighs it. */
export function strongSignal(words: readonly ReadWord[], c: WordClasses): SubjectSignal | undefined {
  if (words.some((w) => w.otherField)) return 'merge-field';
  const possessed = possessedNoun(words, c);
  if (possessed) return possessed;
  const content = words.some((w) => w.content || w.kind === 'code');
  // Next to their company, content beyond the pitch's business words ("Cloud savings for Acme" is a
  // template with a slot), or their artifact or news: "Acme's launch", "la migration de Nantalis".
  const about = words.some(
    (w) =>
      (w.content && !inSet(c.business, w.word, c.lang)) ||
      w.kind === 'code' ||
      ((w.classes.has('artifacts') || w.classes.has('news')) && !w.classes.has('labels') && !w.classes.has('requests')),
  );
  // A capital after the first word, or a capitalised possessive anywhere ("Sarah's intro"), marks a person's
  // name. Not in an English subject in Title Case (every word has one, and it must read like sentence case),
  // nor in German, which capitalises every noun; French and Spanish capitalise names only.
  const sentenceCase = words.some((w) => w.kind === 'word' && !w.capital && w !== firstWord(words) && !w.empty);
  const capitals = c.lang === 'en' ? sentenceCase : c.lang !== 'de';
  const named = words.some((w) => w.names || w.otherField || (capitals && w.capital && w.content && !w.sender && (w !== firstWord(words) || /['’]s$/.test(w.raw))));
  if (named && words.some((w) => w.classes.has('referrals'))) return 'mutual-contact';
  // "Fellow Wharton alum", "Alumna applying to Finlo": the shared place, or where they work now, by name.
  const placed = named || words.some((w) => w.kind === 'merge' || w.recipient === 'company');
  if (placed && words.some((w) => w.classes.has('background'))) return 'shared-background';
  if (content && recallsConversation(words, c)) return 'conversation';
  // Their name or company alone is a slot any template fills ("Idea for Acme"); with a word of content it is about them.
  if (words.some((w) => w.recipient === 'company') && about) return 'recipient';
  if (words.some((w) => w.recipient === 'name' && w.kind !== 'merge') && words.some((w) => w.names)) return 'recipient';
  if (words.some((w) => w.classes.has('possessives')) && words.some(isFigure)) return 'figure';
  return undefined;
}

/**
 * "your KubeCon talk", "Ihr OOP-Vortrag", "Tu tercera sucursal", "Congrats on the Series C": a possessive
 * or a congratulation and, within four words, their artifact or news.
 */
function possessedNoun(words: readonly ReadWord[], c: WordClasses): SubjectSignal | undefined {
  for (let i = 0; i < words.length; i++) {
    const possessive = words[i].classes.has('possessives');
    if (!possessive && !words[i].classes.has('congratulations')) continue;
    for (const w of words.slice(i + 1, i + 5)) {
      // "Glückwunsch zum Vorstandsposten": what a congratulation is for is their news, whatever its noun.
      if (!possessive && w.content && !w.classes.size && !isAbstract(w.word, c)) return 'their-news';
      if (!w.classes.has('artifacts') && !w.classes.has('news')) continue;
      // "Loved your post!", "Your recent article": any post of anyone's; the topic or the name says which.
      // The artifact may carry its own qualifier: "Ihr OOP-Vortrag", "your KubeCon-talk".
      if (possessive && !w.names && !w.word.includes('-') && !words.some((o) => o !== w && identifies(o))) continue;
      return w.classes.has('artifacts') ? 'their-work' : 'their-news';
    }
  }
  return undefined;
}

/** A word that says which work: content, a term, a code, a number, a merge field, or another artifact ("Hotel Tech Podcast episode"). */
const identifies = (w: ReadWord) => w.content || w.names || w.kind !== 'word' || (w.classes.has('artifacts') && !w.classes.has('labels'));

// "you led", "you asked about": the reader as the subject of a past-tense verb is something they did.
const PAST = /^(?:\p{L}+ed|led|wrote|built|ran|gave|spoke|took|made|won|grew|began|said|told|taught|sold|set|put|read|wrote)$/u;
const AUXILIARY = new Set(['have', 'did', 'do', 'would', 'could', 'can', 'are', 'will', 'were', 'should', 'if']);

function recallsConversation(words: readonly ReadWord[], c: WordClasses): boolean {
  if (words.some((w) => w.classes.has('conversation') && !w.classes.has('referrals'))) return true;
  if (hasPhraseOf(words, 'conversation', c)) return true;
  if (tookPlace(words, c)) return true;
  if (c.lang !== 'en') return false;
  return words.some((w, i) => w.word === 'you' && PAST.test(words[i + 1]?.word ?? '') && !AUXILIARY.has(words[i - 1]?.word ?? ''));
}

/**
 * "Since our chat", "Unser Gespräch auf der Hannover Messe", "Suite à notre échange lors du salon": our
 * conversation placed in the past or at a place. A word between the connector and "our" may stand
 * ("suite à notre"); what the conversation was about or where is the content the signal also needs.
 */
function tookPlace(words: readonly ReadWord[], c: WordClasses): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!words[i].classes.has('senderPossessives') || !inSet(c.talk.nouns, words[i + 1].word, c.lang)) continue;
    if (c.talk.since.has(words[i - 1]?.word ?? '') || (words[i - 1]?.empty && c.talk.since.has(words[i - 2]?.word ?? ''))) return true;
    if (c.talk.places.has(words[i + 2]?.word ?? '')) return true;
  }
  return false;
}

// Every subject starts with a capital; only a capital after the first word marks a name.
const firstWord = (words: readonly ReadWord[]) => words[0];

/**
 * "Rust opportunity", "CEO search", "Website design services": at most three words around an offer or
 * service noun, nothing of theirs. Whatever the modifier names, the subject names a category.
 */
export function categoryFrame(words: readonly ReadWord[], c: WordClasses): 'offer' | 'abstract' | undefined {
  const core = words.filter((w) => !w.empty && !w.classes.has('stock'));
  if (!core.length || core.length > 3) return undefined;
  // "Lisbon office opening" is their news, not a job category.
  if (core.some((w) => (w.classes.has('news') || w.classes.has('artifacts')) && !w.classes.has('categories'))) return undefined;
  if (core.some((w) => w.classes.has('categories'))) return 'offer';
  // An abstract noun as the head ("Salesforce integration", "Kubernetes cost optimization"): the terms
  // before it say which category, unless the body is about that very phrase.
  return core.length > 1 && isAbstract(core[core.length - 1].word, c) ? 'abstract' : undefined;
}

const isAbstract = (word: string, c: WordClasses) => c.abstractEndings.some((e) => word.length > e.length + 3 && word.endsWith(e));

/** "Frontend developer looking for work", "Motivierte Fachkraft sucht neue Herausforderung": the sender, not the reader. */
export function isSelfPitch(words: readonly ReadWord[]): boolean {
  return words.some((w, i) => i > 0 && w.classes.has('selfPitch') && words.slice(i + 1, i + 4).some((o) => o.classes.has('categories')));
}

/** Weaker evidence, read when no frame says the subject is a category: a term, a figure or a phrase from the body. */
export function weakSignal(words: readonly ReadWord[], body: BodyIndex, c: WordClasses, frame?: 'abstract'): SubjectSignal | undefined {
  if (!frame && words.some((w) => w.names)) return 'name-or-term';
  // "Pluvia, 4 M€ et la suite": a figure of the body's with content or with their company says what it is about.
  if (words.some((w) => w.content || w.recipient === 'company') && words.some((w, i) => isFigure(w, i, words) && body.numbers.has(digits(w.word)))) return 'figure';
  if (sharesPhrase(words, body, c)) return 'body-topic';
  // A phrase around a rare word the body uses too ("Un coffret pour Tokyo"); one word alone is a category.
  if (!frame && words.filter((w) => w.content).length >= 2 && words.some((w) => w.rare && !w.sender && body.words.has(w.word))) return 'body-topic';
  return undefined;
}

/** A number that counts something: "5 minutes of your time" is a duration, a request, not a figure of theirs. */
function isFigure(w: ReadWord, i: number, words: readonly ReadWord[]): boolean {
  if (w.kind !== 'number') return false;
  const next = words[i + 1];
  return !next || w.percent || !next.classes.has('timeUnits');
}

export const digits = (word: string) => word.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');

/**
 * A topic the body is about: two content words next to each other (articles and prepositions between
 * them aside) that stand next to each other in the body too, or a hyphenated term the body uses.
 */
function sharesPhrase(words: readonly ReadWord[], body: BodyIndex, c: WordClasses): boolean {
  const kept = words.filter((w) => !w.empty);
  for (const w of kept) {
    if (!w.content || !w.word.includes('-')) continue;
    if (body.words.has(w.word)) return true;
    // "battery-swap" for a body that writes "battery swaps"; German puts the compound's head last, the body may
    // put it first: "Kühltransport-Routing" for "das Routing für Kühltransporte".
    const parts = w.word.split('-').map((part) => stem(part, c.lang));
    for (let i = 0; i + 1 < parts.length; i++) {
      if (body.pairs.has(`${parts[i]} ${parts[i + 1]}`) || (c.lang === 'de' && body.pairs.has(`${parts[i + 1]} ${parts[i]}`))) return true;
    }
  }
  for (let i = 0; i + 1 < kept.length; i++) {
    const [a, b] = [kept[i], kept[i + 1]];
    // Two business words ("Digitalisierung Ihres Vertriebs") are the pitch's own phrase, not a topic of theirs.
    const distinctive = [a, b].some((w) => (w.content && !inSet(c.business, w.word, c.lang)) || (w.classes.has('artifacts') && topical(w)));
    if (distinctive && topical(a) && topical(b) && body.pairs.has(`${stem(a.word, c.lang)} ${stem(b.word, c.lang)}`)) return true;
  }
  return false;
}

// Nouns that carry a topic when paired with content ("design tokens"); stock words, labels and requests never do.
const TOPICAL = ['artifacts', 'news', 'roles', 'abstractions'] as const;
const topical = (w: ReadWord) =>
  w.content || (TOPICAL.some((k) => w.classes.has(k)) && !w.classes.has('labels') && !w.classes.has('requests') && !w.classes.has('stock'));
