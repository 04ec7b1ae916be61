/** The server's files on the local disk: what it reads when it runs under Node (see lsp/files.ts). */
import { dirname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME } from '../engine/config';
import type { ConfigFile, DraftSource, WorkspaceFiles } from '../lsp/files';
import { filePathOf } from '../lsp/uri';
import { statSync } from 'node:fs';
import type { ParsedRecipients } from '../engine/merge/types';
import { ConfigFileCache, findConfigFile } from './config-files';
import { readCsv } from './recipients';
import { DraftIndex } from './draft-index';

class DiskDrafts implements DraftSource {
  readonly tally = new DraftIndex();
  private folders: string[] = [];

  scan(folderUris: readonly string[]): Promise<void> {
    this.folders = folderUris.map(filePathOf).filter((p): p is string => p !== undefined);
    return this.tally.scan(this.folders);
  }

  keyOf(uri: string): string | undefined {
    const path = uri.endsWith('.inmail') ? filePathOf(uri) : undefined;
    return path !== undefined && this.folders.some((f) => path.startsWith(f.endsWith(sep) ? f : `${f}${sep}`)) ? path : undefined;
  }

  uriOf(key: string): string {
    return pathToFileURL(key).toString();
  }

  reread(key: string): Promise<boolean> {
    return Promise.resolve(this.tally.updateFromDisk(key));
  }
}

export class DiskFiles implements WorkspaceFiles {
  private readonly configs = new ConfigFileCache();
  // Read again only when the file's time or size changes: each keystroke in a draft asks for its list.
  private readonly csvs = new Map<string, { stamp: string; parsed: ParsedRecipients | undefined }>();
  readonly drafts = new DiskDrafts();

  recipients(csvUri: string, named: boolean): Promise<ParsedRecipients | undefined> {
    const path = filePathOf(csvUri);
    if (path === undefined) return Promise.resolve(named ? { error: { message: 'only files on disk are read here', line: 0 } } : undefined);
    let stamp = 'missing';
    try {
      // No exception for a missing file: the CSV beside a draft usually is, and this runs on every keystroke.
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat) stamp = `${stat.mtimeMs}:${stat.size}:${named}`;
    } catch {
      // Missing: readCsv says so (or nothing, for the CSV beside a draft).
    }
    const cached = this.csvs.get(path);
    if (cached && cached.stamp === stamp) return Promise.resolve(cached.parsed);
    const parsed = readCsv(path, named);
    this.csvs.set(path, { stamp, parsed });
    return Promise.resolve(parsed);
  }

  recipientsChanged(uri: string): boolean {
    const path = filePathOf(uri);
    return path !== undefined && this.csvs.delete(path);
  }

  configFor(docUri: string): Promise<ConfigFile | undefined> {
    const path = filePathOf(docUri);
    const configPath = path === undefined ? undefined : findConfigFile(dirname(path));
    return Promise.resolve(configPath === undefined ? undefined : { uri: pathToFileURL(configPath).toString(), result: this.configs.load(configPath) });
  }

  configChanged(uri: string): string | undefined {
    const path = uri.endsWith(CONFIG_FILE_NAME) ? filePathOf(uri) : undefined;
    if (path === undefined) return undefined;
    this.configs.forget(path);
    return pathToFileURL(path).toString();
  }
}
