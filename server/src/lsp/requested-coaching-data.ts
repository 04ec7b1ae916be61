/**
 * The browser build's coaching data: a web worker has no disk, so each data file (a language's word list and
 * evidence lexicon with its ask lexicon, the language detector's model) is asked of the client (client/src/extension-data.ts) the first time a draft
 * needs it, and a lint waits for what it reads. An English draft loads one word list of four and no model.
 */
import { setWordListSource } from '../engine/coach/common-words';
import { COACHED_LANGUAGES } from '../engine/coach/language';
import { DETECTOR_MODEL_FILE, setDetectorModelSource } from '../engine/data/detector-model';
import { MissingCoachingData } from '../engine/data/missing';
import { decodeWordList, wordListFile } from '../engine/data/word-list-file';
import { wordListsFor } from '../engine/lint';
import { setEvidenceLexiconSource, type EvidenceLexicon } from '../engine/coach/evidence/lexicon';
import { evidenceLexiconFile, LEXICON_FILE_LANGUAGES } from '../engine/data/evidence-lexicon-file';
import { ExtensionDataRequest } from '../protocol';
import type { Connection } from './library';

export interface CoachingData {
  /** `work`'s result once every data file it reads is at hand. */
  withDataFor<T>(text: string, work: () => T): Promise<T>;
}

export class RequestedCoachingData implements CoachingData {
  private readonly texts = new Map<string, string>();
  private readonly loading = new Map<string, Promise<void>>();
  private model: unknown;

  constructor(private readonly connection: Connection) {
    setWordListSource((lang) => {
      const text = this.texts.get(wordListFile(lang));
      return text === undefined ? undefined : decodeWordList(text);
    });
    // Parsed once per language: the engine compiles what it is given and asks again only for a new source.
    setEvidenceLexiconSource((lang) => {
      const text = this.texts.get(evidenceLexiconFile(lang));
      return text === undefined ? undefined : (JSON.parse(text) as EvidenceLexicon);
    });
    setDetectorModelSource(() => {
      const text = this.texts.get(DETECTOR_MODEL_FILE);
      return text === undefined ? undefined : (this.model ??= JSON.parse(text));
    });
  }

  async withDataFor<T>(text: string, work: () => T): Promise<T> {
    // The lists a lint will read are known before it starts (detecting the language may need the model first).
    if (COACHED_LANGUAGES.some((lang) => !this.texts.has(wordListFile(lang)))) {
      const lists = await this.retrying(() => wordListsFor(text));
      const lexicons = lists.filter((lang) => LEXICON_FILE_LANGUAGES.includes(lang)).map(evidenceLexiconFile);
      await Promise.all([...lists.map(wordListFile), ...lexicons].map((file) => this.load(file)));
    }
    return this.retrying(work);
  }

  /** `work` again after each data file it found missing has been loaded. */
  private async retrying<T>(work: () => T): Promise<T> {
    for (;;) {
      try {
        return work();
      } catch (error) {
        if (!(error instanceof MissingCoachingData) || this.texts.has(error.file)) throw error;
        await this.load(error.file);
      }
    }
  }

  private load(file: string): Promise<void> {
    if (this.texts.has(file)) return Promise.resolve();
    let loading = this.loading.get(file);
    if (!loading) {
      loading = this.connection.sendRequest(ExtensionDataRequest, { path: file }).then((read) => {
        if ('error' in read) throw new Error(`cannot read ${file}: ${read.error}`);
        this.texts.set(file, read.text);
      });
      // A failed read is asked again by the next lint, not remembered as failed.
      loading.catch(() => this.loading.delete(file));
      this.loading.set(file, loading);
    }
    return loading;
  }
}
