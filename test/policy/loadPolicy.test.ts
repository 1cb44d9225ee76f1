import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy, PolicyError } from '../../src/policy/loadPolicy.js';
import { builtinRules } from '../../src/rules/index.js';
import type { Manifest } from '../../src/core/types.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/policy');
const load = (policyPath: string) => loadPolicy({ root: fixtures, policyPath, rules: builtinRules });
const severity = async (policyPath: string, file: string, ruleId: string) =>
  (await load(policyPath)).rulesFor(file).get(ruleId);

describe('built-in policies', () => {
  test('without a policy file every rule runs at its default: the built-in recommended', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-policy-'));
    const policy = await loadPolicy({ root: empty, rules: builtinRules });
    expect(policy.source).toBe('built-in recommended');
    for (const rule of builtinRules)
      expect(policy.rulesFor('a.json').get(rule.meta.id)?.severity).toBe(rule.meta.defaultSeverity);
    await fs.rm(empty, { recursive: true });
  });

  test('recommended.yml states every built-in rule at its default severity and options', async () => {
    const text = await fs.readFile(path.join(fixtures, '../../../policies/recommended.yml'), 'utf8');
    for (const rule of builtinRules)
      expect(text).toMatch(
        new RegExp(
          `^  ${rule.meta.id}: (${rule.meta.defaultSeverity}|\\{ severity: ${rule.meta.defaultSeverity})`,
          'm',
        ),
      );
  });

  test('.github/lp-app-policy.yml under the root is the default', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-policy-'));
    await fs.mkdir(path.join(root, '.github'));
    await fs.writeFile(path.join(root, '.github/lp-app-policy.yml'), 'extends: strict\n');
    const policy = await loadPolicy({ root, rules: builtinRules });
    expect(policy.source).toBe('.github/lp-app-policy.yml');
    expect(policy.rulesFor('a.json').get('client-name-format')?.severity).toBe('error');
    await fs.rm(root, { recursive: true });
  });
});

describe('extends', () => {
  test('a three-level chain: the extending file wins, options merge over defaults', async () => {
    const policy = await load('chain/level1.yml');
    const rules = policy.rulesFor('apps/a.json');
    expect(rules.get('client-name-format')).toEqual({ severity: 'off', options: {} });
    expect(rules.get('redirect-uri-https')).toEqual({ severity: 'warning', options: { allowLoopback: true } });
    expect(rules.get('scope-supported')?.options).toEqual({ allowed: ['msg.consumer', 'faas.lambda.invoke'] });
    // From strict, through three files.
    expect(rules.get('no-implicit-grant')?.severity).toBe('error');
    expect(rules.get('logo-dimensions')).toEqual({ severity: 'error', options: { width: 70, height: 70 } });
  });

  test('a cycle is an error naming the chain', async () => {
    await expect(load('cycle/a.yml')).rejects.toThrow(
      new PolicyError('cycle/b.yml:1:10: extends cycle: cycle/a.yml → cycle/b.yml → cycle/a.yml'),
    );
  });
});

describe('overrides, ignore and custom rules', () => {
  test('an override turns a rule off for one folder only; later overrides win', async () => {
    expect((await severity('org/policy.yml', 'apps/a.json', 'redirect-uri-https'))?.severity).toBe('error');
    expect((await severity('org/policy.yml', 'legacy/a.json', 'redirect-uri-https'))?.severity).toBe('off');
    expect((await severity('org/policy.yml', 'legacy/special/a.json', 'redirect-uri-https'))?.severity).toBe('notice');
    expect((await severity('org/policy.yml', 'legacy/a.json', 'acme/display-name-prefix'))?.severity).toBe('off');
    expect((await severity('org/policy.yml', 'apps/a.json', 'acme/display-name-prefix'))?.severity).toBe('warning');
  });

  test('ignore globs', async () => {
    const policy = await load('org/policy.yml');
    expect(policy.isIgnored('fixtures/x/a.json')).toBe(true);
    expect(policy.isIgnored('apps/fixtures.json')).toBe(false);
  });

  test('a custom rule with a wildcard pointer reports every failing value at its own pointer', async () => {
    const [endpointRule, prefixRule] = (await load('org/policy.yml')).custom;
    const manifest: Manifest = {
      file: 'a.json',
      format: 'json',
      value: {
        client_name: 'x',
        display_name: 'Acme Bot',
        capabilities: {
          webhooks: {
            'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://hooks.acme.example/a' },
            'cqm.ExConversationChangeNotification': { endpoint: 'https://evil.example/b' },
            'ms.MessagingEventNotification.ChatStateEvent': {},
          },
        },
      },
    };
    expect(endpointRule.meta).toMatchObject({ id: 'acme/webhook-endpoint-domain', defaultSeverity: 'error' });
    expect(endpointRule.check(manifest, {})).toEqual([
      {
        pointer: '/capabilities/webhooks/cqm.ExConversationChangeNotification/endpoint',
        message: 'webhook endpoints must be on acme.example',
      },
    ]);
    expect(prefixRule.check(manifest, {})).toEqual([]);
    expect(prefixRule.check({ ...manifest, value: { client_name: 'x', display_name: 'Other' } }, {})).toEqual([
      { pointer: '/display_name', message: 'display_name must start with "Acme"' },
    ]);
    // A given that matches nothing does not fire.
    expect(prefixRule.check({ ...manifest, value: { client_name: 'x' } }, {})).toEqual([]);
  });
});

describe('a bad policy is one line a person can act on, with the file and line', () => {
  test.each([
    [
      'bad/unknown-rule.yml',
      'bad/unknown-rule.yml:4:3: unknown rule "redirect-uri-http" (did you mean "redirect-uri-https"?)',
    ],
    [
      'bad/bad-severity.yml',
      'bad/bad-severity.yml:2:3: rule "redirect-uri-https": severity "fatal" is not one of error, warning, notice, off',
    ],
    [
      'bad/bad-option.yml',
      'bad/bad-option.yml:2:3: rule "redirect-uri-https": unknown option "allowLoopbak"; options are allowLoopback',
    ],
    ['bad/bad-option-type.yml', 'bad/bad-option-type.yml:2:3: rule "logo-dimensions": option "width" must be integer'],
    ['bad/bad-custom-schema.yml', /^bad\/bad-custom-schema\.yml:5:13: custom rule "acme\/x": invalid schema: .*type/],
    ['bad/unknown-key.yml', 'bad/unknown-key.yml:2:1: unknown key "rule" in the policy (did you mean "rules"?)'],
    ['bad/syntax.yml', /^bad\/syntax\.yml:2:\d+: invalid YAML: /],
    ['bad/missing-extends.yml', 'bad/missing-extends.yml:1:10: policy file bad/nowhere.yml: not found'],
    [
      'bad/unknown-builtin.yml',
      /^bad\/unknown-builtin\.yml:1:10: unknown built-in policy "recomended" \(did you mean "recommended"\?\)/,
    ],
    [
      'bad/custom-id.yml',
      'bad/custom-id.yml:2:9: custom.0.id: custom rule id "no-namespace" must be namespaced like "acme/display-name-prefix"',
    ],
    ['bad/no-options.yml', 'bad/no-options.yml:2:3: rule "schema" takes no options, but "strict" given'],
    ['missing.yml', 'policy file missing.yml: not found'],
  ])('%s', async (file, message) => {
    const error = await load(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PolicyError);
    const text = (error as Error).message;
    expect(text).not.toContain('\n');
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
  });
});
