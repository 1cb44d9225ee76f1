import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { fastYamlValue } from '../../src/parse/yamlFast.js';
import { fastYamlPositions } from '../../src/parse/yamlFastPositions.js';
import { parseYaml, parseYamlFully } from '../../src/parse/yaml.js';
import { defaultParseLimits } from '../../src/parse/parseSource.js';
import { toPointer } from '../../src/core/pointer.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function pointersOf(value: unknown, at: Array<string | number> = [], out: string[] = []): string[] {
  out.push(toPointer(at));
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) pointersOf(child, [...at, key], out);
  }
  return out;
}

/** For a text the fast path takes: every range the fast positions give is the range the full path gives. */
let documents = 0;
let compared = 0;
let answered = 0;
function agrees(text: string): void {
  if (fastYamlValue(text, defaultParseLimits.maxDepth) === undefined) return;
  documents++;
  const full = parseYamlFully('x.yaml', text, defaultParseLimits);
  expect(full.ok).toBe(true);
  if (!full.ok) return;
  const fast = fastYamlPositions(text);
  const pointers = pointersOf(full.document.value).flatMap((p) => [p, `${p}/missing`, `${p}/0`, `${p}/1/x`]);
  for (const pointer of [...pointers, '/', 'not a pointer']) {
    for (const target of ['key', 'value'] as const) {
      compared++;
      const located = fast?.locate(pointer, target);
      if (located === undefined) continue;
      answered++;
      expect({ pointer, target, range: located }).toEqual({
        pointer,
        target,
        range: full.document.locate(pointer, target),
      });
    }
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
const keyTexts = ['a', 'b', 'client_name', 'redirect_uris', 'key with space', 'k-1', 'x.y', 'c'];

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
    for (const [k, v] of entries) {
      noise(at);
      value(`${pad(at)}${key(k)}:`, v, at);
    }
  };
  if (pick([false, true])) out.push('# leading comment');
  for (const [k, v] of Object.entries(tree as Record<string, Tree>)) {
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

describe('positions of fast-path YAML', () => {
  test('equal those of the full path on every YAML file of the repository’s examples and fixtures', () => {
    const files = [...yamlFilesUnder(path.join(repo, 'examples')), ...yamlFilesUnder(path.join(repo, 'test/fixtures'))];
    answered = 0;
    for (const file of files) agrees(readFileSync(file, 'utf8'));
    expect(answered).toBeGreaterThan(50);
  });

  test('equal those of the full path on generated block YAML in many layouts', () => {
    const runs = Number(process.env.FAST_CHECK_RUNS ?? 1000);
    documents = 0;
    compared = 0;
    answered = 0;
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
    // Not vacuous: many documents take the fast path, and most questions get an answer without the full path.
    expect(documents).toBeGreaterThan(runs / 5);
    expect(answered).toBeGreaterThan(compared / 2);
  });

  test('equal those of the full path on arbitrary JSON values written by a YAML library', () => {
    compared = 0;
    answered = 0;
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
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
    expect(answered).toBeGreaterThan(compared / 2);
  });

  test('a document answers from the fast positions and falls back to the full path for what they do not model', () => {
    const text =
      'client_name: com.acme.a\nredirect_uris:\n  - http://a.acme.example/cb\ndescription: |\n  two\n  lines\n';
    const outcome = parseYaml('a.yaml', text, defaultParseLimits);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const fast = fastYamlPositions(text)!;
    expect(fast.locate('/redirect_uris/0', 'value')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 29 });
    expect(fast.locate('/description', 'value')).toBeUndefined();
    expect(outcome.document.locate('/redirect_uris/0')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 29 });
    expect(outcome.document.locate('/redirect_uris', 'key')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 14 });
    const full = parseYamlFully('a.yaml', text, defaultParseLimits);
    expect(full.ok && outcome.document.locate('/description')).toEqual(full.ok && full.document.locate('/description'));
    expect(outcome.document.locate('/description').line).toBe(4);
  });
});
