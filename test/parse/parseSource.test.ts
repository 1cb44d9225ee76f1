import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from '../support/locate.js';
import type { ManifestFormat } from '../../src/core/types.js';
import type { SourceDocument } from '../../src/parse/types.js';
import { parseSource, formatOf, type ParseOutcome } from '../../src/parse/parseSource.js';
import { toPointer } from '../../src/core/pointer.js';
import { unmarked } from '../../src/core/quoted.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/parse');
const parseFixture = (name: string, limits = {}): ParseOutcome =>
  parseSource(name, readFileSync(path.join(fixtures, name)), formatOf(name)!, limits);
const documentOf = (name: string): SourceDocument => {
  const outcome = parseFixture(name);
  if (!outcome.ok) throw new Error(`${name} did not parse: ${JSON.stringify(outcome.problems)}`);
  return outcome.document;
};
const text = (s: string) => new TextEncoder().encode(s);
const firstProblem = (outcome: ParseOutcome) => ({
  ...outcome.problems[0].problem,
  ruleId: outcome.problems[0].ruleId,
});

describe('positions in JSON', () => {
  test.each(['manifest.json', 'manifest-crlf.json', 'manifest-bom.json'])(
    '%s: keys, values, items, escaped keys',
    (name) => {
      const doc = documentOf(name);
      expect(locate(doc, '/client_name')).toEqual({ line: 2, column: 18, endLine: 2, endColumn: 35 });
      expect(locate(doc, '/client_name', 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 16 });
      expect(locate(doc, '/redirect_uris/1')).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 26 });
      // An object or array value points at its key, which is what a reader looks for.
      expect(locate(doc, '/redirect_uris')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 18 });
      expect(locate(doc, '/capabilities/webhooks/a~1b~0c', 'key')).toEqual({
        line: 9,
        column: 7,
        endLine: 9,
        endColumn: 14,
      });
      expect(locate(doc, '/capabilities/webhooks/a~1b~0c/endpoint')).toEqual({
        line: 9,
        column: 30,
        endLine: 9,
        endColumn: 53,
      });
    },
  );

  test('a missing pointer resolves to its nearest existing ancestor', () => {
    const doc = documentOf('manifest.json');
    expect(locate(doc, '/capabilities/engagement/goal')).toEqual(locate(doc, '/capabilities'));
    expect(locate(doc, '/redirect_uris/7')).toEqual(locate(doc, '/redirect_uris'));
    expect(locate(doc, '/nothing')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
    expect(locate(doc, '')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  test('the BOM is dropped and the value is what JSON.parse gives', () => {
    expect(documentOf('manifest-bom.json').value).toEqual(
      JSON.parse(readFileSync(path.join(fixtures, 'manifest.json'), 'utf8')),
    );
  });
});

describe('positions in YAML', () => {
  test.each(['manifest.yaml', 'manifest-crlf.yaml'])('%s: keys, values, items, flow maps', (name) => {
    const doc = documentOf(name);
    expect(locate(doc, '/client_name')).toEqual({ line: 2, column: 14, endLine: 2, endColumn: 29 });
    expect(locate(doc, '/client_name', 'key')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 12 });
    expect(locate(doc, '/redirect_uris/1')).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 26 });
    expect(locate(doc, '/redirect_uris')).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 14 });
    expect(locate(doc, '/capabilities/webhooks/a~1b~0c', 'key')).toEqual({
      line: 8,
      column: 5,
      endLine: 8,
      endColumn: 10,
    });
    expect(locate(doc, '/capabilities/webhooks/a~1b~0c/endpoint')).toEqual({
      line: 8,
      column: 23,
      endLine: 8,
      endColumn: 46,
    });
    // A key with no value: the key.
    expect(locate(doc, '/empty')).toEqual({ line: 10, column: 1, endLine: 10, endColumn: 6 });
    expect(locate(doc, '/capabilities/engagement')).toEqual(locate(doc, '/capabilities'));
  });
});

