/**
 * The fast renderer of fixes (fast-path YAML rendered from js-yaml's reading, renderPatch.ts) against `yaml`'s: on
 * generated YAML with comments, quoting styles, block and flow collections and block scalars, and on patches of every
 * kind at every place, its edits are exactly `yaml`'s whenever it answers; and it answers for the fixes rules give
 * (renames of keys, scalars replaced or wrapped into a list) in block YAML.
 */
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { ValuePatch } from '../../src/core/types.js';
import { renderPatches, yamlRenderersOf } from '../../src/parse/renderPatch.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { chooser, planted, toYaml } from '../support/plantedManifests.js';
import { patchesOf, places, variedYaml } from '../support/variedYaml.js';

/** The value of a fast-path document, or undefined where the full path read the text (the fast renderer is not used). */
function fastValue(text: string): unknown {
  const outcome = parseSource('m.yaml', new TextEncoder().encode(text), 'yaml');
  return outcome.ok && outcome.document.fastPath === true ? outcome.document.value : undefined;
}

/** Compares both renderers on every patch of the text; counts what the fast one answered. */
function compare(text: string, patches: readonly ValuePatch[], tally: { fast: number; yaml: number }): void {
  const { fast, yaml } = yamlRenderersOf(text);
  for (const patch of patches) {
    const expected = yaml!.render(patch);
    const got = fast?.render(patch);
    if (expected !== undefined) tally.yaml++;
    if (got === undefined) continue;
    tally.fast++;
    expect({ text, patch, edits: got }).toEqual({ text, patch, edits: expected });
  }
}

test('on varied YAML, the fast renderer gives exactly the edits of `yaml` whenever it answers', () => {
  const tally = { fast: 0, yaml: 0 };
  let documents = 0;
  fc.assert(
    fc.property(variedYaml, (text) => {
      const value = fastValue(text);
      if (value === undefined) return;
      documents++;
      compare(text, patchesOf(value), tally);
    }),
    { numRuns: 150 },
  );
  // The property compares something: most texts take the fast path, and the fast renderer answers often.
  expect(documents).toBeGreaterThan(75);
  expect(tally.fast).toBeGreaterThan(tally.yaml / 2);
});

test('on planted manifests with comments, it agrees with `yaml` and answers for ≥ 95% of block renames and wraps', () => {
  const all = { fast: 0, yaml: 0 };
  const block = { fast: 0, yaml: 0 };
  fc.assert(
    fc.property(planted, chooser, ({ faulty }, choice) => {
      const { text } = toYaml(faulty, choice);
      const value = fastValue(text);
      expect(value).toEqual(faulty);
      const patches = places(value).flatMap(({ pointer, value: at, property }): ValuePatch[] => [
        ...(property ? [{ op: 'rename' as const, pointer, key: `${pointer.split('/').at(-1)}s` }] : []),
        ...(at === null || typeof at !== 'object' ? [{ op: 'replace' as const, pointer, value: [at] }] : []),
      ]);
      compare(text, patchesOf(value), all);
      // The fixes rules give, in a document with no flow collection: the fast renderer should not need `yaml`.
      if (!/[[{]/.test(text)) compare(text, patches, block);
    }),
    { numRuns: 150 },
  );
  expect(block.yaml).toBeGreaterThan(200);
  expect(block.fast / block.yaml).toBeGreaterThanOrEqual(0.95);
});

test('renderPatches gives the same edits with the fast renderer and without it (the switch)', () => {
  fc.assert(
    fc.property(planted, chooser, ({ faulty }, choice) => {
      const { text } = toYaml(faulty, choice);
      const outcome = parseSource('m.yaml', new TextEncoder().encode(text), 'yaml');
      if (!outcome.ok) throw new Error('a generated manifest does not parse');
      const sets = patchesOf(outcome.document.value).map((patch) => [patch]);
      const previous = process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
      try {
        process.env.LP_APP_MANIFEST_CHECK_WITHOUT = 'yaml-fast-render';
        const without = renderPatches(outcome.document, sets);
        delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
        expect(renderPatches(outcome.document, sets)).toEqual(without);
      } finally {
        if (previous === undefined) delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
        else process.env.LP_APP_MANIFEST_CHECK_WITHOUT = previous;
      }
    }),
    { numRuns: 40 },
  );
});
