/**
 * One js-yaml reading of a fast-path YAML text for its value and its frames (switch yaml-one-pass, parse/yaml.ts): the
 * value is exactly fastYamlValue's, key order included, the fast path is taken on the same texts, and a document's
 * positions and rendered fixes are the same whether its frames came with the value, later, or not from one pass at all.
 */
import { afterEach, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { toPointer } from '../../src/core/pointer.js';
import type { Frame, LocateRequest, SourceDocument } from '../../src/parse/types.js';
import { defaultParseLimits } from '../../src/parse/formats.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { fastYamlRead, fastYamlValue } from '../../src/parse/yamlFast.js';
import { readFrames } from '../../src/parse/yamlFastPositions.js';
import { renderPatches } from '../../src/parse/renderPatch.js';
import { chooser, planted, toYaml } from '../support/plantedManifests.js';
import { patchesOf, variedYaml } from '../support/variedYaml.js';

const { maxDepth } = defaultParseLimits;

afterEach(() => {
  delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
});

/** Generated YAML: varied styles, and manifests with planted faults and comments everywhere. */
const texts = fc.oneof(
  variedYaml,
  fc.tuple(planted, chooser).map(([{ faulty }, choice]) => toYaml(faulty, choice).text),
);

/** Every entry of a value with its path, in order: equal lists mean equal values with the same key order. */
function entries(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${at}=${JSON.stringify(value)}`];
  const list = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [`${at}:${Array.isArray(value) ? '[]' : '{}'}`, ...list.flatMap(([k, v]) => entries(v, `${at}/${k}`))];
}

function pointersOf(value: unknown, at: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return [toPointer(at)];
  const list = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [toPointer(at), ...list.flatMap(([k, v]) => pointersOf(v, [...at, k]))];
}

/** The document of a text: one pass forced (from 0), or frames read when first needed (from Infinity). */
function documentOf(text: string, from: number): SourceDocument | undefined {
  const outcome = parseYaml('m.yaml', text, defaultParseLimits, { from, left: Infinity });
  return outcome.ok && outcome.document.fastPath === true ? outcome.document : undefined;
}

/** Positions of every place (key and value, and places that do not exist) and every patch rendered. */
function answersOf(document: SourceDocument): { ranges: unknown[]; edits: unknown[] } {
  const requests: LocateRequest[] = pointersOf(document.value)
    .flatMap((p) => [p, `${p}/missing`, `${p}/0`])
    .flatMap((pointer) => [{ pointer, target: 'key' as const }, { pointer }]);
  const sets = patchesOf(document.value).map((patch) => [patch]);
  return { ranges: document.locateAll(requests), edits: renderPatches(document, sets) };
}

test('the one-pass value is fastYamlValue’s, key order included, and its frames are readFrames’', () => {
  let fast = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const value = fastYamlValue(text, maxDepth);
      const read = fastYamlRead(text, maxDepth, true);
      expect(read === undefined).toBe(value === undefined);
      if (!read || !value) return;
      fast++;
      expect(isDeepStrictEqual(read.value, value)).toBe(true);
      expect(entries(read.value)).toEqual(entries(value));
      // The frames of the one reading are those of a reading of their own, and their top one holds the very value.
      expect(read.frames).toEqual(readFrames(text));
      expect(read.frames?.result).toBe(read.value);
    }),
    { numRuns: 300 },
  );
  // The property compares something: most generated texts take the fast path.
  expect(fast).toBeGreaterThan(150);
});

test('positions and rendered fixes are the same with one pass, without it, and with the switch off', () => {
  let compared = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const twoPass = documentOf(text, Infinity);
      const onePass = documentOf(text, 0);
      expect(onePass === undefined).toBe(twoPass === undefined);
      if (!twoPass || !onePass) return;
      compared++;
      const expected = answersOf(twoPass);
      expect(answersOf(onePass)).toEqual(expected);
      process.env.LP_APP_MANIFEST_CHECK_WITHOUT = 'yaml-one-pass';
      const switchedOff = documentOf(text, 0)!;
      expect(entries(switchedOff.value)).toEqual(entries(onePass.value));
      expect(answersOf(switchedOff)).toEqual(expected);
    }),
    { numRuns: 50 },
  );
  expect(compared).toBeGreaterThan(25);
});

test('a fast-path text of 64 KiB or more keeps the frames of the reading that gave its value', () => {
  const keys = Array.from({ length: 6_000 }, (_, i) => `unknown_${i}`);
  const value = { client_name: 'com.acme.app', ...Object.fromEntries(keys.map((k) => [k, [k]])) };
  const text = stringify(value);
  expect(text.length).toBeGreaterThanOrEqual(64 * 1024);
  const big = parseYaml('big.yaml', text, defaultParseLimits);
  if (!big.ok) throw new Error('did not parse');
  // The top frame's result is the document's value itself: one reading gave both.
  expect(big.document.frames?.()?.result).toBe(big.document.value);
  const requests = keys.flatMap((k) => [{ pointer: `/${k}`, target: 'key' as const }, { pointer: `/${k}/0` }]);
  const twoPass = documentOf(text, Infinity)!;
  expect(twoPass.frames?.()?.result).not.toBe(twoPass.value);
  const meter = { steps: 0, parses: 0 };
  expect(big.document.locateAll(requests, meter)).toEqual(twoPass.locateAll(requests));
  // js-yaml's reading answered every request: `yaml` never composed the text.
  expect(meter.parses).toBe(1);
  // Off, the value is the same and its frames are read apart from it.
  process.env.LP_APP_MANIFEST_CHECK_WITHOUT = 'yaml-one-pass';
  const off = parseYaml('big.yaml', text, defaultParseLimits);
  if (!off.ok) throw new Error('did not parse');
  expect(entries(off.document.value)).toEqual(entries(big.document.value));
  expect(off.document.frames?.()?.result).not.toBe(off.document.value);
});

test('frames are kept only within the budget of characters: past it, texts are read as without the switch', () => {
  const text = 'client_name: a\nredirect_uri: https://a.example/cb\n';
  const budget = { from: 0, left: 2 * text.length + 1 };
  const documents = Array.from({ length: 3 }, () => {
    const outcome = parseYaml('m.yaml', text, defaultParseLimits, budget);
    if (!outcome.ok) throw new Error('did not parse');
    return outcome.document;
  });
  expect(documents.map((d) => d.frames?.()?.result === d.value)).toEqual([true, true, false]);
  expect(budget.left).toBe(1);
  // Past the budget, frames read later are not kept: each use reads them again, the same.
  const [first, again] = [documents[2].frames?.(), documents[2].frames?.()];
  expect(first).toEqual(again);
  expect(first).not.toBe(again);
  // Within it, they are kept and spend it.
  const kept = { from: Infinity, left: text.length };
  const outcome = parseYaml('m.yaml', text, defaultParseLimits, kept);
  if (!outcome.ok) throw new Error('did not parse');
  expect(outcome.document.frames?.()).toBe(outcome.document.frames?.());
  expect(kept.left).toBe(0);
});

test('a document reads its frames once, for locating and rendering alike', () => {
  const text = 'client_name: a\nredirect_uri: https://a.example/cb\n';
  const document = documentOf(text, Infinity)!;
  const first = document.frames?.();
  expect(first).toBeDefined();
  document.locateAll([{ pointer: '/redirect_uri', target: 'key' }]);
  expect(document.frames?.()).toBe(first);
  // renderPatches takes the source's frames instead of reading the text again.
  let asked = 0;
  const source = {
    ...document,
    value: document.value,
    frames: (): Frame | undefined => {
      asked++;
      return first;
    },
  };
  const [edits] = renderPatches(source, [[{ op: 'rename', pointer: '/redirect_uri', key: 'redirect_uris' }]]);
  expect(asked).toBe(1);
  expect(edits?.map((e) => e.text)).toEqual(['redirect_uris']);
});
