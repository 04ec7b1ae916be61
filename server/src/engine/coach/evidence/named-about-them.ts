/**
 * A statement about them that names something: "Your receiving hours on the supplier portal say 6am–2pm,
 * Monday to Thursday only", "The planning notice for Colnbrook Energy's battery storage site on Horton Road
 * says 40MW", "You supply the windows on most of the new housing estates around Swindon". Them in the sentence:
 * "you" opening its clause (not doing what a title says, nor any such thing, nor in the future), or "your",
 * their company or the reader after a preposition ("chez vous", "bei Ihnen") in a sentence that opens on an
 * article, "your", a preposition, a figure or their company, not on a verb (the writer who only saw it may open
 * it or stand in it: "Saw your price list for ...", "At your open evening in Harrogate I noticed ..."); and a
 * name or a figure that is not theirs. A statement that ends on a full stop: not a question, an exclamation or
 * a signature line; not one about a name not theirs, the writer's sentence, a condition, a guess, praise, a
 * hypothesis, or what every reader or business has or does: a template knows their name and their trade, not
 * what their portal says. Read only where no other reader found anything in the sentence.
 */
import { inMention } from './company-mentions';
import { conditioned, isYear, modalOrFuture, notTheirsAlone, whenWord, writersVerb } from './phrase-checks';
import { isYou, isYour, readerAfterPreposition } from './reader';
import type { Scan } from './scan';
import { asSubject, toCome } from './you-did';

/** How many tokens of a sentence are read: a run-on sentence stays linear. */
const MAX_SENTENCE = 40;

export function findNamedAboutThem(s: Scan, company: string | undefined): void {
  const { tokens } = s;
  const theirs = (k: number) => inMention(s, company, k);
  const withEvidence = sentencesWithEvidence(s);
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    while (end + 1 < tokens.length && s.same(i, end + 1)) end++;
    // "an Ihrem Hofladen hängt das Schild ..., und als ich am Sonntag dort war, ...": the first clause is read,
    // up to a comma before "and" or a semicolon; what the writer did next is another clause.
    const last = firstClauseEnd(s, i, Math.min(end, i + MAX_SENTENCE));
    // A statement ends on a full stop: a signature line ("Ihr Team der Ferienregion") has none, an exclamation sells.
    // One that opens on a name not theirs is about that ("Recouvra automatise les relances de votre ...",
    // "Consultores Integra ayudamos ...": the writer's company, Spanish needing no "we").
    // "As a hotelier in Brussels, you know ...", "Avec Relancio, tes séquences ...", "Mit TerminPlus erhalten Ihre
    // Patienten ...": a role any reader has, or the writer's tool (German capitalises it, common word or not).
    const statement = tokens[end].text === '.' && !(s.isName(i) && !theirs(i)) && !s.at(i, 'asWords') && !(s.is(i, 'withWords') && !!tokens[i + 1]?.cap);
    // Read where no other reader found anything: "The memory leak in Redis 7.2.4 ... was your patch" is their work already.
    // "Saw your job ad for ...", "At your open day in Venlo I noticed ...": the writer who only saw it is no writer's sentence.
    const seen = sawAt(s, i, last);
    const them = statement && !s.isQuestion(i) && !withEvidence.has(tokens[i].sentence) ? themIn(s, i, last, theirs, seen) : -1;
    if (them >= 0 && byThemAlone(s, i, last, seen)) {
      const named = namedIn(s, i, last, theirs);
      if (named >= 0) {
        // A name alone ("Venlo") is where their thing is; the thing that holds it is the better hook ("your open day in Venlo").
        let phrase = s.nounPhrase(named) ?? { from: named, to: named, head: named };
        const thing = phrase.from === phrase.to && isYour(s, them) ? s.nounPhrase(them) : undefined;
        if (thing && thing.from <= named && thing.to >= named) phrase = thing;
        s.add('company', named, phrase);
        return;
      }
    }
    i = end + 1;
  }
}

/** The writer seeing or finding: "I noticed", "I have seen", "I came across", "j'ai vu", "ich habe gesehen", "vi que", or the verb alone opening the sentence ("Saw ..."). */
interface Seen {
  from: number;
  to: number;
}

function sawAt(s: Scan, from: number, to: number): Seen | undefined {
  const opening = s.at(from, 'sawCues');
  if (opening) return { from, to: from + opening - 1 };
  for (let k = from; k < to; k++) {
    if (s.is(k, 'writerSawCues')) return { from: k, to: k };
    if (!s.is(k, 'firstPersonWords')) continue;
    const verb = s.is(k + 1, 'writerAux') ? k + 2 : k + 1;
    const cue = s.at(verb, 'sawCues');
    if (cue) return { from: k, to: verb + cue - 1 };
  }
  return undefined;
}

