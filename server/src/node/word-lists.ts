/**
 * The built server and CLI carry no word list inside (scripts/build.mjs writes them to dist/data/): each
 * language's list is read from disk the first time a draft in it is judged, so a run over English drafts
 * never reads, parses or holds the other three.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setWordListSource } from '../engine/coach/common-words';
import { wordListFile } from '../engine/data/word-list-file';

/** `bundleDir`: the folder of the running bundle (dist/), which holds data/. */
export function readWordListsFrom(bundleDir: string): void {
  setWordListSource((lang) => readFileSync(join(bundleDir, wordListFile(lang)), 'utf8'));
}
