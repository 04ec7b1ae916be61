/**
 * The language detector's model (tinyld's light model, about 65 KB): the built bundles carry tinyld's code
 * without it (scripts/build.mjs), and read it from a data file the first time a draft's frequent words cannot
 * tell its language; most drafts never need it. Where no source is given (tests, the bench), tinyld keeps
 * its own copy and none is asked for.
 */
import { MissingCoachingData } from './missing';

export const DETECTOR_MODEL_FILE = 'data/detector-light.json';

let source: (() => unknown) | undefined;

export function setDetectorModelSource(next: () => unknown): void {
  source = next;
}

/** Throws MissingCoachingData when a source is set and has no model yet: before tinyld loads, never while it does. */
export function checkDetectorModel(): void {
  if (source && source() === undefined) throw new MissingCoachingData(DETECTOR_MODEL_FILE);
}

/** What the built tinyld calls for its model, in place of the literal it ships with. */
export function detectorModel(): unknown {
  const model = source?.();
  if (model === undefined) throw new Error(`the language detector's model (${DETECTOR_MODEL_FILE}) has no source`);
  return model;
}
