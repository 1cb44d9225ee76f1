import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import manifestValidator from '../../src/schema/manifestValidator.js';
import { keysOf } from '../../src/core/keysOf.js';
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
const validate = manifestValidator(keysOf);

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

  test('gives the errors the schema compiled at run time gives on objects of many keys, listed once or each time', () => {
    // Past 1,024 keys an object's keys are listed once for the run (keysOf); the generated module lists them where ajv
    // writes a for…in. Integer-like keys (listed first), escaped pointers and an own __proto__ included.
    const unknown = (prefix: string, count: number) =>
      Array.from(
        { length: count },
        (_, i) => `"${i % 7 === 0 ? i : `${prefix}${i}`}${i % 11 === 0 ? '/~' : ''}": ${i}`,
      );
    const webhooks = Array.from(
      { length: 1_100 },
      (_, i) => `"event.${i}": {"endpoint": "${i % 2 ? 'http' : 'https'}://e.example/${i}", "extra${i}": 1}`,
    );
    const text = `{"client_name": "com.example.many", "__proto__": 1, ${unknown('k', 1_500).join(', ')},
      "capabilities": {"webhooks": {${webhooks.join(', ')}}}}`;
    const value: unknown = JSON.parse(text);
    for (const without of ['', 'keys-listed-once']) {
      const before = process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
      process.env.LP_APP_MANIFEST_CHECK_WITHOUT = without;
      try {
        for (let pass = 0; pass < 2; pass++) {
          const { generated, compiled } = bothErrors(value);
          // Compared as lines, and each error's data by identity: a failing deep comparison of thousands of errors,
          // each holding the whole value, would not fit in memory to print.
          const lines = (errors: typeof generated) =>
            (errors ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword, JSON.stringify(e.params)].join(' '));
          expect(lines(generated)).toEqual(lines(compiled));
          expect(generated!.every((error, index) => error.data === compiled![index]?.data)).toBe(true);
          expect(generated!.length).toBeGreaterThan(1_500 + 1_100);
        }
      } finally {
        if (before === undefined) delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
        else process.env.LP_APP_MANIFEST_CHECK_WITHOUT = before;
      }
    }
  });
});
