import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { Range } from '../../src/core/types.js';
import { fastYamlValue } from '../../src/parse/yamlFast.js';
import { parseYaml, parseYamlFully } from '../../src/parse/yaml.js';
import { locateFastYaml } from '../../src/parse/yamlFastPositions.js';
import { defaultParseLimits, parseSource } from '../../src/parse/parseSource.js';
import { LineIndex } from '../../src/parse/lineIndex.js';
import { keyText } from '../../src/parse/yamlPositions.js';
import type { LocateRequest } from '../../src/parse/types.js';
import { parsePointer, toPointer } from '../../src/core/pointer.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function pointersOf(value: unknown, at: Array<string | number> = [], out: string[] = []): string[] {
  out.push(toPointer(at));
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) pointersOf(child, [...at, key], out);
  }
  return out;
}

/** The oracle: one pointer at a time along `yaml`'s tree, as the engine located YAML before yamlPositions.ts. */
function locateByTree(root: unknown, pointer: string, target: 'key' | 'value', lines: LineIndex): Range {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  const nodeRange = (node: YamlNode) => lines.range(node.range![0], node.range![1]);
  let node: unknown = root;
  let key: YamlNode | undefined;
  let exact = true;
  for (const segment of segments) {
    let step: { key?: YamlNode; value: unknown } | undefined;
    if (isMap(node)) {
      let found: Pair | undefined;
      for (const pair of node.items) if (isPair(pair) && keyText(pair) === segment) found = pair;
      step = found ? { key: (found.key as YamlNode) ?? undefined, value: found.value } : undefined;
    } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.items.length) {
      step = { value: node.items[Number(segment)] };
    }
    if (!step) {
      exact = false;
      break;
    }
    node = step.value;
    key = step.key;
    if (!node || (!isCollection(node) && !isScalar(node) && !isAlias(node))) break;
  }
  if (exact && target === 'key' && key) return nodeRange(key);
  const valueNode = node as YamlNode | null | undefined;
  if (!valueNode?.range || (isScalar(valueNode) && valueNode.range[0] === valueNode.range[1])) {
    return key ? nodeRange(key) : lines.range(0, 0);
  }
  if (isCollection(valueNode)) {
    if (key) return nodeRange(key);
    const start = valueNode.range[0];
    return lines.range(start, valueNode.flow === true ? start + 1 : lines.lineEnd(start));
  }
  return nodeRange(valueNode);
}

/**
 * For a text both readers take: every pointer of the value (and some that are not there), both targets, asked at once
 * of the full path's document and of the fast path's, gives the oracle's range.
 */
let documents = 0;
let fastDocuments = 0;
/** Requests of fast-path documents, and those js-yaml's reading answered without `yaml`. */
let fastAsked = 0;
let fastAnswered = 0;
let compared = 0;
function agrees(text: string): void {
  const full = parseYamlFully('x.yaml', text, defaultParseLimits);
  if (!full.ok) return;
  documents++;
  const lines = new LineIndex(text);
  const tree = parseDocument(text, { uniqueKeys: false, strict: true }).contents;
  const pointers = pointersOf(full.document.value).flatMap((p) => [p, `${p}/missing`, `${p}/0`, `${p}/1/x`]);
  const requests: LocateRequest[] = [...pointers, '/', 'not a pointer', '/a~1b'].flatMap((pointer) =>
    (['key', 'value'] as const).map((target) => ({ pointer, target })),
  );
  const expected = requests.map((r) => ({ ...r, range: locateByTree(tree, r.pointer, r.target!, lines) }));
  const answers = (ranges: Range[]) => requests.map((r, i) => ({ ...r, range: ranges[i] }));
  compared += requests.length;
  expect(answers(full.document.locateAll(requests))).toEqual(expected);
  if (fastYamlValue(text, defaultParseLimits.maxDepth) === undefined) return;
  fastDocuments++;
  const fast = parseYaml('x.yaml', text, defaultParseLimits);
  expect(fast.ok).toBe(true);
  if (!fast.ok) return;
  const meter = { steps: 0, parses: 0 };
  expect(answers(fast.document.locateAll(requests, meter))).toEqual(expected);
  // One reading by js-yaml, and `yaml` only for what it does not model.
  expect(meter.parses).toBeLessThanOrEqual(2);
  const direct = locateFastYaml(text, requests, lines);
  fastAsked += requests.length;
  direct.forEach((range, i) => {
    if (range === undefined) return;
    fastAnswered++;
    expect({ ...requests[i], range }).toEqual(expected[i]);
  });
  // The benchmark's switch off: `yaml` answers everything, the same.
  process.env.LP_APP_MANIFEST_CHECK_WITHOUT = 'yaml-fast-positions';
  try {
    expect(answers(fast.document.locateAll(requests))).toEqual(expected);
  } finally {
    delete process.env.LP_APP_MANIFEST_CHECK_WITHOUT;
  }
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** A small deterministic generator, so one fast-check seed drives every choice of layout. */
function chooser(seed: number): <T>(options: readonly T[]) => T {
  let a = seed >>> 0;
  return (options) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return options[((t ^ (t >>> 14)) >>> 0) % options.length];
  };
}

