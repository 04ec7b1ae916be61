/** The server's files on the local disk: what it reads when it runs under Node (see lsp/files.ts). */
import { dirname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME } from '../engine/config';
import type { ConfigFile, DraftSource, WorkspaceFiles } from '../lsp/files';
import { filePathOf } from '../lsp/uri';
import { ConfigFileCache, findConfigFile } from './config-files';
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
  readonly drafts = new DiskDrafts();

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
