/** The extension manifest against what it describes: settings against the config schema, commands against their handlers. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../../server/src/engine/config-schema';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const settings: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;
type SchemaProperty = { type: string; default: unknown; minimum?: number; description: string; enum?: string[] };
const schema = configSchema() as { properties: { limits: { properties: Record<string, SchemaProperty> }; freeAccount: SchemaProperty; rules: { properties: Record<string, SchemaProperty> } } };

describe('package.json', () => {
  it('contributes every limit of the config schema as a setting, with its type, default, minimum and description', () => {
    const limits = schema.properties.limits.properties;
    const contributed = Object.keys(settings).filter((k) => k.startsWith('inmail.limits.')).map((k) => k.slice('inmail.limits.'.length));
    assert.deepEqual(contributed.sort(), Object.keys(limits).sort());
    for (const [key, property] of Object.entries(limits)) {
      const setting = settings[`inmail.limits.${key}`];
      assert.deepEqual(
        { type: setting.type, default: setting.default, minimum: setting.minimum, description: setting.description },
        { type: property.type, default: property.default, minimum: property.minimum, description: property.description },
        `inmail.limits.${key}`,
      );
    }
  });

  it('gives every setting a scope: per folder what the server reads per draft, per window what it reads once', () => {
    // The server asks for rules, limits and freeAccount with each draft's URI (per folder), and for the
    // credit settings once for the whole workspace, whose estimate spans every folder.
    const perDraft = ['inmail.rules', 'inmail.freeAccount', ...Object.keys(settings).filter((k) => k.startsWith('inmail.limits.'))];
    for (const [key, setting] of Object.entries(settings)) {
      assert.equal(setting.scope, perDraft.includes(key) ? 'resource' : 'window', key);
    }
  });

  it('offers the severities the config file accepts, and the same free-account default', () => {
    const severities = Object.values(schema.properties.rules.properties)[0].enum;
    assert.deepEqual((settings['inmail.rules'].additionalProperties as { enum: string[] }).enum, severities);
    assert.equal(settings['inmail.freeAccount'].default, schema.properties.freeAccount.default);
  });

  it('leaves configuration to the pull model (workspace/configuration), not the deprecated synchronize.configurationSection', () => {
    const client = readFileSync(join(root, 'client', 'src', 'client-setup.ts'), 'utf8');
    assert.match(client, /synchronize: \{/, 'the client options are in client-setup.ts');
    assert.doesNotMatch(client, /configurationSection/);
  });

  it('has its commands in the README, by their palette titles', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const c of pkg.contributes.commands as { title: string; category: string }[]) assert.ok(readme.includes(`${c.category}: ${c.title}`), `${c.category}: ${c.title}`);
  });
});

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('tells a newcomer what npm start downloads and where it listens, and how to install the package and the CLI', () => {
    assert.match(readme, /about 1 GB/);
    assert.match(readme, /127\.0\.0\.1 \(loopback only\) on a free port, or the one in `INMAIL_PORT`/);
    assert.match(readme, /code --install-extension dist\/inmail\.vsix/);
    assert.match(readme, /`npm link` in the checkout/);
    assert.match(readme, /`npx inmail-lint drafts\/`/);
  });

  it('has a setup per editor, each saying whether a test drives it', () => {
    const editors = readme.slice(readme.indexOf('## Other editors'), readme.indexOf('\n## ', readme.indexOf('## Other editors') + 1));
    const headings = [...editors.matchAll(/^\*\*([^*]+)\*\*(.*)$/gm)].map((m) => ({ name: m[1], note: m[2] }));
    for (const editor of ['Neovim 0.7', 'Neovim 0.11', 'Vim', 'Emacs', 'Helix', 'Sublime Text', 'Kate', 'Zed']) {
      const heading = headings.find((h) => h.name.startsWith(editor));
      assert.ok(heading, `a setup for ${editor}`);
      assert.match(heading.note, /\((tested|untested|not provided)\b/, `${editor} says whether it is tested`);
    }
    // The tested ones are exactly those test/editors/run.mjs drives.
    const runner = readFileSync(join(root, 'test', 'editors', 'run.mjs'), 'utf8');
    for (const [editor, suite] of [['Neovim 0.7', 'nvim'], ['Vim', 'vim'], ['Kate', 'kate'], ['Emacs', 'eglot']]) {
      assert.match(headings.find((h) => h.name.startsWith(editor))!.note, /\(tested/, editor);
      assert.match(runner, new RegExp(`name: '${suite}'`), suite);
    }
  });
});
