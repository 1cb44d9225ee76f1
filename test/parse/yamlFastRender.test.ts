/**
 * The fast renderer of fixes (fast-path YAML rendered from js-yaml's reading, renderPatch.ts) against `yaml`'s: on
 * generated YAML with comments, quoting styles, block and flow collections and block scalars, and on patches of every
 * kind at every place, its edits are exactly `yaml`'s whenever it answers; and it answers for the fixes rules give
 * (renames of keys, scalars replaced or wrapped into a list) in block YAML.
 */
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { ValuePatch } from '../../src/core/types.js';
import { toPointer } from '../../src/core/pointer.js';
import { renderPatches, yamlRenderersOf } from '../../src/parse/renderPatch.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { chooser, planted, toYaml } from '../support/plantedManifests.js';

/** The value of a fast-path document, or undefined where the full path read the text (the fast renderer is not used). */
function fastValue(text: string): unknown {
  const outcome = parseSource('m.yaml', new TextEncoder().encode(text), 'yaml');
  return outcome.ok && outcome.document.fastPath === true ? outcome.document.value : undefined;
}

/** Every place in a value: its pointer, its value and whether it is a property (which can be renamed). */
function places(value: unknown, at: string[] = []): Array<{ pointer: string; value: unknown; property: boolean }> {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([segment, child]) => [
    { pointer: toPointer([...at, segment]), value: child, property: !Array.isArray(value) },
    ...places(child, [...at, segment]),
  ]);
}

const NEW_KEYS = ['redirect_uris', 'a b', '123', 'x: y', "it's", 'yes', '', 'ms.A.b', 'k#1', '-x', 'q"'];
const NEW_VALUES: unknown[] = [
  true,
  false,
  null,
  42,
  -1.5,
  'https://a.example/cb',
  'two words',
  "it's",
  'say "hi"',
  'multi\nline',
  '123',
  'on',
  '',
  ['x'],
  ['https://a.example/cb', 'b, c'],
  { a: 1, 'b c': [true] },
  [],
];

/** Every patch at every place: renames of properties, replacements by values of every type. */
function patchesOf(value: unknown): ValuePatch[] {
  return places(value).flatMap(({ pointer, value: at, property }) => [
    ...(property ? NEW_KEYS.map((key): ValuePatch => ({ op: 'rename', pointer, key })) : []),
    ...NEW_VALUES.map((v): ValuePatch => ({ op: 'replace', pointer, value: v })),
    // Wrapped into a list, as the rules do with a scalar where a list is wanted.
    { op: 'replace', pointer, value: [at] },
    { op: 'remove', pointer },
  ]);
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

/** YAML of varied styles, from random picks: keys plain or quoted, every kind of scalar and collection, comments. */
const variedYaml = fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 8, maxLength: 80 }).map((picks) => {
  let at = 0;
  const pick = (n: number) => picks[at++ % picks.length] % n;
  const keyText = (key: string) => [key, `'${key}'`, `"${key}"`, `${key} `][pick(4)];
  const scalars = [
    'plain text',
    "'single'",
    '"dou\\"ble"',
    '12',
    '-3.5',
    'true',
    'yes',
    'null',
    '~',
    'https://a.example/x?y=1',
    "'it''s'",
    '""',
  ];
  const comment = () => (pick(3) === 0 ? ` # c${at}` : '');
  const lines: string[] = [];
  const value = (pad: string, depth: number, lead: string): void => {
    const kind = depth > 2 ? pick(3) : pick(9);
    if (kind <= 2) lines.push(`${lead} ${scalars[pick(scalars.length)]}${comment()}`);
    else if (kind === 3) lines.push(`${lead}${comment()}`);
    else if (kind === 4) lines.push(`${lead} [a, 'b', "c"]${comment()}`, ...(pick(2) ? [`${pad}# between`] : []));
    else if (kind === 5) lines.push(`${lead} {k: v, 'q': 1}${comment()}`);
    else if (kind === 6) lines.push(`${lead} |${comment()}`, `${pad}  block ${at}`);
    else if (kind === 7) {
      lines.push(`${lead}${comment()}`);
      const n = 1 + pick(3);
      for (let i = 0; i < n; i++) value(pad + '  ', depth + 1, `${pad}  -`);
    } else {
      lines.push(`${lead}${comment()}`);
      map(pad + '  ', depth + 1);
    }
  };
  const map = (pad: string, depth: number) => {
    const n = 1 + pick(4);
    for (let i = 0; i < n; i++) {
      if (pick(4) === 0) lines.push(`${pad}# c${at}`);
      value(pad, depth, `${pad}${keyText(['client_name', 'redirect_uri', 'a-b', 'ms.X.y'][i])}:`);
    }
  };
  map('', 0);
  return lines.join('\n') + '\n';
});

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
