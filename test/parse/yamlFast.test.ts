import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { locate } from '../support/locate.js';
import { fastYamlValue } from '../../src/parse/yamlFast.js';
import { parseYaml, parseYamlFully } from '../../src/parse/yaml.js';
import { defaultParseLimits } from '../../src/parse/parseSource.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Whatever the fast path accepts, the full path reads the same; whatever the full path refuses, the fast path does not accept. */
let taken = 0;
function agrees(text: string): void {
  const fast = fastYamlValue(text, defaultParseLimits.maxDepth);
  if (fast === undefined) return;
  taken++;
  const full = parseYamlFully('x.yaml', text, defaultParseLimits);
  expect(full.ok).toBe(true);
  if (!full.ok) return;
  expect(full.problems).toEqual([]);
  expect(fast).toEqual(full.document.value);
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the YAML fast path', () => {
  test('takes ordinary manifests, and gives the value the full path gives', () => {
    const text = readFileSync(path.join(repo, 'examples/good/acme-support-console.yaml'), 'utf8');
    expect(fastYamlValue(text, 64)).toBeDefined();
    agrees(text);
  });

  test('agrees with the full path on every YAML file of the repository’s examples and fixtures', () => {
    const files = [...yamlFilesUnder(path.join(repo, 'examples')), ...yamlFilesUnder(path.join(repo, 'test/fixtures'))];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) agrees(readFileSync(file, 'utf8'));
  });

  test.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\nclient_name: c\n'],
    ['a tag', 'client_name: !!str 1\n'],
    ['a merge key', 'base: {a: 1}\nclient_name: c\n<<: {b: 2}\n'],
    ['two documents', 'client_name: a\n---\nclient_name: b\n'],
    ['a duplicate key', 'client_name: a\nclient_name: b\n'],
    ['a signed hex number', 'client_name: c\nx: -0x1F\n'],
    ['a binary number', 'client_name: c\nx: 0b101\n'],
    ['a float js-yaml reads as a string', 'client_name: c\nx: -.5\n'],
    ['a quoted string that looks like a number', 'client_name: c\nx: "12"\n'],
    ['a null key', 'client_name: c\n~: 1\n'],
    ['an infinite number', 'client_name: c\nx: .inf\n'],
    ['a tab', 'client_name: c\nx:\t1\n'],
    [
      'deep nesting',
      'client_name: c\n' +
        'a:\n'
          .split('')
          .map(() => '')
          .join('') +
        Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') +
        ' 1\n',
    ],
    ['a top-level sequence', '- client_name: c\n'],
    ['a comment glued to a quote', 'client_name: "c"#x\n'],
    ['a comment glued to a flow sequence', 'client_name: c\na: [x]#c\n'],
    ['a flow sequence continued on the next line', 'client_name: c\nk: [a,\nb]\n'],
    ['a flow mapping continued on the next line', 'client_name: c\na:\n  b: {x: 1,\n  y: 2}\n'],
    ['a lone CR', 'client_name: c\ra: 1\r'],
    ['a keep-chomping block scalar', 'client_name: c\nk: |+\n  a\n '],
    ['negative zero in a flow mapping', 'client_name: c\nk: {"a":-0}\n'],
    ['an implicit key over 1,024 characters', `client_name: c\n${'k'.repeat(1100)}: 1\n`],
    ['an empty sequence entry before a less indented one', 'client_name: c\nr:\n  -\n    - b\n    -\n  - x\n'],
    ['an empty sequence entry with a comment', 'client_name: c\nr:\n  - a\n  -   # none\n'],
    ['an empty sequence entry ending the text', 'client_name: c\nr:\n  - a\n  -'],
  ])('leaves %s to the full path', (_, text) => {
    expect(fastYamlValue(text, 64)).toBeUndefined();
  });

  test('positions of a fast-path document come from the full path, on demand', () => {
    const text = 'client_name: com.acme.a\nredirect_uris:\n  - http://a.acme.example/cb\n';
    const outcome = parseYaml('a.yaml', text, defaultParseLimits);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(locate(outcome.document, '/redirect_uris/0')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 29 });
    expect(locate(outcome.document, '/redirect_uris', 'key')).toEqual({
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 14,
    });
  });

  // Plain scalars whose type YAML parsers have disagreed on, written unquoted, quoted and as keys.
  const tricky = [
    '1',
    '-1',
    '+1',
    '012',
    '1.5',
    '-.5',
    '+.5',
    '.5',
    '1e3',
    '1E-3',
    '1.',
    '0x1F',
    '0o17',
    '0b11',
    '1_000',
    '-0x1',
    '+0o7',
    '.inf',
    '-.Inf',
    '.NaN',
    'true',
    'True',
    'TRUE',
    'tRue',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    'null',
    'Null',
    'NULL',
    '~',
    '2001-12-14',
    '2001-12-14t21:59:43.10-05:00',
    '12:30:00',
    '1:20',
    'a b',
    'com.acme.app',
    'https://a.example/cb?x=1#y',
    '@x',
    '`x',
    '%x',
    'a # b',
    "it's",
    'x: y',
    '- x',
    '[x]',
    '{x}',
    '=',
    '<<',
    '"',
    "'",
  ];
  const scalar = fc.constantFrom(...tricky);
  const BLOCK = ['block'];
  const MULTILINE = ['multiline'];
  const FLOW_LINES = ['flow-lines'];
  const KEEP = ['keep'];
  const written = fc
    .tuple(scalar, fc.constantFrom('plain', 'single', 'double'))
    .map(([s, style]) =>
      style === 'plain' ? s : style === 'single' ? `'${s.replace(/'/g, "''")}'` : JSON.stringify(s),
    );

  test('agrees with the full path on generated block and flow YAML with tricky scalars', () => {
    taken = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            written,
            fc.oneof(
              written,
              fc.array(written, { maxLength: 3 }),
              fc.dictionary(fc.constantFrom('a', 'b', 'c'), written, { maxKeys: 3 }),
              fc.constant(BLOCK),
              fc.constant(MULTILINE),
              fc.constant(FLOW_LINES),
              fc.constant(KEEP),
            ),
          ),
          { maxLength: 8 },
        ),
        fc.boolean(),
        (entries, flow) => {
          const lines = ['client_name: com.acme.app'];
          for (const [key, value] of entries) {
            if (typeof value === 'string') lines.push(`${key}: ${value}`);
            else if (value === BLOCK)
              lines.push(`${key}: |\n  line one\n  it's two # not a comment\n`, `${key}x: >-\n  folded\n  text`);
            else if (value === MULTILINE) lines.push(`${key}: first line\n  second line  # comment`);
            else if (value === FLOW_LINES) lines.push(`${key}: [a,\n  b]`, `${key}y: {x: 1,\ny: 2}#c`);
            else if (value === KEEP) lines.push(`${key}: |+\n  kept\n \n`, `${key}z: ${flow ? '>+' : '|-'}\n  x\r`);
            else if (Array.isArray(value))
              lines.push(
                flow ? `${key}: [${value.join(', ')}]` : `${key}:\n${value.map((v) => `  - ${v}`).join('\n')}`,
              );
            else {
              const pairs = Object.entries(value);
              lines.push(
                flow
                  ? `${key}: {${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`
                  : `${key}:\n${pairs.map(([k, v]) => `  ${k}: ${v}`).join('\n')}`,
              );
            }
          }
          agrees(lines.join('\n') + '\n');
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 500) },
    );
    // The property is not vacuous: many generated files do take the fast path.
    expect(taken).toBeGreaterThan(20);
  });

  test('agrees with the full path on arbitrary JSON values written by a YAML library', () => {
    taken = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (value) => {
        agrees(stringify({ client_name: 'com.acme.app', ...value }));
        agrees(
          stringify({ client_name: 'com.acme.app', ...value }, { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }),
        );
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
    expect(taken).toBeGreaterThan(40);
  });
});
