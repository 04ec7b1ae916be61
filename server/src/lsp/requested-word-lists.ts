/**
 * The browser build's word lists: a web worker has no disk, so each language's list is asked of the client
 * (client/src/extension-data.ts) the first time a draft needs it, and a lint waits for the lists it reads.
 * An English draft loads one list of four.
 */
import { MissingWordList, setWordListSource } from '../engine/coach/common-words';
import { COACHED_LANGUAGES, type CoachedLanguage } from '../engine/coach/language';
import { wordListFile } from '../engine/data/word-list-file';
import { wordListsFor } from '../engine/lint';
import { ExtensionDataRequest } from '../protocol';
import type { Connection } from './library';

export interface CoachingData {
  /** `work`'s result once every list it reads is at hand. */
  withListsFor<T>(text: string, work: () => T): Promise<T>;
}

export class RequestedWordLists implements CoachingData {
  private readonly texts = new Map<CoachedLanguage, string>();
  private readonly loading = new Map<CoachedLanguage, Promise<void>>();

  constructor(private readonly connection: Connection) {
    setWordListSource((lang) => this.texts.get(lang));
  }

  async withListsFor<T>(text: string, work: () => T): Promise<T> {
    if (this.texts.size < COACHED_LANGUAGES.length) await Promise.all(wordListsFor(text).map((lang) => this.load(lang)));
    for (;;) {
      try {
        return work();
      } catch (error) {
        // A list wordListsFor did not foresee: fetched, then the work runs again from the start.
        if (!(error instanceof MissingWordList) || this.texts.has(error.lang)) throw error;
        await this.load(error.lang);
      }
    }
  }

  private load(lang: CoachedLanguage): Promise<void> {
    if (this.texts.has(lang)) return Promise.resolve();
    let loading = this.loading.get(lang);
    if (!loading) {
      loading = this.connection.sendRequest(ExtensionDataRequest, { path: wordListFile(lang) }).then((read) => {
        if ('error' in read) throw new Error(`cannot read the ${lang} word list: ${read.error}`);
        this.texts.set(lang, read.text);
      });
      // A failed read is asked again by the next lint, not remembered as failed.
      loading.catch(() => this.loading.delete(lang));
      this.loading.set(lang, loading);
    }
    return loading;
  }
}
