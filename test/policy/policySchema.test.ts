// The published policy schema (what an editor checks) against the loader (what a run checks): one verdict.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import { loadPolicy } from '../../src/policy/loadPolicy.js';
import { builtinRules } from '../../src/rules/index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/policy');
// As an editor does: the schema on its own, strict, every error.
const editor = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(policySchema);
const editorAccepts = (policy: unknown) => editor(policy);

/** The loader on the same text, with every file it names present (holding an empty policy). */
async function loaderAccepts(text: string): Promise<boolean> {
  try {
    await loadPolicy({
      root: fixtures,
      policyPath: 'policy.yml',
      rules: builtinRules,
      readText: async (file) => (file === path.join(fixtures, 'policy.yml') ? text : '{}'),
      readRemote: async () => '{}',
    });
    return true;
  } catch {
    return false;
  }
}

async function expectOneVerdict(policy: unknown): Promise<void> {
  const text = JSON.stringify(policy);
  // The editor sees the data the loader reads (JSON.stringify turns NaN into null, drops undefined).
  expect({ policy: text, editor: editorAccepts(JSON.parse(text)) }).toEqual({
    policy: text,
    editor: await loaderAccepts(text),
  });
}

describe('the editor refuses what the loader refuses', () => {
  test.each([
    ['bad/unknown-rule.yml', false],
    ['bad/bad-severity.yml', false],
    ['bad/bad-option.yml', false],
    ['bad/bad-option-type.yml', false],
    ['bad/no-options.yml', false],
    ['bad/custom-id.yml', false],
    ['bad/unknown-key.yml', false],
    ['bad/unknown-builtin.yml', false],
    // Not the schema's to know: whether a file exists, and whether a custom rule's schema compiles.
    ['bad/missing-extends.yml', true],
    ['bad/bad-custom-schema.yml', true],
    ['org/policy.yml', true],
    ['chain/level1.yml', true],
  ])('%s: editor accepts = %s', (file, accepted) => {
    expect(editorAccepts(parse(readFileSync(path.join(fixtures, file), 'utf8')))).toBe(accepted);
  });

  const ids = builtinRules.map((r) => r.meta.id);
  const declared = ['acme/display-name-prefix', 'acme.corp/no-http'];
  const optionNames = [
    ...new Set(builtinRules.flatMap((r) => Object.keys((r.meta.optionsSchema?.properties as object) ?? {}))),
  ];
  const severity = fc.constantFrom('error', 'warning', 'notice', 'off', 'fatal', 'Error', '');
  const optionValue = fc.oneof(
    fc.boolean(),
    fc.integer({ min: -2, max: 200 }),
    fc.double(),
    fc.constantFrom('seventy', '70', null),
    fc.array(fc.constantFrom('msg.consumer', 'faas.lambda.invoke', 'a b', '"q"', 7), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'width'), fc.integer()),
  );
  const entry = fc.oneof(
    { weight: 3, arbitrary: severity },
    { weight: 1, arbitrary: fc.constantFrom(null, 1, true, [], ['error']) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.option(severity, { nil: undefined }),
          fc.dictionary(fc.constantFrom(...optionNames, 'allowLoopbak', 'strict'), optionValue, { maxKeys: 2 }),
        )
        .map(([s, options]) => (s === undefined ? options : { severity: s, ...options })),
    },
  );
  const ruleId = fc.constantFrom(...ids, ...declared, 'redirect-uri-http', 'Schema', 'oauth2', 'acme', '');
  const rules = fc.dictionary(ruleId, entry, { maxKeys: 4 });
  const custom = declared.map((id) => ({ id, message: 'm', given: '/display_name', schema: { type: 'string' } }));

  test('a property: random rule settings, in rules and in overrides, get one verdict', async () => {
    await fc.assert(
      fc.asyncProperty(rules, fc.option(rules, { nil: undefined }), async (base, override) => {
        await expectOneVerdict({
          custom,
          rules: base,
          ...(override ? { overrides: [{ files: ['legacy/**'], rules: override }] } : {}),
        });
      }),
      { numRuns: 400 },
    );
  });

  test.each([
    'recommended',
    'strict',
    'recomended',
    'STRICT',
    'strict.yml',
    'base.YAML',
    './base',
    'base',
    '',
    'github:acme/policies/lp.yml@v1',
  ])('extends %j gets one verdict', async (name) => {
    await expectOneVerdict({ extends: name });
    await expectOneVerdict({ extends: ['recommended', name] });
  });

  test('what JSON Schema cannot say: a namespaced id that no custom: entry declares is the loader’s to refuse', async () => {
    const policy = { rules: { 'acme/undeclared': 'error' } };
    expect(editorAccepts(policy)).toBe(true);
    expect(await loaderAccepts(JSON.stringify(policy))).toBe(false);
  });
});
