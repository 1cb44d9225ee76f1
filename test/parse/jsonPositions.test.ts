import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Range } from '../../src/core/types.js';
import { parsePointer, toPointer } from '../../src/core/pointer.js';
import { locateJsonAll } from '../../src/parse/jsonPositions.js';
import { LineIndex } from '../../src/parse/lineIndex.js';
import { parseSource } from '../../src/parse/parseSource.js';
import type { LocateRequest } from '../../src/parse/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The oracle: ranges from jsonc-parser's tree, as the engine located JSON before jsonPositions.ts. */
function locateByTree(root: JsonNode | undefined, lines: LineIndex, pointer: string, target: 'key' | 'value'): Range {
  if (!root) return lines.range(0, 0);
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  let node: JsonNode = root;
  let exact = true;
  for (const segment of segments) {
    let child: JsonNode | undefined;
    if (node.type === 'object') {
      for (const property of node.children ?? [])
        if (property.children?.[0]?.value === segment) child = property.children[1];
    } else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
      child = node.children?.[Number(segment)];
    }
    if (!child) {
      exact = false;
      break;
    }
    node = child;
  }
  const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (exact && target === 'key' && keyNode) return lines.range(keyNode.offset, keyNode.offset + keyNode.length);
  if (node.type === 'object' || node.type === 'array') {
    return keyNode
      ? lines.range(keyNode.offset, keyNode.offset + keyNode.length)
      : lines.range(node.offset, node.offset + 1);
  }
  return lines.range(node.offset, node.offset + node.length);
}

function pointersOf(value: unknown, at: Array<string | number> = [], out: string[] = []): string[] {
  out.push(toPointer(at));
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) pointersOf(child, [...at, key], out);
  }
  return out;
}

let compared = 0;
/** Every pointer of the value (and some that are not there), both targets, asked at once: each answer is the oracle's. */
function agrees(text: string): void {
  const lines = new LineIndex(text);
  const value: unknown = JSON.parse(text);
  const tree = parseTree(text, [], { disallowComments: true });
  const pointers = pointersOf(value).flatMap((p) => [p, `${p}/missing`, `${p}/0`, `${p}/1/x`]);
  const requests: LocateRequest[] = [...pointers, '/', 'not a pointer', '/a~1b', '/~0'].flatMap((pointer) =>
    (['key', 'value'] as const).map((target) => ({ pointer, target })),
  );
  compared += requests.length;
  const ranges = locateJsonAll(text, requests, lines);
  expect(requests.map((request, i) => ({ ...request, range: ranges[i] }))).toEqual(
    requests.map((request) => ({ ...request, range: locateByTree(tree, lines, request.pointer, request.target!) })),
  );
}

/** JSON text of a value with keys written in JSON's escapes (`\u005f`, `\/`), as a file may spell them. */
function withEscapedKeys(value: unknown, indent: number | string, seed: number): string {
  let state = seed >>> 0;
  const pick = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) % 3;
  const escapeKey = (key: string) =>
    '"' +
    key
      .split('')
      .map((c) => {
        const choice = pick();
        if (choice === 0) return JSON.stringify(c).slice(1, -1);
        if (choice === 1) return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        return c === '/' ? '\\/' : JSON.stringify(c).slice(1, -1);
      })
      .join('') +
    '"';
  const write = (node: unknown, pad: string): string => {
    const inner = pad + (typeof indent === 'number' ? ' '.repeat(indent) : indent);
    const newline = indent === 0 ? '' : '\n';
    if (Array.isArray(node))
      return node.length === 0
        ? '[]'
        : `[${newline}${node.map((n) => inner + write(n, inner)).join(`,${newline}`)}${newline}${pad}]`;
    if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      return entries.length === 0
        ? '{}'
        : `{${newline}${entries.map(([k, v]) => `${inner}${escapeKey(k)}: ${write(v, inner)}`).join(`,${newline}`)}${newline}${pad}}`;
    }
    return JSON.stringify(node);
  };
  return write(value, '');
}

describe('positions in JSON', () => {
  test('equal those of jsonc-parser on every JSON file of the repository’s examples and fixtures', () => {
    const files = ['examples', 'test/fixtures']
      .flatMap((dir) => readdirSync(path.join(repo, dir), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
      .filter((text) => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      });
    expect(files.length).toBeGreaterThan(5);
    compared = 0;
    for (const text of files) agrees(text);
    expect(compared).toBeGreaterThan(500);
  });

  test('equal those of jsonc-parser on any JSON value, written compact, indented or with odd spacing, with repeated keys', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom<string | number>(0, 2, 4, '\t', ' \r\n '),
        fc.option(fc.tuple(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
        (value, indent, repeat) => {
          let text = JSON.stringify(value, null, indent);
          // A key given twice: JSON.parse keeps the last, and so must the positions.
          if (repeat && text.startsWith('{') && text !== '{}') {
            const member = `${JSON.stringify(repeat[0])}: ${JSON.stringify(repeat[1])}`;
            text = `{${member},${text.slice(1, -1)},${member.replace(/: /, ' :')}}`;
          }
          agrees(` \n${text}\n`);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('equal those of jsonc-parser with keys spelled in escapes, repeated keys, CRLF line ends', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 }),
        fc.constantFrom<number | string>(0, 2, '\t'),
        fc.integer(),
        fc.boolean(),
        (value, indent, seed, crlf) => {
          let text = withEscapedKeys({ client_name: 'com.acme.app', ...value }, indent, seed);
          // The first key again, last: JSON.parse keeps this one, and so must the positions.
          const [first] = Object.keys(value);
          text = `${text.slice(0, -1)},${JSON.stringify(first)}:{"again":[1,{"x":2}]}}`;
          if (crlf) text = text.replace(/\n/g, '\r\n');
          agrees(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('after a BOM, positions are those of the text without it', () => {
    const text = '{\r\n  "client_name": "com.acme.app",\r\n  "redirect_uris": ["http://a", "http://b"]\r\n}\r\n';
    const outcome = parseSource('x.json', Buffer.from('\uFEFF' + text), 'json');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const lines = new LineIndex(text);
    const tree = parseTree(text, [], { disallowComments: true });
    const requests = ['/client_name', '/redirect_uris/1', '/redirect_uris', ''].map((pointer) => ({ pointer }));
    expect(outcome.document.locateAll(requests)).toEqual(
      requests.map(({ pointer }) => locateByTree(tree, lines, pointer, 'value')),
    );
    expect(outcome.document.locateAll([{ pointer: '/redirect_uris/1' }])).toEqual([
      { line: 3, column: 33, endLine: 3, endColumn: 43 },
    ]);
  });
});
