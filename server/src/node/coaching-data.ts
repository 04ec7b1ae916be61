/**
 * The built server and CLI carry no coaching data inside (scripts/build.mjs writes it to dist/data/): each
 * language's word list (and German, French and Spanish evidence lexicon, with its ask lexicon) is read from disk the first time a
 * draft in it is judged, the language detector's
 * model the first time a draft's language is in doubt, so a run over English drafts reads one list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setWordListSource } from '../engine/coach/common-words';
import { DETECTOR_MODEL_FILE, setDetectorModelSource } from '../engine/data/detector-model';
import { decodeWordList, wordListFile } from '../engine/data/word-list-file';
import { setEvidenceLexiconSource, type EvidenceLexicon } from '../engine/coach/evidence/lexicon';
import { evidenceLexiconFile } from '../engine/data/evidence-lexicon-file';

/** `bundleDir`: the folder of the running bundle (dist/), which holds data/. */
export function readCoachingDataFrom(bundleDir: string): void {
  setWordListSource((lang) => decodeWordList(readFileSync(join(bundleDir, wordListFile(lang)), 'utf8')));
  // Read once per language: the engine compiles what it is given and asks again only for a new source.
  setEvidenceLexiconSource((lang) => JSON.parse(readFileSync(join(bundleDir, evidenceLexiconFile(lang)), 'utf8')) as EvidenceLexicon);
  let model: unknown;
  setDetectorModelSource(() => (model ??= JSON.parse(readFileSync(join(bundleDir, DETECTOR_MODEL_FILE), 'utf8'))));
}
