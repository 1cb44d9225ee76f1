/**
 * Generators shared by the differential tests of fast-path YAML (test/parse/yamlFastRender.test.ts,
 * test/parse/yamlOnePass.test.ts): YAML of varied styles, and every patch at every place of a value.
 */
import fc from 'fast-check';
import type { ValuePatch } from '../../src/core/types.js';
import { toPointer } from '../../src/core/pointer.js';

/** Every place in a value: its pointer, its value and whether it is a property (which can be renamed). */
export function places(
  value: unknown,
  at: string[] = [],
): Array<{ pointer: string; value: unknown; property: boolean }> {
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
export function patchesOf(value: unknown): ValuePatch[] {
  return places(value).flatMap(({ pointer, value: at, property }) => [
    ...(property ? NEW_KEYS.map((key): ValuePatch => ({ op: 'rename', pointer, key })) : []),
    ...NEW_VALUES.map((v): ValuePatch => ({ op: 'replace', pointer, value: v })),
    // Wrapped into a list, as the rules do with a scalar where a list is wanted.
    { op: 'replace', pointer, value: [at] },
    { op: 'remove', pointer },
  ]);
}

/** YAML of varied styles, from random picks: keys plain or quoted, every kind of scalar and collection, comments. */
export const variedYaml = fc.array(fc.integer({ min: 0, max: 11 }), { minLength: 8, maxLength: 80 }).map((picks) => {
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
