import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { toPointer } from '../../src/core/pointer.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { parseYamlFully } from '../../src/parse/yaml.js';
import { defaultParseLimits } from '../../src/parse/formats.js';
import type { LocateMeter, LocateRequest, SourceDocument } from '../../src/parse/types.js';

/**
 * The cost model of locating, counted by the locators themselves: characters passed over (JSON), collection items read
 * (YAML), parses of the text. Locating all of a file's findings must cost about one pass over the file, however many
 * findings there are: a locator that scanned the file again for each would pass over it once per request.
 */
function cost(document: SourceDocument, requests: readonly LocateRequest[]): LocateMeter {
  const meter: LocateMeter = { steps: 0, parses: 0 };
  document.locateAll(requests, meter);
  return meter;
}

function documentOf(file: string, text: string): SourceDocument {
  const outcome = parseSource(file, Buffer.from(text), file.endsWith('.json') ? 'json' : 'yaml');
  if (!outcome.ok) throw new Error(`${file} did not parse`);
  return outcome.document;
}

/** A manifest with `count` unknown keys at the top and as many under a webhook, and the requests of their findings. */
function manyUnknownKeys(count: number): { value: Record<string, unknown>; requests: LocateRequest[] } {
  const keys = Array.from({ length: count }, (_, i) => `unknown_${i}`);
  const value = {
    client_name: 'com.acme.app',
    ...Object.fromEntries(keys.map((k, i) => [k, i])),
    capabilities: { webhooks: { 'ms.X': Object.fromEntries(keys.map((k) => [k, [k]])) } },
  };
  const requests = keys.flatMap((k) => [
    { pointer: `/${k}`, target: 'key' as const },
    { pointer: `/capabilities/webhooks/ms.X/${k}/0` },
    { pointer: `/capabilities/webhooks/ms.X/${k}/missing` },
  ]);
  return { value, requests };
}

describe('locating all findings of a file costs one pass, whatever their number', () => {
  test.each([10, 100, 1_000, 10_000])('JSON with %i unknown keys and three findings each', (count) => {
    const { value, requests } = manyUnknownKeys(count);
    const text = JSON.stringify(value, null, 2);
    const meter = cost(documentOf('a.json', text), requests);
    expect(meter.steps).toBeLessThanOrEqual(text.length);
    expect(meter.parses).toBe(0);
  });

  test.each([10, 100, 3_000])('YAML with %i unknown keys, full path and fast path', (count) => {
    const { value, requests } = manyUnknownKeys(count);
    const text = stringify(value);
    // Items of the collections the requests go into: each is read once.
    const items = 3 + 2 * count + 1 + 1 + count;
    const full = parseYamlFully('a.yaml', text, defaultParseLimits);
    if (!full.ok) throw new Error('did not parse');
    expect(cost(full.document, requests)).toEqual({ steps: expect.any(Number), parses: 0 });
    expect(cost(full.document, requests).steps).toBeLessThanOrEqual(items + requests.length);
    const fast = documentOf('a.yaml', text);
    expect(fast.constructor).not.toBe(full.document.constructor);
    const meter = cost(fast, requests);
    // js-yaml's reading answers them all: no `yaml` parse.
    expect(meter.parses).toBe(1);
    expect(meter.steps).toBeLessThanOrEqual(items + requests.length);
  });

  test('JSON: any value, any requests (repeated, missing, not pointers), at most one pass over the text', () => {
    const pointersOf = (node: unknown, at: Array<string | number> = [], out: string[] = []): string[] => {
      out.push(toPointer(at));
      if (node !== null && typeof node === 'object')
        for (const [k, v] of Array.isArray(node) ? node.entries() : Object.entries(node))
          pointersOf(v, [...at, k], out);
      return out;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 5 }), (value, repeat) => {
        const text = JSON.stringify({ client_name: 'x', value, again: value }, null, 1);
        const pointers = pointersOf(JSON.parse(text)).flatMap((p) => [p, `${p}/missing`, 'nope']);
        const requests = Array.from({ length: repeat }, () =>
          pointers.map((pointer, i) => ({ pointer, target: i % 2 ? ('key' as const) : ('value' as const) })),
        ).flat();
        expect(cost(documentOf('a.json', text), requests).steps).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 200 },
    );
  });
});