describe('duplicate keys are findings on the later key, and the last value wins', () => {
  test('JSON', () => {
    const outcome = parseFixture('duplicate-keys.json');
    expect(outcome.ok).toBe(true);
    expect(
      outcome.problems.map((p) => [
        p.ruleId,
        p.problem.pointer,
        p.problem.range?.line,
        p.problem.range?.column,
        unmarked(p.problem.message),
      ]),
    ).toEqual([
      ['duplicate-key', '/capabilities/x', 3, 28, 'duplicate key "x" (first at line 3); the last value is used'],
      ['duplicate-key', '/client_name', 4, 3, 'duplicate key "client_name" (first at line 2); the last value is used'],
    ]);
    expect(outcome.ok && outcome.document.value).toEqual({ client_name: 'b', capabilities: { x: 2 } });
  });

  test('JSON: a repeated key is found whatever it holds (quotes, backslashes, colons), and no other is', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (key, rest) => {
        fc.pre(key !== 'client_name' && !(key in rest));
        const body = JSON.stringify({ client_name: 'c', ...rest });
        const unique = parseSource('x.json', text(body), 'json');
        expect(unique.problems).toEqual([]);
        const repeated = `{${JSON.stringify(key)}: 1, ${body.slice(1, -1)}, ${JSON.stringify(key)}: 2}`;
        const outcome = parseSource('x.json', text(repeated), 'json');
        expect(outcome.problems.map((p) => [p.ruleId, p.problem.pointer])).toEqual([
          ['duplicate-key', toPointer([key])],
        ]);
      }),
      { numRuns: 300 },
    );
  });

  test('YAML', () => {
    const outcome = parseFixture('duplicate-keys.yaml');
    expect(
      outcome.problems.map((p) => [p.ruleId, p.problem.pointer, p.problem.range?.line, p.problem.range?.column]),
    ).toEqual([
      ['duplicate-key', '/client_name', 5, 1],
      ['duplicate-key', '/capabilities/x', 4, 3],
    ]);
    expect(outcome.ok && outcome.document.value).toEqual({ client_name: 'b', capabilities: { x: 2 } });
  });
});

describe('parse errors have a position and a message a person understands', () => {
  test.each([
    ['trailing-comma.json', 3, 1, /^invalid JSON: expected double-quoted property name$/],
    ['truncated.json', 3, 1, /^invalid JSON: expected ',' or '}' after property value$/],
    ['invalid-utf8.json', 2, 22, /^file is not valid UTF-8 \(byte 0xe9 at byte offset 23\)$/],
    ['utf16.json', 1, 1, /UTF-16/],
    ['tabs.yaml', 3, 1, /^invalid YAML: tabs are not allowed as indentation$/],
    ['alias-bomb.yaml', 1, 1, /alias/],
    ['two-documents.yaml', 2, 1, /2 YAML documents/],
    ['binary-tag.yaml', 2, 16, /YAML tag !!binary is not plain JSON data/],
    ['comments-only.yaml', 1, 1, /no YAML document/],
    ['whitespace.json', 1, 1, /^file is empty$/],
  ])('%s', (name, line, column, message) => {
    const outcome = parseFixture(name);
    expect(outcome.ok).toBe(false);
    const problem = firstProblem(outcome);
    expect(problem.ruleId).toBe('parse-error');
    expect({ line: problem.range?.line, column: problem.range?.column }).toEqual({ line, column });
    expect(problem.message).toMatch(message);
  });

  test('a file over the size limit', () => {
    const problem = firstProblem(parseFixture('manifest.json', { maxBytes: 100 }));
    expect(problem.message).toMatch(/^file is too large: \d+ bytes \(the limit is 100\)$/);
  });

  test.each([
    ['json', '['.repeat(100_000)],
    ['json', '{"a":'.repeat(100_000)],
    ['yaml', 'a: ' + '['.repeat(100_000)],
    ['yaml', 'a: ' + '{b: '.repeat(100_000)],
  ] as Array<[ManifestFormat, string]>)('100,000-deep %s nesting is a finding, not a crash', (format, body) => {
    const problem = firstProblem(parseSource(`deep.${format}`, text(body), format));
    expect(problem.message).toBe('nesting is deeper than 64 levels');
    expect(problem.range?.line).toBe(1);
  });

  /** Runs `f` with most of the stack used up, as a deep caller would. */
  const withLittleStack = <T>(f: () => T, depth = 5_000): T => (depth === 0 ? f() : withLittleStack(f, depth - 1));

  test.each([
    [
      'a 1,000-deep block map',
      'client_name: x\n' + Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
      66,
      65,
    ],
    ['1,000 compact block sequences', 'client_name: x\nk:\n' + '- '.repeat(1000) + 'x\n', 3, 127],
    ['a 1,000-deep flow sequence', 'client_name: x\nk: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n', 2, 67],
    [
      'pairs in a flow sequence are maps',
      'client_name: x\nk: ' + '[a: '.repeat(40) + '1' + ']'.repeat(40) + '\n',
      2,
      129,
    ],
  ])('YAML nesting: %s is refused where level 65 opens, whatever the stack left', (_, body, line, column) => {
    const outcomes = [
      parseSource('deep.yaml', text(body), 'yaml'),
      withLittleStack(() => parseSource('deep.yaml', text(body), 'yaml')),
    ];
    for (const outcome of outcomes) {
      expect(firstProblem(outcome)).toMatchObject({
        ruleId: 'parse-error',
        message: 'nesting is deeper than 64 levels',
        range: { line, column },
      });
    }
  });

  test.each([
    [
      'an unresolved alias',
      'client_name: x\na: *nope\n',
      2,
      4,
      /^invalid YAML: an alias names no anchor set before it$/,
    ],
    ['an unresolved alias key', 'client_name: x\nb: 1\n*nope : 1\n', 3, 1, /no anchor set before it/],
    ['an alias before its anchor', 'client_name: x\na: [1, *x]\nb: &x 1\n', 2, 8, /no anchor set before it/],
    ['an alias inside the node it names', 'client_name: x\na: &x\n  b: [1, *x]\n', 3, 10, /structure JSON cannot hold/],
  ])('YAML aliases: %s is a parse-error at the alias', (_, body, line, column, message) => {
    const problem = firstProblem(parseSource('x.yaml', text(body), 'yaml'));
    expect(problem.ruleId).toBe('parse-error');
    expect(problem.range).toMatchObject({ line, column });
    expect(problem.message).toMatch(message);
  });

  test('YAML aliases to earlier anchors are values like any other', () => {
    const outcome = parseSource('x.yaml', text('client_name: x\nb: &x [1]\na: [*x, *x]\n.inf: 2\n'), 'yaml');
    expect(outcome.ok && outcome.document.value).toEqual({ client_name: 'x', b: [1], a: [[1], [1]], Infinity: 2 });
  });

  test('block nesting past the limit in YAML', () => {
    const body = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(firstProblem(parseSource('deep.yaml', text(body), 'yaml')).message).toBe('nesting is deeper than 64 levels');
  });

  test('YAML values JSON cannot hold', () => {
    expect(firstProblem(parseSource('x.yaml', text('client_name: x\nn: .inf\n'), 'yaml')).message).toBe(
      'a number JSON cannot hold (infinite or not a number)',
    );
    expect(firstProblem(parseSource('x.yaml', text('client_name: x\n? [a]\n: 1\n'), 'yaml')).message).toMatch(
      /key is itself a collection/,
    );
  });
});

