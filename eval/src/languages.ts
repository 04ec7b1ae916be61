/**
 * How often the engine reads a case in the language it is labelled with: the copy rules use that
 * language's lexicon, and rest on any other, so a misread draft is judged wrongly or not at all.
 * Aggregate only (per language: cases, correct, what the rest were read as), so the test half's table
 * names no case.
 */
import { messageLanguage } from '../../server/src/engine/coach/language';
import { parseDocument } from '../../server/src/engine/parse';
import { draftText, LANGS, type Half, type Lang } from './corpus';

export interface LanguageScore {
  cases: number;
  correct: number;
  /** What the misread cases were read as: a coached code, or the other language's code. */
  misread: Record<string, number>;
}

export interface LanguageMiss {
  id: string;
  lang: Lang;
  read: string;
}

export function scoreLanguages(half: Half): { byLang: Record<Lang | 'all', LanguageScore>; misses: LanguageMiss[] } {
  const byLang = Object.fromEntries([...LANGS, 'all'].map((l) => [l, { cases: 0, correct: 0, misread: {} }])) as Record<Lang | 'all', LanguageScore>;
  const misses: LanguageMiss[] = [];
  for (const c of [...half.subjects, ...half.bodies]) {
    const doc = parseDocument(draftText(c));
    const reading = messageLanguage(doc.messages[0], doc.messages);
    const read = reading.lang ?? reading.code;
    for (const score of [byLang[c.lang], byLang.all]) {
      score.cases++;
      if (read === c.lang) score.correct++;
      else score.misread[read] = (score.misread[read] ?? 0) + 1;
    }
    if (read !== c.lang) misses.push({ id: c.id, lang: c.lang, read });
  }
  return { byLang, misses };
}

export function languageTable(name: string, byLang: Record<Lang | 'all', LanguageScore>): string {
  const lines = [`| language detection (${name}) | cases | read as labelled | accuracy | misread as |`, '| --- | --- | --- | --- | --- |'];
  for (const lang of ['all', ...LANGS] as (Lang | 'all')[]) {
    const s = byLang[lang];
    if (!s.cases) continue;
    const misread = Object.entries(s.misread).sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
    lines.push(`| ${lang} | ${s.cases} | ${s.correct} | ${((s.correct / s.cases) * 100).toFixed(1)}% | ${misread || 'none'} |`);
  }
  return lines.join('\n');
}
