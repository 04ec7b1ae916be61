/**
 * A lint reached coaching data that is not at hand yet (a browser fetches each file when a draft first needs
 * it): the caller loads `file` and lints again. Thrown before anything is remembered from the data.
 */
export class MissingCoachingData extends Error {
  /** The data file's path under dist/, e.g. `data/words-de.txt`. */
  constructor(readonly file: string) {
    super(`coaching data ${file} is not loaded`);
    this.name = 'MissingCoachingData';
  }
}
