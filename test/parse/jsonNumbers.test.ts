import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseSource, type ParseOutcome } from '../../src/parse/parseSource.js';
import { LineIndex } from '../../src/parse/lineIndex.js';

const parse = (text: string): ParseOutcome => parseSource('x.json', new TextEncoder().encode(text), 'json');

/** The parse error of `text`, which must be the one number JSON cannot hold, at `offset`. */
function expectInfiniteAt(text: string, offset: number): void {
  const outcome = parse(text);
  expect(outcome.ok).toBe(false);
  const { ruleId, problem } = outcome.problems[0];
  expect(ruleId).toBe('parse-error');
  expect(problem.message).toMatch(/^a number JSON cannot hold/);
  const { line, column } = new LineIndex(text).position(offset);
  expect({ line: problem.range?.line, column: problem.range?.column }).toEqual({ line, column });
}

describe('JSON numbers beyond a double are a parse error at the number', () => {
  const huge = '1' + '0'.repeat(400);
  test.each([
    ['a large exponent', '{"client_name": "c", "n": 1e999}', '1e999'],
    ['a negative one', '{"client_name": "c", "n": -1e999}', '-1e999'],
    ['an upper-case signed exponent', '{"client_name": "c", "n": 1.5E+309}', '1.5E+309'],
    ['four hundred digits', `{"client_name": "c", "n": ${huge}}`, huge],
    ['in an array', '{"client_name": "c", "a": [1, 2, -1e999]}', '-1e999'],
    ['deep, after look-alikes in keys and strings', '{"1e999": "1e999 \\"1e999", "x": {"y": [1e308, 2e999]}}', '2e999'],
    ['the whole document', '1e999', '1e999'],
    ['on a later line', '{\n  "client_name": "c",\n  "max_retries":\n    1e999\n}\n', '1e999'],
  ])('%s', (_, text, number) => {
    expectInfiniteAt(text, text.lastIndexOf(number));
    // The message names the problem, never the text (another number may be a secret's neighbour).
    expect(parse(text).problems[0].problem.message).not.toContain(number);
  });

  test.each([
    ['the largest double', '{"n": 1.7976931348623157e308}'],
    ['negative zero', '{"n": -0}'],
    ['an exponent that underflows to zero', '{"n": 1e-999}'],
    ['the smallest subnormal', '{"n": 5e-324}'],
    ['look-alikes in strings only', '{"1e999": "-1e999"}'],
  ])('%s is not one', (_, text) => {
    expect(parse(text).ok).toBe(true);
  });

  test('property: an overflowing number planted anywhere in any JSON value is found where it was written', () => {
    const PLANT = '\u0000planted\u0000';
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('1e999', '-1e999', '9'.repeat(310), '-2.5E+400'),
        fc.constantFrom(undefined, 2),
        (value, where, number, indent) => {
          // Replace one scalar (or the whole value) by the marker, then write the number in its place.
          let seen = 0;
          const marked = JSON.stringify(value, (_key, v: unknown) =>
            v === null || typeof v !== 'object' ? (seen++ === where % 50 ? PLANT : v) : v,
          );
          const planted = marked.includes(JSON.stringify(PLANT)) ? marked : JSON.stringify(PLANT);
          const written = JSON.stringify(JSON.parse(planted), null, indent);
          const offset = written.indexOf(JSON.stringify(PLANT));
          expectInfiniteAt(written.replace(JSON.stringify(PLANT), number), offset);
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) },
    );
  });
});
