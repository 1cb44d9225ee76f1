import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import validate from '../../src/schema/manifestValidator.js';
import schema from '../../schemas/manifest.schema.json' with { type: 'json' };
import { loadAjv, trustedAjv } from '../../src/schema/trustedAjv.js';
import { manifestValidatorSource, target } from '../../scripts/manifest-validator.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const examples = [
  'good/acme-order-bot.json',
  'good/acme-support-console.yaml',
  'official/custom-connector.json',
  'official/web-application.json',
  'problems/duplicate-name.yaml',
  'problems/insecure-connector.json',
]
  .map((name) => readFileSync(path.join(repo, 'examples', name), 'utf8'))
  .map((text) => parse(text, { uniqueKeys: false }) as Record<string, unknown>);
// The instance the tool compiles its other schemas with: the generated module must keep its options.
await loadAjv();
const compiled = trustedAjv().compile(schema);

/** The errors of the generated module and of the schema compiled at run time, for one value. */
function bothErrors(value: unknown) {
  validate(value);
  compiled(value);
  return { generated: validate.errors ?? null, compiled: compiled.errors ?? null };
}

describe('the manifest validator compiled ahead of time', () => {
  test('is what `npm run validator` writes from the committed schema', () => {
    expect(readFileSync(target, 'utf8')).toBe(manifestValidatorSource());
  });

  test('gives the errors the schema compiled at run time gives, on the examples', () => {
    for (const value of examples) {
      const { generated, compiled } = bothErrors(value);
      expect(generated).toEqual(compiled);
    }
  });

  test('gives the errors the schema compiled at run time gives, on damaged examples', () => {
    let invalid = 0;
    const place = fc.constantFrom(
      'client_name',
      'grant_types',
      'redirect_uris',
      'scope',
      'logo_uri',
      'capabilities',
      'description',
      'extra',
      'client_name#fr-FR',
      'client_name#x',
    );
    fc.assert(
      fc.property(
        fc.nat({ max: examples.length - 1 }),
        fc.array(fc.tuple(place, fc.option(fc.jsonValue({ maxDepth: 3 }))), { minLength: 1, maxLength: 3 }),
        (index, edits) => {
          const value: Record<string, unknown> = structuredClone(examples[index]);
          for (const [key, replacement] of edits) {
            if (replacement === null) delete value[key];
            else value[key] = replacement;
          }
          const { generated, compiled } = bothErrors(value);
          if (compiled) invalid++;
          expect(generated).toEqual(compiled);
        },
      ),
      { numRuns: 300 },
    );
    expect(invalid).toBeGreaterThan(100);
  });
});
