import fc from 'fast-check';
import yaml from 'js-yaml';
import type { Manifest } from '../../src/core/types.js';
import { toPointer } from '../../src/core/pointer.js';
import { allStrings, isRecord, type Located } from '../../src/rules/manifestFields.js';

/** allStrings as it was before the walk was shared (one walk per call): the oracle of the shared walk. */
function oracleAllStrings(manifest: Manifest, wanted: (value: string) => boolean = () => true): Located<string>[] {
  const found: Located<string>[] = [];
  const path: Array<string | number> = [];
  const stack: Array<{ value: unknown; depth: number; segment: string | number }> = [
    { value: manifest.value, depth: 0, segment: '' },
  ];
  const offer = (value: unknown, depth: number, segment: string | number): void => {
    if (typeof value === 'string' ? wanted(value) : value !== null && typeof value === 'object')
      stack.push({ value, depth, segment });
  };
  while (stack.length > 0) {
    const { value, depth, segment } = stack.pop()!;
    if (depth > 0) path[depth - 1] = segment;
    if (typeof value === 'string') {
      found.push({ pointer: toPointer(path.slice(0, depth)), value });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) offer(value[i], depth + 1, i);
    } else if (isRecord(value)) {
      for (const key of Object.keys(value).toReversed()) offer(value[key], depth + 1, key);
    }
  }
  return found;
}

const manifestOf = (value: unknown): Manifest => ({ file: 'm.json', format: 'json', value: value as never });

/** Keys that escape in a pointer, are empty, or are special to JavaScript objects. */
const key = fc.oneof(
  fc.constantFrom('', '/', '~', '~1', '~0', 'a/b', 'a~b', '__proto__', 'constructor', 'prototype', '0', '1', 'x'),
  fc.string({ maxLength: 6 }),
);
const text = fc.oneof(
  fc.constantFrom('', 'https://a.example/{X}', 'https://u:p@h.example/', '<A>', 'plain'),
  fc.string({ maxLength: 8 }),
);
const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }));

/** JSON text, so that `__proto__` becomes an own key as the parsers make it, never the prototype. */
const { json } = fc.letrec<{ json: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((value) => JSON.stringify(value)),
    fc.array(tie('json'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(key, tie('json')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
}));

/** A manifest's value is a container (a record, as the engine checks; arrays too, for the walk). */
const container = json.filter((source) => source.startsWith('{') || source.startsWith('['));

/** Predicates the rules' kind: on a character, on the length, or everything. */
const wanted = fc.oneof(
  fc.constant(() => true),
  fc.constant(() => false),
  fc.constantFrom('{', '<', '@', '/', 'a').map((c) => (value: string) => value.includes(c)),
  fc.nat(4).map((n) => (value: string) => value.length % 5 === n),
);

describe('allStrings: one shared walk per value', () => {
  it('gives exactly what the walk per call gave, for every predicate and repeated calls on one value', () => {
    fc.assert(
      fc.property(container, fc.array(wanted, { minLength: 1, maxLength: 4 }), (source, predicates) => {
        const value: unknown = JSON.parse(source);
        const manifest = manifestOf(value);
        // The same value object each time: the first call walks, the later ones reuse the walk.
        for (const predicate of predicates)
          expect(allStrings(manifest, predicate)).toEqual(oracleAllStrings(manifestOf(value), predicate));
        expect(allStrings(manifest)).toEqual(oracleAllStrings(manifest));
      }),
      { numRuns: 500 },
    );
  });

  it('gives each of two manifests its own strings when rules alternate between them', () => {
    const a = manifestOf({ u: 'https://a.example/{A}', n: 1 });
    const b = manifestOf({ v: ['https://b.example/<B>'] });
    const braces = (value: string) => value.includes('{');
    expect(allStrings(a, () => false)).toEqual([]);
    expect(allStrings(b)).toEqual([{ pointer: '/v/0', value: 'https://b.example/<B>' }]);
    expect(allStrings(a, braces)).toEqual([{ pointer: '/u', value: 'https://a.example/{A}' }]);
    expect(allStrings(b, braces)).toEqual([]);
  });

  it('keeps own __proto__ and constructor keys, and escapes / and ~ in keys', () => {
    const value: unknown = JSON.parse(
      '{"__proto__": {"a/b": "one", "~": ["two", {"": "three"}]}, "constructor": "four", "": {"": "five"}}',
    );
    expect(allStrings(manifestOf(value))).toEqual([
      { pointer: '/__proto__/a~1b', value: 'one' },
      { pointer: '/__proto__/~0/0', value: 'two' },
      { pointer: '/__proto__/~0/1/', value: 'three' },
      { pointer: '/constructor', value: 'four' },
      { pointer: '//', value: 'five' },
    ]);
  });

  it('walks a YAML alias at each place it is used, as the walk per call did', () => {
    const value = yaml.load('a: &s {u: "https://x.example/{A}", v: [&t "w", *t]}\nb: *s\nc: [*s]\n');
    expect(allStrings(manifestOf(value))).toEqual(oracleAllStrings(manifestOf(value)));
    expect(allStrings(manifestOf(value)).map(({ pointer }) => pointer)).toEqual([
      '/a/u',
      '/a/v/0',
      '/a/v/1',
      '/b/u',
      '/b/v/0',
      '/b/v/1',
      '/c/0/u',
      '/c/0/v/0',
      '/c/0/v/1',
    ]);
  });

  it('walks a value nested deeper than the call stack reaches, and many keys without strings', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) deep = i % 2 === 0 ? [deep] : { k: deep };
    const [found] = allStrings(manifestOf(deep));
    expect(found).toEqual(oracleAllStrings(manifestOf(deep))[0]);
    const wide = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`x${i}`, i]));
    expect(allStrings(manifestOf(wide))).toEqual([]);
  });
});
