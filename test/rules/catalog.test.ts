import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import type { Rule, RuleMeta } from '../../src/core/types.js';
import { BUILTIN_RULE_ID, CUSTOM_RULE_ID } from '../../src/core/ruleId.js';
import { builtinRules } from '../../src/rules/index.js';
import { builtinPolicies, policySchemaDefinitions, ruleCatalog } from '../../src/rules/catalog.js';
import { BUILTIN_POLICIES } from '../../src/policy/builtinPolicies.js';
import { loadPolicy } from '../../src/policy/loadPolicy.js';
// @ts-expect-error: a plain .mjs script without types, run by `npm run catalog` and here
import { COMMAND, renderCatalogFiles } from '../../scripts/catalog.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const catalogOf = (rules: readonly Rule[]) => ({
  entries: ruleCatalog(rules),
  policies: builtinPolicies(rules),
  definitions: policySchemaDefinitions(rules),
});
const render = (rules: readonly Rule[]) => renderCatalogFiles(read, catalogOf(rules)) as Record<string, string>;
const withMeta = (id: string, change: Partial<RuleMeta>): Rule[] =>
  builtinRules.map((rule) => (rule.meta.id === id ? { ...rule, meta: { ...rule.meta, ...change } } : rule));

describe('files generated from the rules’ metadata', () => {
  test(`README rules table, policies/*.yml and the policy schema are up to date (${COMMAND})`, () => {
    const rendered = render(builtinRules);
    expect(Object.keys(rendered).sort()).toEqual([
      'README.md',
      'policies/recommended.yml',
      'policies/strict.yml',
      'schemas/policy.schema.json',
    ]);
    const stale = Object.entries(rendered).filter(([file, text]) => text !== read(file));
    if (stale.length > 0)
      throw new Error(`${stale.map(([file]) => file).join(', ')} differ from the rules' metadata: run ${COMMAND}`);
  });

  test.each([
    ['a description', { description: 'Something else entirely.' }, ['README.md', 'schemas/policy.schema.json']],
    [
      'a default severity',
      { defaultSeverity: 'warning' },
      ['README.md', 'policies/recommended.yml', 'schemas/policy.schema.json'],
    ],
    [
      'a strict severity',
      { strictSeverity: 'error' },
      ['README.md', 'policies/strict.yml', 'schemas/policy.schema.json'],
    ],
    [
      'an option',
      {
        optionsSchema: { type: 'object', properties: { max: { type: 'integer' } }, additionalProperties: false },
        defaultOptions: { max: 3 },
      },
      ['README.md', 'policies/recommended.yml', 'schemas/policy.schema.json'],
    ],
  ] as const)('changing %s of a rule changes exactly the files that show it', (_what, change, files) => {
    const before = render(builtinRules);
    const after = render(withMeta('server-assigned-field', change));
    expect(Object.keys(after).filter((file) => after[file] !== before[file])).toEqual(files);
  });

  test('the built-in policy files say what the catalog says, and the loader reads them so', async () => {
    const policies = builtinPolicies();
    expect(Object.keys(policies)).toEqual([...BUILTIN_POLICIES]);
    expect(readdirSync(path.join(root, 'policies')).sort()).toEqual(BUILTIN_POLICIES.map((n) => `${n}.yml`).sort());
    for (const name of BUILTIN_POLICIES) {
      expect(parse(read(`policies/${name}.yml`))).toEqual(policies[name]);
      const policy = await loadPolicy({ root, policyPath: name, rules: builtinRules, lookForDefaultFile: false });
      const settings = policy.rulesFor('apps/a.json');
      for (const entry of ruleCatalog()) expect([entry.id, settings.get(entry.id)]).toEqual([entry.id, entry[name]]);
    }
  });

  test('strict sets only what rules declare for it, and is never laxer than recommended', () => {
    const rank = { notice: 0, warning: 1, error: 2 };
    for (const entry of ruleCatalog())
      expect(rank[entry.strict.severity]).toBeGreaterThanOrEqual(rank[entry.recommended.severity]);
    expect(Object.keys(builtinPolicies().strict.rules)).toEqual(
      builtinRules.filter((r) => r.meta.strictSeverity).map((r) => r.meta.id),
    );
  });
});

describe('rule ids and options', () => {
  test('every built-in id is lowercase words or digits joined by "-"; custom ids are namespaced', () => {
    for (const rule of builtinRules) expect(rule.meta.id).toMatch(BUILTIN_RULE_ID);
    for (const id of ['schema', 'oauth2', 'oauth2-pkce', 'a-1-b', '3d']) expect(id).toMatch(BUILTIN_RULE_ID);
    for (const id of ['Schema', 'a--b', '-a', 'a-', 'a_b', 'acme/x', 'a b', ''])
      expect(id).not.toMatch(BUILTIN_RULE_ID);
    for (const id of ['acme/x', 'acme.corp/no-http', 'a/b/c', 'acme2/rule3']) expect(id).toMatch(CUSTOM_RULE_ID);
    for (const id of ['x', 'schema', 'Acme/x', '/x', 'acme/', 'acme/X']) expect(id).not.toMatch(CUSTOM_RULE_ID);
  });

  test('defaults and strict options are valid options of their rule', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    for (const { meta } of builtinRules) {
      if (!meta.optionsSchema) {
        expect([meta.id, meta.defaultOptions, meta.strictOptions]).toEqual([meta.id, undefined, undefined]);
        continue;
      }
      const validate = ajv.compile(meta.optionsSchema);
      for (const options of [meta.defaultOptions ?? {}, { ...meta.defaultOptions, ...meta.strictOptions }])
        expect([meta.id, validate(options) ? [] : validate.errors]).toEqual([meta.id, []]);
    }
  });

  const optionsRule = (meta: Partial<RuleMeta>): Rule[] => withMeta('server-assigned-field', meta);
  test.each([
    ['an options schema that is not a plain object schema', { optionsSchema: { type: 'object', properties: {} } }],
    [
      'a keyword the editor could not check alike',
      {
        optionsSchema: {
          type: 'object',
          properties: { a: { type: 'string' } },
          additionalProperties: false,
          if: { required: ['a'] },
          then: { required: ['b'] },
        },
      },
    ],
    [
      'a required option without a default',
      {
        optionsSchema: {
          type: 'object',
          properties: { a: { type: 'string' } },
          required: ['a'],
          additionalProperties: false,
        },
      },
    ],
    [
      'an option named severity',
      {
        optionsSchema: { type: 'object', properties: { severity: { type: 'string' } }, additionalProperties: false },
      },
    ],
  ] as const)('the catalog refuses %s, naming the rule', (_what, meta) => {
    expect(() => policySchemaDefinitions(optionsRule(meta as Partial<RuleMeta>))).toThrow(/server-assigned-field/);
  });

  test('strict options without a strict severity are refused, naming the rule', () => {
    expect(() => builtinPolicies(optionsRule({ strictOptions: { a: 1 } }))).toThrow(/server-assigned-field/);
  });
});