type Tree = string | Tree[] | { [key: string]: Tree };

const scalarTexts = [
  'x',
  'com.acme.app',
  'https://a.example/cb?x=1',
  'two words',
  "it's",
  '"quoted"',
  "'single'",
  '12',
  'true',
  'null',
  '~',
  '-x',
  'a:b',
  'a #b',
];
const keyTexts = ['a', 'b', 'client_name', 'redirect_uris', 'key with space', 'k-1', 'x.y', 'c', 'a/b', 'x~y', 'é#1'];

/** Writes a tree as block YAML in one of many layouts: quoting, comments, blank lines, empty values, multi-line, block and flow scalars. */
function render(tree: Tree, seed: number, crlf: boolean): string {
  const pick = chooser(seed);
  const out: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  const scalar = (s: string): string =>
    pick(['plain', 'plain', 'single', 'double']) === 'plain' &&
    /^[A-Za-z][\w.:/?=-]*( [\w.]+)?$/.test(s) &&
    !/: |:$/.test(s)
      ? s
      : pick(['single', 'double']) === 'single'
        ? `'${s.replace(/'/g, "''")}'`
        : JSON.stringify(s);
  const key = (k: string): string => (/^[A-Za-z][\w.-]*$/.test(k) && pick([true, true, false]) ? k : JSON.stringify(k));
  const comment = () => pick(['', '', '', '  # note']);
  const noise = (indent: number) => {
    const n = pick(['', '', '', 'blank', 'comment']);
    if (n === 'blank') out.push('');
    if (n === 'comment') out.push(`${pad(indent)}# comment`);
  };
  /** Sometimes the first key again, last, with another value: `toJS` keeps that one, and so must the positions. */
  const repeatSome = (entries: Array<[string, Tree]>): Array<[string, Tree]> =>
    entries.length > 0 && pick([false, false, false, true])
      ? [...entries, [entries[0][0], entries.length > 1 ? entries[entries.length - 1][1] : 'again']]
      : entries;
  /** The value of `head` (a key and colon, or a dash) at `indent`. */
  const value = (head: string, node: Tree, indent: number): void => {
    if (typeof node === 'string') {
      const layout = pick(['same', 'same', 'same', 'next', 'multi', 'block', 'empty']);
      if (layout === 'empty' && node === 'null') out.push(`${head}${comment()}`);
      else if (layout === 'next' && head !== '-') out.push(`${head}`, `${pad(indent + 2)}${scalar(node)}${comment()}`);
      else if (layout === 'multi' && /^[a-z]+$/.test(node))
        out.push(`${head} ${node} first`, `${pad(indent + 2)}${node} second${comment()}`);
      else if (layout === 'block')
        out.push(
          `${head} ${pick(['|', '>', '|-', '>-'])}`,
          `${pad(indent + 2)}${node}`,
          `${pad(indent + 2)}more ${node}`,
        );
      else out.push(`${head} ${scalar(node)}${comment()}`);
      return;
    }
    if (Array.isArray(node)) {
      if (
        node.length === 0 ||
        (node.every((n) => typeof n === 'string' && /^\w+$/.test(n)) && pick([false, false, true]))
      ) {
        out.push(`${head} [${node.map((n) => n as string).join(', ')}]${comment()}`);
        return;
      }
      out.push(`${head}${comment()}`);
      const at = head.endsWith(':') && pick([true, false]) ? indent : indent + 2;
      for (const item of node) {
        noise(at);
        if (typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0 && pick([true, false])) {
          // A compact mapping: its first pair on the dash's line.
          const entries = Object.entries(item);
          const [k0, v0] = entries[0];
          value(`${pad(at)}- ${key(k0)}:`, v0, at + 2);
          for (const [k, v] of entries.slice(1)) value(`${pad(at + 2)}${key(k)}:`, v, at + 2);
        } else {
          value(`${pad(at)}-`, item, at);
        }
      }
      return;
    }
    const entries = Object.entries(node);
    if (entries.length === 0) {
      out.push(`${head} {}${comment()}`);
      return;
    }
    if (entries.every(([, v]) => typeof v === 'string' && /^\w+$/.test(v)) && pick([false, false, true])) {
      out.push(`${head} {${entries.map(([k, v]) => `${k}: ${v as string}`).join(', ')}}`);
      return;
    }
    out.push(`${head}${comment()}`);
    const at = indent + pick([2, 2, 4]);
    for (const [k, v] of repeatSome(entries)) {
      noise(at);
      value(`${pad(at)}${key(k)}:`, v, at);
    }
  };
  if (pick([false, true])) out.push('# leading comment');
  for (const [k, v] of repeatSome(Object.entries(tree as Record<string, Tree>))) {
    noise(0);
    value(`${key(k)}:`, v, 0);
  }
  return out.join(crlf ? '\r\n' : '\n') + pick(['\n', '', '\n\n']);
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...scalarTexts),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...keyTexts), tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('positions in YAML, all of a file at once', () => {
  test('equal the oracle’s on every YAML file of the repository’s examples and fixtures', () => {
    const files = [...yamlFilesUnder(path.join(repo, 'examples')), ...yamlFilesUnder(path.join(repo, 'test/fixtures'))];
    documents = 0;
    compared = 0;
    for (const file of files) agrees(readFileSync(file, 'utf8'));
    expect(documents).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(500);
  });

  test('equal the oracle’s on generated block YAML in many layouts, with repeated keys and CRLF', () => {
    const runs = Number(process.env.FAST_CHECK_RUNS ?? 400);
    documents = 0;
    fastDocuments = 0;
    fastAsked = 0;
    fastAnswered = 0;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keyTexts), tree, { minKeys: 1, maxKeys: 5 }),
        fc.integer(),
        fc.boolean(),
        (value, seed, crlf) => {
          agrees(render({ client_name: 'com.acme.app', ...value }, seed, crlf));
        },
      ),
      { numRuns: runs },
    );
    // Not vacuous: most documents parse, and many of them take the fast path.
    expect(documents).toBeGreaterThan(runs / 2);
    expect(fastDocuments).toBeGreaterThan(runs / 10);
    expect(fastAnswered).toBeGreaterThan(fastAsked / 2);
  });

  test('equal the oracle’s on arbitrary JSON values written by a YAML library (keys needing quotes and escapes)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (value) => {
        agrees(stringify({ client_name: 'com.acme.app', ...value }));
        agrees(
          stringify(
            { client_name: 'com.acme.app', ...value },
            { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', indentSeq: false },
          ),
        );
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 100) },
    );
  });

  test('after a BOM, positions are those of the text without it', () => {
    const text =
      'client_name: com.acme.a\r\nredirect_uris:\r\n  - http://a.acme.example/cb\r\ndescription: |\r\n  two\r\n';
    for (const outcome of [parseSource('a.yaml', Buffer.from('\uFEFF' + text), 'yaml')]) {
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(
        outcome.document.locateAll([{ pointer: '/redirect_uris/0' }, { pointer: '/redirect_uris', target: 'key' }]),
      ).toEqual([
        { line: 3, column: 5, endLine: 3, endColumn: 29 },
        { line: 2, column: 1, endLine: 2, endColumn: 14 },
      ]);
    }
  });
});
