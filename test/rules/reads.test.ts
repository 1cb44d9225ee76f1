import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { ImageProbe, Manifest, NetworkRule, NetworkServices, ProjectRule, Rule } from '../../src/core/types.js';
import { startEvaluation } from '../../src/engine/evaluate.js';
import { formatOf, parseSource } from '../../src/parse/parseSource.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { builtinRules } from '../../src/rules/index.js';

// The run keeps of each manifest only the keys its cross-file and network rules read (ProjectRule.reads): a rule that
// read a key it does not declare would see nothing there and miss findings.

const laterRules = builtinRules.filter(
  (rule): rule is ProjectRule | NetworkRule => rule.kind === 'project' || rule.kind === 'network',
);

/** A network whose answers depend only on the URL: the same question gets the same answer on whole or kept values. */
const network: NetworkServices = {
  probeImage(url): Promise<ImageProbe> {
    const code = [...url].reduce((sum, c) => sum + c.charCodeAt(0), 0);
    if (code % 3 === 0) return Promise.resolve({ ok: false, reason: `status ${400 + (code % 100)}`, url });
    return Promise.resolve({ ok: true, width: 60 + (code % 20), height: 70, type: 'png', url });
  },
};

const names = fc.constantFrom('com.acme.one', 'com.acme.two', 'com.acme.one ', '', 'COM.ACME.ONE');
const logos = fc.constantFrom('https://logo.example/a.png', ' https://logo.example/b.png ', '', 'not a uri', 7);
const manifestValue = fc.record(
  {
    client_name: fc.oneof(names, fc.constant(3)),
    'client_name#ja-JP': names,
    logo_uri: logos,
    display_name: fc.string(),
    redirect_uris: fc.array(fc.webUrl(), { maxLength: 2 }),
    capabilities: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
  },
  { requiredKeys: [] },
);

function kept(manifest: Manifest, keys: readonly string[]): Manifest {
  const value: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(manifest.value, key)) value[key] = manifest.value[key];
  return { ...manifest, value };
}

test('every cross-file and network rule declares the keys it reads', () => {
  expect(laterRules.map((rule) => rule.meta.id).sort()).toEqual([
    'client-name-unique',
    'logo-dimensions',
    'logo-fetch',
  ]);
  for (const rule of laterRules) expect(rule.reads?.length).toBeGreaterThan(0);
});

test('each cross-file and network rule finds on the keys it reads what it finds on whole manifests', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(manifestValue, { minLength: 1, maxLength: 6 }), async (values) => {
      const manifests: Manifest[] = values.map((value, i) => ({
        file: `apps/m${i}.${i % 2 ? 'yaml' : 'json'}`,
        format: i % 2 ? 'yaml' : 'json',
        value,
      }));
      for (const rule of laterRules) {
        const thin = manifests.map((m) => kept(m, rule.reads!));
        const options = () => ({ width: 70, height: 70 });
        const [whole, onKept] =
          rule.kind === 'project'
            ? [rule.check(manifests, options), rule.check(thin, options)]
            : [await rule.check(manifests, options, network), await rule.check(thin, options, network)];
        expect(onKept).toEqual(whole);
      }
    }),
    { numRuns: 200 },
  );
});

/** A cross-file rule that reports what it was given of each manifest. */
function probe(reads?: readonly string[]): ProjectRule {
  return {
    kind: 'project',
    meta: { id: 'keys-probe', description: 'test', defaultSeverity: 'notice', help: 'test' },
    ...(reads ? { reads } : {}),
    check: (manifests) =>
      manifests.map((m) => ({ file: m.file, pointer: '', message: Object.keys(m.value).join(',') })),
  };
}

test('a cross-file rule is given the keys the rules read, or the whole manifest when one of them does not say', async () => {
  const text = '{"client_name": "com.acme.a", "logo_uri": "https://a.example/l.png", "description": "d"}';
  const format = formatOf('a.json')!;
  const seen = async (extra: Rule) => {
    const rules = [...builtinRules, extra];
    const evaluation = await startEvaluation({ rules, policy: defaultPolicy(rules) }, true);
    evaluation.add(
      { file: 'a.json', format, explicit: false, outcome: parseSource('a.json', Buffer.from(text), format) },
      0,
    );
    const { result } = await evaluation.finish();
    return result.findings.filter((f) => f.ruleId === 'keys-probe').map((f) => f.message);
  };
  expect(await seen(probe(['description']))).toEqual(['client_name,logo_uri,description']);
  expect(await seen(probe())).toEqual(['client_name,logo_uri,description']);
  expect(await seen(probe([]))).toEqual(['client_name,logo_uri']);
});
