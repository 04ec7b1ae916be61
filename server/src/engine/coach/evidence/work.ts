/**
 * Their work: "your" + any qualifiers + an artifact noun ("your SREcon keynote on canary releases"), or
 * "you" + a work verb in the past ("you led the move to event sourcing", "Sie haben ... begleitet",
 * "vous avez expliqué", "dijiste"), or thanks for something they did ("thanks for demoing your plugin").
 */
import type { Scan } from './scan';

/** How far past "your" the artifact may stand: "your SREcon EU 2024 keynote". */
const MAX_QUALIFIERS = 4;
/** How far past "Sie haben" a German participle may stand at the end of its clause. */
const MAX_PARTICIPLE_DISTANCE = 16;

export function isYour(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word') return false;
  if (s.is(i, 'yourWords')) return true;
  // German "Ihr" is "your" only capitalised; lower-case it is "her" or "their".
  return s.is(i, 'formalYourWords') && t.cap;
}

export function isYou(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word' || !s.is(i, 'youWords')) return false;
  return !(s.lang === 'de' && t.lower === 'sie' && !t.cap);
}

/** Finds "your" + qualifiers + a noun of one of the classes; returns the noun's index. */
export function possessed(s: Scan, i: number): { j: number; what: 'artifact' | 'topic' | 'news' | 'move' | 'content' } | undefined {
  for (let j = i + 1; j <= i + 1 + MAX_QUALIFIERS && j < s.tokens.length && s.same(i, j); j++) {
    const t = s.tokens[j];
    if (t.kind !== 'word') return undefined;
    if (s.isNoun(j, 'artifactNouns') || s.at(j, 'artifactNouns') > 1) return { j, what: 'artifact' };
    if (s.at(j, 'moveNouns') && s.is(j + s.at(j, 'moveNouns'), 'complementWords')) return { j, what: 'move' };
    if (s.isNoun(j, 'newsNouns')) return { j, what: 'news' };
    if (s.isNoun(j, 'topicNouns') && s.is(j + 1, 'topicWords') && s.isContent(j + 2 + (s.is(j + 2, 'determiners') ? 1 : 0))) return { j, what: 'topic' };
    if (s.isNoun(j, 'contentNouns')) return { j, what: 'content' };
    // "your team's write-up" reads on; "your profile", "your background" end the look.
    if (s.isNoun(j, 'genericNouns') && !t.possessive && !s.isName(j)) return undefined;
    if (!s.isContent(j)) return undefined;
  }
  return undefined;
}

export function findWork(s: Scan): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (isYour(s, i)) {
      const hit = possessed(s, i);
      if (hit && hit.what !== 'content') {
        const p = s.nounPhrase(i + 1, { skipDeterminers: false, headAt: hit.j });
        const kind = hit.what === 'news' ? 'news' : hit.what === 'move' ? 'move' : 'work';
        s.add(kind, i, p && p.to >= hit.j ? p : { from: i + 1, to: hit.j, head: hit.j }, { head: tokens[hit.j].text });
      }
    }
    if (isYou(s, i) && !s.isQuestion(i)) youDid(s, i);
    const thanks = s.at(i, 'thanksFor');
    if (thanks) {
      const k = i + thanks;
      // Thanks for something they did, when it is named: "thanks for demoing your linter plugin".
      const p = s.is(k, 'workGerunds') || s.is(k, 'workParticiples') ? s.nounPhrase(k + 1) : undefined;
      if (p) s.add('work', i, p, { head: tokens[k].text });
    }
    if (s.c.lex.youPastEndings && tokens[i].kind === 'word' && !s.isQuestion(i) && isYouPast(s, i)) {
      s.add('work', i, objectAfter(s, i), { head: tokens[i].text });
    }
  }
}

