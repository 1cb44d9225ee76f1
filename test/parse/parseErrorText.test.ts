/**
 * Parse errors never quote the text (SECURITY.md, "Output"): whatever the fault, a JSON or YAML parse-error message
 * is in words of our own, so no piece of a value, key, tag, anchor, alias or number of the file can reach a report.
 * Random text is built from pieces of JSON and YAML syntax and a distinctive token; the parser's other messages
 * (duplicate keys) may quote a key only between the marks of core/quoted.ts, which the redaction step reads.
 */
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { QUOTE_CLOSE, QUOTE_OPEN } from '../../src/core/quoted.js';
import type { ManifestFormat } from '../../src/core/types.js';
import { parseSource } from '../../src/parse/parseSource.js';

const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const TOKEN = '\u0000TOKEN\u0000';

/** Letters that are not hex digits with digits, or digits alone (numbers of the text may not be named either). */
const LETTERS = [...'GHJKLMNPQRSTUVWXYZ'];
const tokenArb = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS), fc.integer({ min: 0, max: 9 })), {
      minLength: 3,
      maxLength: 6,
    })
    .map((groups) => groups.map(([a, b, d]) => `${a}${b}${d}`).join('')),
  fc.stringMatching(/^[1-9][0-9]{8,14}$/),
);

const PIECES = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ':',
  ': ',
  ',',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\t',
  '- ',
  '? ',
  '!',
  '!!',
  '!!binary ',
  '!tag ',
  '&',
  '*',
  '#',
  '%',
  '@',
  '`',
  '|',
  '>',
  '\\',
  '\\u',
  '\\x',
  'e999',
  '-',
  '.',
  '0',
  '1.5',
  'true',
  'null',
  '---\n',
  '...\n',
  '<<: ',
  '"client_name": "x", ',
  'client_name: x\n',
  '"client_secret": ',
  'client_secret: ',
  'header_value: ',
  '\u00e9',
  '\ud800',
  TOKEN,
  TOKEN,
  TOKEN,
  `{"${TOKEN}": 1, "${TOKEN}": 2}`,
  `\n  ${TOKEN}: 1\n  ${TOKEN}: 2\n`,
];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 });

const piecesOf = (token: string) => Array.from({ length: token.length - 5 }, (_, i) => token.slice(i, i + 6));
/** The message without the spans the redaction step reads (core/quoted.ts). */
const outsideMarks = (message: string) =>
  message.replace(new RegExp(`${QUOTE_OPEN}[^${QUOTE_CLOSE}]*(${QUOTE_CLOSE}|$)`, 'g'), '');

test('no parse-error message holds a piece of the text, and other parser messages quote only between marks', () => {
  let failures = 0;
  fc.assert(
    fc.property(
      textArb,
      tokenArb,
      fc.constantFrom<ManifestFormat>('json', 'yaml'),
      fc.boolean(),
      (pieces, token, format, asManifest) => {
        const body = pieces.join('').split(TOKEN).join(token);
        const text = asManifest
          ? format === 'json'
            ? `{"client_name": "x", "a": ${body}`
            : `client_name: x\na: ${body}`
          : body;
        const outcome = parseSource(`x.${format}`, new TextEncoder().encode(text), format);
        for (const { ruleId, problem } of outcome.problems) {
          const shown = ruleId === 'parse-error' ? problem.message : outsideMarks(problem.message);
          expect(piecesOf(token).filter((piece) => shown.includes(piece))).toEqual([]);
          if (ruleId === 'parse-error') expect(problem.message).not.toMatch(/[\uE000\uE001]/);
        }
        if (!outcome.ok) failures++;
      },
    ),
    { numRuns: NUM_RUNS },
  );
  expect(failures).toBeGreaterThan(NUM_RUNS / 2);
});

test.each([
  ['an unresolved alias', 'client_name: x\nclient_secret: *GH1JK2LM3\n'],
  ['a custom tag', 'client_name: x\nclient_secret: !GH1JK2LM3 v\n'],
  ['a custom tag before the value', 'client_name: x\nclient_secret: !tag GH1JK2LM3\n'],
  ['a bad escape', 'client_name: x\nclient_secret: "GH1JK2LM3\\q"\n'],
  ['a plain value starting with a reserved character', 'client_name: x\nclient_secret: @GH1JK2LM3\n'],
  ['an unquoted JSON value', '{"client_name": "x", "client_secret": GH1JK2LM3}'],
  ['an unterminated JSON string', '{"client_name": "x", "client_secret": "GH1JK2LM3'],
  ['a JSON control character', '{"client_name": "x", "client_secret": "GH1JK2\tLM3"}'],
  ['a YAML number JSON cannot hold', 'client_name: x\nn: 1234567890e999\n'],
])('%s: the message names the kind of fault, not the text', (_name, text) => {
  const format: ManifestFormat = text.startsWith('{') ? 'json' : 'yaml';
  const outcome = parseSource(`x.${format}`, new TextEncoder().encode(text), format);
  expect(outcome.ok).toBe(false);
  const [{ problem }] = outcome.problems;
  for (const piece of [...piecesOf('GH1JK2LM3'), ...piecesOf('1234567890')])
    expect(problem.message).not.toContain(piece);
  expect(problem.message).toMatch(/^(invalid (JSON|YAML): [a-z]|a (custom YAML tag|number JSON cannot hold))/);
});

test('a duplicate key is quoted only between the marks', () => {
  fc.assert(
    fc.property(tokenArb, fc.boolean(), (token, nested) => {
      const texts: Record<ManifestFormat, string> = {
        json: nested
          ? `{"client_name": "x", "a": {"${token}": 1, "${token}": 2}}`
          : `{"client_name": "x", "${token}": 1, "${token}": 2}`,
        yaml: nested
          ? `client_name: x\na:\n  ${token}: 1\n  ${token}: 2\n`
          : `client_name: x\n${token}: 1\n${token}: 2\n`,
      };
      for (const format of ['json', 'yaml'] as const) {
        const outcome = parseSource(`x.${format}`, new TextEncoder().encode(texts[format]), format);
        expect(outcome.problems.map((p) => p.ruleId)).toEqual(['duplicate-key']);
        const [{ problem }] = outcome.problems;
        expect(problem.message).toContain(`${QUOTE_OPEN}"${token}"${QUOTE_CLOSE}`);
        expect(piecesOf(token).filter((piece) => outsideMarks(problem.message).includes(piece))).toEqual([]);
      }
    }),
    { numRuns: 100 },
  );
});
