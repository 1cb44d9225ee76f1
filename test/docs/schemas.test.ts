import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import { STARTER_POLICY } from '../../src/cli/init.js';
import { schemaBaseUrl } from '../../src/core/tool.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validManifest = ajv.compile(manifestSchema);
const validPolicy = ajv.compile(policySchema);
const load = (file: string) => {
  const text = readFileSync(path.join(root, file), 'utf8');
  return /\.ya?ml$/.test(file) ? parse(text) : JSON.parse(text);
};
const filesIn = (dir: string) => readdirSync(path.join(root, dir)).map((name) => `${dir}/${name}`);

describe('the published schemas', () => {
  test('have $ids where an editor can fetch them: the file under the major tag of package.json', () => {
    for (const name of readdirSync(path.join(root, 'schemas'))) {
      expect(load(`schemas/${name}`).$id).toBe(`${schemaBaseUrl}${name}`);
    }
  });

  test.each([...filesIn('examples/good'), ...filesIn('examples/official')])('%s is a valid manifest', (file) => {
    expect(validManifest(load(file)) ? [] : validManifest.errors).toEqual([]);
  });

  test('examples/problems/insecure-connector.json is not', () => {
    expect(validManifest(load('examples/problems/insecure-connector.json'))).toBe(false);
  });

  test('a manifest may name its schema ($schema), as editors want', () => {
    expect(validManifest({ ...load('examples/good/acme-order-bot.json'), $schema: manifestSchema.$id })).toBe(true);
  });

  test.each(filesIn('policies'))('%s is a valid policy', (file) => {
    expect(validPolicy(load(file)) ? [] : validPolicy.errors).toEqual([]);
  });

  test('the README policy example and the init starter policy are valid policies', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .filter((b) => /^(extends|rules):/m.test(b) && !/^\s*(on|jobs|repos):/m.test(b));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of [...blocks, STARTER_POLICY])
      expect(validPolicy(parse(block)) ? [] : validPolicy.errors).toEqual([]);
  });
});