/** "you led ...", "you've built ...", "Sie haben ... geleitet", "vous avez expliqué". */
function youDid(s: Scan, i: number): void {
  const { tokens } = s;
  // German puts the participle at the end of the clause, and may put the auxiliary first ("haben Sie angekündigt").
  if (s.lang === 'de') {
    const aux = s.is(i + 1, 'perfectAux') ? i + 1 : s.is(i - 1, 'perfectAux') ? i - 1 : -1;
    const from = Math.max(i, aux) + 1;
    if (aux < 0) {
      if (s.is(i + 1, 'workVerbs')) s.add('work', i, objectAfter(s, i + 1), { head: tokens[i + 1].text });
      return;
    }
    for (let k = from; k < tokens.length && k <= from + MAX_PARTICIPLE_DISTANCE && s.same(i, k); k++) {
      if (tokens[k].kind === 'punct' && tokens[k].text !== '-' && tokens[k].text !== '&') break;
      if (s.is(k, 'workParticiples') || s.is(k, 'moveVerbs')) {
        const kind = s.is(k, 'moveVerbs') ? 'move' : 'work';
        s.add(kind, Math.min(i, aux), objectBetween(s, from, k), { head: tokens[k].text, to: k });
        return;
      }
    }
    return;
  }
  // A couple of short words may stand between: "you just shipped", "you have built", "vous avez déjà publié".
  let k = i + 1;
  let perfect = false;
  for (let skipped = 0; skipped < 3 && k < tokens.length && s.same(i, k); skipped++) {
    if (s.is(k, 'perfectAux')) perfect = true;
    else if (!(s.isFunction(k) || /ly$|ment$|mente$/.test(tokens[k].lower)) || s.is(k, 'workVerbs') || s.is(k, 'moveVerbs')) break;
    k++;
  }
  if (!s.same(i, k)) return;
  const verb = s.is(k, 'workVerbs') || (perfect && s.is(k, 'workParticiples'));
  // A move names where they went: "moved to Datadog", "rejoint Doctolib"; "vous avez passé une bonne semaine" is none.
  const move = s.is(k, 'moveVerbs') && (s.is(k + 1, 'complementWords') || tokens[k + 1]?.lower === 'over' || s.isName(k + 1) || (s.is(k + 1, 'determiners') && s.isName(k + 2)));
  if (!verb && !move) return;
  // "the thread you started on webhook retry storms": the artifact before "you" is what they did.
  const before = s.is(i - 1, 'determiners') || tokens[i - 1]?.lower === 'which' ? i - 2 : i - 1;
  if (verb && before >= 0 && s.same(before, i) && s.isNoun(before, 'artifactNouns')) {
    s.add('work', before, { from: before, to: before, head: before }, { to: k });
    return;
  }
  s.add(move ? 'move' : 'work', i, objectAfter(s, k), { head: tokens[k].text, to: k });
}

/** The noun phrase a verb at `k` governs: "led the move to event sourcing" → "move to event sourcing". */
function objectAfter(s: Scan, k: number) {
  let m = k + 1;
  // Particles and one preposition: "walked through", "spoke at", "took over as".
  for (let n = 0; n < 2 && (s.tokens[m]?.lower === 'through' || s.tokens[m]?.lower === 'over' || s.is(m, 'complementWords')); n++) m++;
  if (!s.same(k, m)) return undefined;
  return s.nounPhrase(m);
}

/** In a German clause, the object between the auxiliary and the participle ("den Carve-out der Sparte"). */
function objectBetween(s: Scan, from: number, to: number) {
  for (let m = from; m < to; m++) {
    if (s.is(m, 'determiners') && !s.is(m - 1, 'complementWords')) {
      const p = s.nounPhrase(m, { complements: 1 });
      if (p && p.to < to) return p;
    }
  }
  return undefined;
}

/** Spanish second-person preterite ("dijiste", "migrasteis"): "you did" without a pronoun. */
function isYouPast(s: Scan, i: number): boolean {
  const w = s.tokens[i].lower;
  if (w.length < 6 || s.is(i, 'youPastExceptions')) return false;
  return (s.c.lex.youPastEndings ?? []).some((e) => w.endsWith(e));
}