describe('property: any JSON value round-trips with positions', () => {
  const scalarPointers = (value: unknown, at: Array<string | number> = [], out: Array<[string, unknown]> = []) => {
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
      for (const [key, child] of entries) scalarPointers(child, [...at, key], out);
    } else {
      out.push([toPointer(at), value]);
    }
    return out;
  };

  test('JSON.stringify(v, null, 2) parses to v and every scalar locates to its own text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const source = JSON.stringify(value, null, 2);
        const outcome = parseSource('x.json', text(source), 'json');
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.document.value).toEqual(JSON.parse(source));
        const lines = source.split('\n');
        for (const [pointer, scalar] of scalarPointers(JSON.parse(source))) {
          const range = locate(outcome.document, pointer);
          if (range.line !== range.endLine) continue;
          const slice = lines[range.line - 1].slice(range.column - 1, range.endColumn - 1);
          // Pointers with duplicate-free keys resolve to the exact token; `__proto__` and friends are fine too.
          expect(JSON.parse(slice)).toEqual(scalar);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('arbitrary text never throws and every position lies inside the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom<ManifestFormat>('json', 'yaml'), (body, format) => {
        const outcome = parseSource(`x.${format}`, text(body), format);
        const lineCount = body.split('\n').length;
        for (const { problem } of outcome.problems) {
          expect(problem.range!.line).toBeGreaterThanOrEqual(1);
          expect(problem.range!.endLine).toBeLessThanOrEqual(lineCount);
        }
        if (outcome.ok) {
          const range = locate(outcome.document, '/a/0/b');
          expect(range.line).toBeGreaterThanOrEqual(1);
          expect(range.endLine).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a JSON syntax error never quotes the text around it', () => {
  test.each([
    `{"client_name": "a", "client_secret": 'hunter2-very-secret-value'}`,
    `{"client_name": "a", "client_secret": "hunter2-very-secret-value" x}`,
    `{"client_name": "a", "headers": [{"header_value": Bearer-hunter2-very-secret-value}]}`,
  ])('%s', (text) => {
    const outcome = parseSource('a.json', Buffer.from(text), 'json');
    expect(outcome.ok).toBe(false);
    const message = outcome.problems[0].problem.message;
    expect(message).toMatch(/^invalid JSON: /);
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('secret');
  });
});
