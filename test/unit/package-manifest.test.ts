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
    const client = readFileSync(join(root, 'client', 'src', 'language-client.ts'), 'utf8');
    assert.doesNotMatch(client, /configurationSection/);
  });
});
