import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest, Rule } from '../../src/core/types.js';
import { builtinRules, ruleById } from '../../src/rules/index.js';

const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/rules');
const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && 'kind' in value && 'meta' in value;

describe('the rule catalog', () => {
  test('every rule a file of src/rules exports is in the catalog, from a file named after its id', async () => {
    const found: Array<[string, Rule]> = [];
    for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(path.join(rulesDir, file))) as Record<string, unknown>;
      for (const value of Object.values(module)) if (isRule(value)) found.push([file, value]);
    }
    expect(found.map(([file, rule]) => [file, rule.meta.id]).sort()).toEqual(
      builtinRules.map((r) => [`${r.meta.id}.ts`, r.meta.id]).sort(),
    );
    for (const [, rule] of found) expect(builtinRules).toContain(rule);
  });

  test('ids are unique and every rule has a description, a severity and help', () => {
    expect(new Set(builtinRules.map((r) => r.meta.id)).size).toBe(builtinRules.length);
    for (const rule of builtinRules) {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'notice']).toContain(rule.meta.defaultSeverity);
      expect(rule.meta.help?.length ?? 0).toBeGreaterThan(20);
      expect(ruleById(rule.meta.id)).toBe(rule);
    }
  });
});

describe('no offline rule throws, whatever the manifest holds', () => {
  const offline = builtinRules.filter((r) => r.kind === 'manifest' || r.kind === 'project');
  const manifestOf = (value: Record<string, unknown>, file = 'm.json'): Manifest => ({ file, format: 'json', value });
  const run = (manifest: Manifest) => {
    for (const rule of offline) {
      const options = rule.meta.defaultOptions ?? {};
      if (rule.kind === 'manifest') rule.check(manifest, options);
      if (rule.kind === 'project') rule.check([manifest, { ...manifest, file: 'n.json' }], () => options);
    }
  };

  test('arbitrary JSON under known and unknown keys', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'client_name',
            'redirect_uris',
            'response_types',
            'grant_types',
            'scope',
            'logo_uri',
            'entry_uri',
            'quick_launch_enabled',
            'capabilities',
            'client_secret',
            'id',
            'other',
          ),
          fc.jsonValue(),
        ),
        (value) => {
          run(manifestOf({ client_name: 'x', ...value }));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('arbitrary JSON inside capabilities', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (webhooks, engagement, header) => {
        run(manifestOf({ client_name: 'x', capabilities: { webhooks, engagement } }));
        run(
          manifestOf({
            client_name: 'x',
            capabilities: {
              webhooks: { 'ms.MessagingEventNotification.ContentEvent': { endpoint: 'https://a', headers: [header] } },
            },
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
