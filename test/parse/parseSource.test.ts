import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
      expect(doc.locate('/client_name')).toEqual({ line: 2, column: 18, endLine: 2, endColumn: 35 });
      expect(doc.locate('/client_name', 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 16 });
      expect(doc.locate('/redirect_uris/1')).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 26 });
      // An object or array value points at its key, which is what a reader looks for.
      expect(doc.locate('/redirect_uris')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 18 });
      expect(doc.locate('/capabilities/webhooks/a~1b~0c', 'key')).toEqual({
        line: 9,
        column: 7,
        endLine: 9,
        endColumn: 14,
      });
      expect(doc.locate('/capabilities/webhooks/a~1b~0c/endpoint')).toEqual({
        line: 9,
        column: 30,
        endLine: 9,
        endColumn: 53,
      });
    },
  );

  test('a missing pointer resolves to its nearest existing ancestor', () => {
    const doc = documentOf('manifest.json');
    expect(doc.locate('/capabilities/engagement/goal')).toEqual(doc.locate('/capabilities'));
    expect(doc.locate('/redirect_uris/7')).toEqual(doc.locate('/redirect_uris'));
    expect(doc.locate('/nothing')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
    expect(doc.locate('')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
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
    expect(doc.locate('/client_name')).toEqual({ line: 2, column: 14, endLine: 2, endColumn: 29 });
    expect(doc.locate('/client_name', 'key')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 12 });
    expect(doc.locate('/redirect_uris/1')).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 26 });
    expect(doc.locate('/redirect_uris')).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 14 });
    expect(doc.locate('/capabilities/webhooks/a~1b~0c', 'key')).toEqual({
      line: 8,
      column: 5,
      endLine: 8,
      endColumn: 10,
    });
    expect(doc.locate('/capabilities/webhooks/a~1b~0c/endpoint')).toEqual({
      line: 8,
      column: 23,
      endLine: 8,
      endColumn: 46,
    });
    // A key with no value: the key.
    expect(doc.locate('/empty')).toEqual({ line: 10, column: 1, endLine: 10, endColumn: 6 });
    expect(doc.locate('/capabilities/engagement')).toEqual(doc.locate('/capabilities'));
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
          const range = outcome.document.locate(pointer);
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
          const range = outcome.document.locate('/a/0/b');
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
