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
import { expectOneVerdict } from '../support/yamlVerdict.js';

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
    ['a byte order mark after leading comments', '# c\n\uFEFFclient_name: c\n'],
    ['a block scalar with an indentation indicator', 'client_name: c\nk: |1\n   d\n  \n'],
  ])('leaves %s to the full path', (_, text) => {
    expect(fastYamlValue(text, 64)).toBeUndefined();
  });

  // A collection used as a key: js-yaml makes it a string (`[object Object]`, `a,b`), `yaml` a parse error.
  test.each([
    ['after a sequence entry', 'client_name: c\nk:\n  - ? [a]\n    : b\n'],
    ['in a flow mapping', 'client_name: c\nk: {? [a, b] : c}\n'],
    ['in a flow mapping after a comma', 'client_name: c\nk: {x: y, ? {a: b} : c}\n'],
    ['in a flow sequence', 'client_name: c\nk: [? [a] : v]\n'],
    ['in a flow sequence after a comma', 'client_name: c\nk: [x, ? {a} : v]\n'],
    ['as an empty flow collection', 'client_name: c\nk: [? {} :]\n'],
    ['as a block sequence after a sequence entry', 'client_name: c\nk:\n  - ? - a\n      - b\n    : v\n'],
    ['as a block mapping after a sequence entry', 'client_name: c\nk:\n  - ? a: b\n    : v\n'],
    ['in an explicit key', 'client_name: c\nk:\n  - ? ? {a}\n      : v\n    : x\n'],
    ['in an explicit value', 'client_name: c\nk:\n  - ? x\n    : ? a: b\n      : v\n'],
    ['at the start of a line', 'client_name: c\n? [a]\n: b\n'],
  ])('leaves a collection key %s to the full path', (_, text) => {
    expect(fastYamlValue(text, 64)).toBeUndefined();
    expect(parseYamlFully('x.yaml', text, defaultParseLimits).ok).toBe(false);
  });

  test.each([
    ['a question mark inside a plain scalar', 'client_name: c\ndescription: Need help ? Ask us\n'],
    ['a query string', 'client_name: c\nentry_uri: https://a.example/app?x=1&y=?\n'],
    ['a question at the end of a value', 'client_name: c\ndescription: Why?\n'],
  ])('still takes %s', (_, text) => {
    expect(fastYamlValue(text, 64)).toBeDefined();
    expectOneVerdict(text);
  });

  test('property: a collection key wherever a key can open gets the full reader’s verdict', () => {
    // Where the key sits: a chain of block places (a sequence entry, an explicit key or value, a mapping value, a
    // flow collection after `k: `) and then of flow places (a sequence or mapping, after a comma or not, a value).
    type Block = 'entry' | 'key' | 'value' | 'map' | 'inline';
    type Flow = '[' | '{' | '[x, ' | '{x: y, ' | '{k: ';
    const pad = (n: number) => ' '.repeat(n);
    const leaf = fc.record({
      explicit: fc.boolean(),
      flowKey: fc.constantFrom('[a]', '[a, b]', '{a: b}', '{a}', '[]', '{}', '[[a]]', '{? a : b}'),
      blockKey: fc.option(fc.constantFrom(['- a'], ['- a', '- b'], ['a: b'], ['a: b', 'c: d'], ['- - a'])),
      value: fc.constantFrom('', ' v', ' [v]', ' {v: w}'),
    });
    type Leaf = typeof leaf extends fc.Arbitrary<infer T> ? T : never;
    const close: Record<Flow, string> = { '[': ']', '{': '}', '[x, ': ', y]', '{x: y, ': '}', '{k: ': '}' };
    const inFlow = (flows: Flow[], key: Leaf): string => {
      const pair = `${key.explicit ? '? ' : ''}${key.flowKey}${key.explicit ? ' ' : ''}:${key.value}`;
      // A pair is an entry of a collection, not a mapping value: `{k: ` holds it in a sequence.
      return flows.reduceRight(
        (inner, f) => f + (f === '{k: ' && !/^[[{]/.test(inner) ? `[${inner}]` : inner) + close[f],
        pair,
      );
    };
    const inBlock = (blocks: Block[], flows: Flow[], key: Leaf, col: number): string => {
      if (blocks.length === 0) {
        if (flows.length > 0) return inFlow(flows, key);
        if (key.blockKey) return `? ${key.blockKey.join('\n' + pad(col + 2))}\n${pad(col)}:${key.value}`;
        return key.explicit ? `? ${key.flowKey}\n${pad(col)}:${key.value}` : `${key.flowKey}:${key.value}`;
      }
      const [place, ...rest] = blocks;
      const inner = (at: number) => inBlock(rest, flows, key, at);
      if (place === 'entry') return `- ${inner(col + 2)}`;
      if (place === 'key') return `? ${inner(col + 2)}\n${pad(col)}: x`;
      if (place === 'value') return `? x\n${pad(col)}: ${inner(col + 2)}`;
      if (place === 'map') return `k:\n${pad(col + 2)}${inner(col + 2)}`;
      return `k: ${inFlow(flows.length > 0 ? flows : ['['], key)}`;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Block>('entry', 'key', 'value', 'map', 'inline'), { maxLength: 3 }),
        fc.array(fc.constantFrom<Flow>('[', '{', '[x, ', '{x: y, ', '{k: '), { maxLength: 2 }),
        leaf,
        (blocks, flows, key) => {
          const inline = blocks.indexOf('inline');
          const places = inline === -1 ? blocks : blocks.slice(0, inline + 1);
          expectOneVerdict(`client_name: c\nk:\n  ${inBlock(places, flows, key, 2)}\nz: 1\n`);
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
  });

  test('property: one-line flow collections built from their indicators get the full reader’s verdict', () => {
    // prettier-ignore
    const token = fc.constantFrom(
      '[', ']', '{', '}', ',', ', ', ':', ': ', ' ', 'a', 'b c', '"a"', "'a'", '1', '?', '? ', '-', '- ', ' #c', 'null',
      '~', '""', ':a', 'a:', 'http://x', '"a":1', '.5', '-1', 'true',
    );
    let fast = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const flow = tokens.join('');
        if (expectOneVerdict(`client_name: c\nk: ${flow}\nz: 1\n`)) fast++;
        if (expectOneVerdict(`client_name: c\nk:\n  - ${flow}\n`)) fast++;
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
    expect(fast).toBeGreaterThan(20);
  });

  test('property: block scalars of every header, indentation and chomping get the full reader’s verdict', () => {
    const line = fc.tuple(
      fc.nat(9),
      fc.constantFrom('', 'a', 'b c', 'x  ', '# c', '- d', 'e: f', ' ', '  ', '"q', "'", 'a #b', '---', ':', '? x'),
    );
    // Where the scalar starts, and the indentation of the node that holds it.
    const opening = fc.constantFrom<[string, number]>(
      ['client_name: c\nk: ', 0],
      ['client_name: c\nm:\n  k: ', 2],
      ['client_name: c\nm:\n  n:\n    k: ', 4],
      ['client_name: c\nm:\n- ', 0],
      ['client_name: c\nm:\n  - ', 2],
    );
    fc.assert(
      fc.property(
        fc.constantFrom('|', '>'),
        fc.constantFrom('', '1', '2', '3'),
        fc.constantFrom('', '-'),
        fc.boolean(),
        fc.constantFrom('', ' # c', ' '),
        opening,
        fc.array(line, { maxLength: 6 }),
        fc.constantFrom('', 'z: 1\n', '  z: 1\n', '- z\n', '# end\n'),
        (style, indentation, chomping, swapped, comment, [start, at], lines, after) => {
          const header = style + (swapped ? chomping + indentation : indentation + chomping) + comment;
          const body = lines.map(([n, t]) => (t === '' && n % 2 ? '' : ' '.repeat(at + n) + t)).join('\n');
          expectOneVerdict(`${start}${header}\n${body}\n${after}`);
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 500) },
    );
  });

  test('property: lines of block YAML at random indentations get the full reader’s verdict', () => {
    // Entries, scalars people write (escapes, prototype names, overflowing numbers, stray indicators) and fragments.
    // prettier-ignore
    const content = fc.constantFrom(
      'k: v', 'k2: v2', '- v', '- k: v', 'k:', '-', 'v', 'w x', '# c', 'k: "v', 'v"', "k: 'v", "v'", 'k: |', 'k: >',
      'k: [a, b]', 'k: {a: b}', 'k: v # c', 'k: v#c', '"k": v', "'k': v", 'k : v', 'k:v',
      '"a\\x41\\u00e9\\U0001F600\\N\\_\\L\\P\\e\\/\\ "', 'k: "\\q"', '__proto__: {a: 1}', 'constructor: x',
      'k: 12345678901234567890', 'k: 1e400', 'k: 0.1e-5', "k: 'a''b'", 'k: "a\\"b"', '', ' ', 'k: @x', 'k: `x',
      'k: =', 'k: ,a', 'k: a,', 'k: -a', 'k: :a', 'k: ?a', 'k: a:b', 'k: a: b', 'k: a :b', 'k: a - b', 'k: - a',
    );
    let fast = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(6), content), { maxLength: 8 }), (lines) => {
        const body = (by: number) => lines.map(([n, text]) => ' '.repeat(by + n) + text).join('\n');
        if (expectOneVerdict(`client_name: c\n${body(0)}\n`)) fast++;
        if (expectOneVerdict(`client_name: c\nm:\n${body(2)}`)) fast++;
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
    expect(fast).toBeGreaterThan(20);
  });

  describe('a character slipped into a real manifest gets one verdict', () => {
    const manifest = readFileSync(path.join(repo, 'examples/good/acme-support-console.yaml'), 'utf8');
    const lineStarts = [0, ...[...manifest.matchAll(/\n/g)].map((m) => m.index + 1)];
    // Characters YAML or one of the two parsers treats specially: a BOM, YAML 1.1 line breaks, other blanks, controls,
    // a lone surrogate, line ends, indicators.
    // prettier-ignore
    const characters = [
      '\uFEFF', '\u0085', '\u2028', '\u2029', '\u00A0', '\u200B', '\u3000', '\u0001', '\u007F', '\u0000', '\uD800',
      '\u001B', '\u000B', '\u000C', '\r', '\r\n', ' ', '#', ':', '"', "'", '\\', '`', '@', '%', '|', '>', '=', 'é', '😀',
    ];
    const slip = (text: string, at: number, c: string) => text.slice(0, at) + c + text.slice(at);

    test('each of them at the start of each line', () => {
      for (const at of lineStarts) for (const c of characters) expectOneVerdict(slip(manifest, at, c));
    });

    test('property: up to three of them anywhere', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(manifest.length), fc.constantFrom(...characters)), { minLength: 1, maxLength: 3 }),
          (slips) => void expectOneVerdict(slips.reduce((text, [at, c]) => slip(text, at, c), manifest)),
        ),
        { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
      );
    });
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
