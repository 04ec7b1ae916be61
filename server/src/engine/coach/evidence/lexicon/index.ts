import { builtInEvidenceLexicons } from '../../../data/evidence-lexicons';
import { evidenceLexiconFile } from '../../../data/evidence-lexicon-file';
import { MissingCoachingData } from '../../../data/missing';
import type { CoachedLanguage } from '../../language';
import { en } from './en';
import type { EvidenceLexicon } from './types';

export type { EvidenceLexicon } from './types';

/** A language's lexicon, or undefined while it is not at hand (a browser fetches it). */
export type EvidenceLexiconSource = (lang: CoachedLanguage) => EvidenceLexicon | undefined;

let source: EvidenceLexiconSource | undefined = builtInEvidenceLexicons;
let generation = 0;

/** Where the German, French and Spanish lexicons come from, for a build that does not carry them inside. */
export function setEvidenceLexiconSource(next: EvidenceLexiconSource): void {
  source = next;
  generation++;
}

/** Changes with each new source, so what was compiled from the last one is compiled again (compiled.ts). */
export function lexiconGeneration(): number {
  return generation;
}

export function evidenceLexiconFor(lang: CoachedLanguage): EvidenceLexicon {
  if (lang === 'en') return en;
  const lexicon = source?.(lang);
  if (!lexicon) throw new MissingCoachingData(evidenceLexiconFile(lang));
  return lexicon;
}
