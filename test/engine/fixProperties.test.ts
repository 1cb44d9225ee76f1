/**
 * The property of fixes: for random manifests (JSON, and YAML with comments in every place a comment can go) with
 * planted faults that have one certain correction, applying every fix, pass after pass as --fix does, gives a file
 * that parses to the intended manifest, keeps every comment, and has no finding left.
 */
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { Finding, ManifestFormat } from '../../src/core/types.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultPolicy } from '../../src/policy/loadPolicy.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { applyFixes, MAX_FIX_PASSES } from '../../src/engine/fix.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { chooser, planted, toYaml } from '../support/plantedManifests.js';

const policy = defaultPolicy(builtinRules);

async function findingsOf(file: string, text: string, format: ManifestFormat): Promise<Finding[]> {
  const outcome = parseSource(file, new TextEncoder().encode(text), format);
  const result = await evaluate({ files: [{ file, format, explicit: true, outcome }], rules: builtinRules, policy });
  return result.findings;
}

/** --fix's passes, in memory: what is left after the fixes, and the findings of the last pass. */
async function fixAll(file: string, text: string, format: ManifestFormat) {
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(current, await findingsOf(file, current, format));
    if (applied === 0) break;
    current = next;
  }
  return { text: current, findings: await findingsOf(file, current, format) };
}

function valueOf(file: string, text: string, format: ManifestFormat): unknown {
  const outcome = parseSource(file, new TextEncoder().encode(text), format);
  if (!outcome.ok) throw new Error(`the fixed file does not parse:\n${text}`);
  return outcome.document.value;
}

test('YAML with comments: every fix applied gives the intended manifest, every comment kept, nothing left', async () => {
  await fc.assert(
    fc.asyncProperty(planted, chooser, async ({ intended, faulty }, choice) => {
      const { text, comments } = toYaml(faulty, choice);
      expect(valueOf('m.yaml', text, 'yaml')).toEqual(faulty);
      const fixed = await fixAll('m.yaml', text, 'yaml');
      expect(valueOf('m.yaml', fixed.text, 'yaml')).toEqual(intended);
      for (let n = 1; n <= comments; n++) expect(fixed.text.split(`# c${n}\n`).length).toBe(2);
      expect(fixed.findings.map((f) => `${f.ruleId} ${f.pointer}: ${f.message}`)).toEqual([]);
    }),
    { numRuns: 120 },
  );
});

test('JSON in any layout: every fix applied gives the intended manifest, the layout kept, nothing left', async () => {
  await fc.assert(
    fc.asyncProperty(planted, fc.constantFrom(0, 2, 4, '\t'), async ({ intended, faulty }, indent) => {
      const text = JSON.stringify(faulty, null, indent) + '\n';
      const fixed = await fixAll('m.json', text, 'json');
      expect(valueOf('m.json', fixed.text, 'json')).toEqual(intended);
      // Only keys and values changed: the lines are the lines they were.
      expect(fixed.text.split('\n').length).toBe(text.split('\n').length);
      expect(fixed.findings.map((f) => `${f.ruleId} ${f.pointer}: ${f.message}`)).toEqual([]);
    }),
    { numRuns: 120 },
  );
});

test('the faults planted are found, and each is fixed (the property does not pass by finding nothing)', async () => {
  const faulty = {
    client_name: 'com.example.app',
    redirect_uri: 'https://a.example/cb',
    grant_types: 'client_credentials',
    quick_launch_enabled: 'on',
    entry_uri: 'https://a.example/start',
    capabilities: { webhooks: { 'ms.messagingeventnotification.contentevent': { endpoint: 'https://h.example/' } } },
  };
  const findings = await findingsOf('m.json', JSON.stringify(faulty, null, 2), 'json');
  expect(findings.map((f) => [f.ruleId, f.pointer, f.fix !== undefined])).toEqual([
    ['schema', '/redirect_uri', true],
    ['schema', '/grant_types', true],
    ['schema', '/quick_launch_enabled', true],
    ['webhook-event-name', '/capabilities/webhooks/ms.messagingeventnotification.contentevent', true],
  ]);
});