/** Marks that end a clause whatever follows: "ihr fahrt alles über den Mikrohub im Westwerk – genau so einen planen wir". */
const CLAUSE_BREAKS = new Set([';', '–', '—']);

/** The last token of the clause that opens at `from`: before a comma that "and" follows, a semicolon or a dash; else `to`. */
function firstClauseEnd(s: Scan, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) {
    if (CLAUSE_BREAKS.has(s.tokens[k].text) || (s.tokens[k].text === ',' && s.is(k + 1, 'andWords'))) return k - 1;
  }
  return to;
}

/** The sentences that evidence already found touches: found with a binary search per evidence, so a long body stays linear. */
function sentencesWithEvidence(s: Scan): Set<number> {
  const { tokens } = s;
  const sentences = new Set<number>();
  // The first token that ends after `offset`.
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const e of s.found) {
    if (!tokens.length) break;
    const first = tokens[tokenAt(e.span.start)].sentence;
    const last = tokens[tokenAt(Math.max(e.span.start, e.span.end - 1))].sentence;
    for (let n = first; n <= last; n++) sentences.add(n);
  }
  return sentences;
}

/**
 * Where the sentence `from`..`to` speaks of them: "you" opening its clause, unless what follows is what their
 * title says; or "your" (not before what every reader has), their company or the reader after a preposition, in
 * a sentence that opens on an article, "your", a preposition, a figure, their company or the writer's seeing.
 */
function themIn(s: Scan, from: number, to: number, theirs: (k: number) => boolean, seen: Seen | undefined): number {
  const opensOnThing = s.is(from, 'determiners') || isYour(s, from) || s.is(from, 'complementWords') || /\d/.test(s.tokens[from].text) || theirs(from) || seen?.from === from;
  for (let k = from; k <= to; k++) {
    if (isYou(s, k) && asSubject(s, k)) return whatTheyAre(s, k) ? -1 : k;
    if (opensOnThing && ((isYour(s, k) && !everyReadersThing(s, k + 1)) || theirs(k) || readerAfterPreposition(s, k))) return k;
  }
  return -1;
}

/** What every reader has: "your team", "your clients", or the area they are in ("Praxen in Ihrer Region", "tu zona"). */
function everyReadersThing(s: Scan, k: number): boolean {
  return s.isNoun(k, 'genericNouns') || s.isNoun(k, 'areaNouns');
}

/**
 * What their title says they do ("Sie verantworten den Vertrieb in der DACH-Region", "you lead"), any such thing
 * placed where they are ("vous dirigez une clinique à Lyon"), or a job ad's duties ("vous encadrerez").
 */
function whatTheyAre(s: Scan, k: number): boolean {
  return s.is(k + 1, 'profileVerbs') || s.is(k + 2, 'indefiniteArticles') || toCome(s, k, k + 1);
}

/** No writer (but one who saw it), no guess, praise, condition, hypothesis or future, nothing said of every business or their trade, no merge field. */
function byThemAlone(s: Scan, from: number, to: number, seen: Seen | undefined): boolean {
  for (let k = from; k <= to; k++) {
    if (seen && k >= seen.from && k <= seen.to) continue;
    // "l'affiche « On recrute un apprenti » sur la vitrine de votre boutique": the words quoted are theirs, not the writer's.
    if (s.insideQuote(k)) continue;
    if (s.tokens[k].kind === 'field' || notTheirsAlone(s, k) || writersVerb(s, k) || modalOrFuture(s, k) || conditioned(s, k)) return false;
    // "die Herausforderungen, die Sie in Bremen kennen", "you know that 70% of buyers": what every reader does or has.
    // "Northwind is hiring forklift drivers in Doncaster": what every company is doing somewhere.
    if (s.is(k, 'everyoneVerbs') || s.is(k, 'everydayProgressives')) return false;
  }
  return true;
}

/** The first name or figure in the sentence that is not theirs, not when (a day, a year), not a platform, not the sentence's first word; or -1. */
function namedIn(s: Scan, from: number, to: number, theirs: (k: number) => boolean): number {
  for (let k = from + 1; k <= to; k++) {
    const t = s.tokens[k];
    if (t.kind !== 'word' || theirs(k) || whenWord(s, k) || isYear(t.text) || s.is(k, 'platformWords') || s.insideQuote(k)) continue;
    // "..., Ben.": a name set off by commas at the sentence's end is whom it is said to.
    if (s.tokens[k - 1].text === ',' && (k === to || s.tokens[k + 1].kind === 'punct') && !/\d/.test(t.text)) continue;
    if (/\d/.test(t.text) || s.isName(k)) return k;
  }
  return -1;
}
