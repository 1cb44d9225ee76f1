import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Range } from '../../src/core/types.js';
import { parsePointer, toPointer } from '../../src/core/pointer.js';
import { locateJson } from '../../src/parse/jsonPositions.js';
import { LineIndex } from '../../src/parse/lineIndex.js';

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
function agrees(text: string): void {
  const lines = new LineIndex(text);
  const value: unknown = JSON.parse(text);
  const tree = parseTree(text, [], { disallowComments: true });
  const pointers = pointersOf(value).flatMap((p) => [p, `${p}/missing`, `${p}/0`, `${p}/1/x`]);
  for (const pointer of [...pointers, '/', 'not a pointer', '/a~1b', '/~0']) {
    for (const target of ['key', 'value'] as const) {
      compared++;
      expect({ pointer, target, range: locateJson(text, pointer, target, lines) }).toEqual({
        pointer,
        target,
        range: locateByTree(tree, lines, pointer, target),
      });
    }
  }
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
});
