import { afterAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml, parseYamlFully } from '../../src/parse/yaml.js';
import { defaultParseLimits } from '../../src/parse/parseSource.js';
import { expectOneVerdict } from '../support/yamlVerdict.js';

/**
 * The official YAML test suite (test/fixtures/yaml-test-suite, see its README) read by both readers. Every case, as a
 * file of its own and nested into a manifest at several depths, must get one verdict whichever reader reads it;
 * its error cases are parse errors; and the full reader reads the others as the suite expects, except where a
 * manifest refuses what YAML allows (the table below).
 */
interface SuiteCase {
  id: string;
  name: string;
  tags: string;
  error: boolean;
  yaml: string;
  json?: string;
}
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/yaml-test-suite');
const suite = JSON.parse(readFileSync(path.join(fixtures, 'cases.json'), 'utf8')) as {
  commit: string;
  cases: SuiteCase[];
};

const MANIFEST = 'client_name: com.acme.app\n';
const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
/** `k0:\n  k1:\n …` down to `depth` keys, the last one's value to follow on the next lines. */
const keysDown = (depth: number): string =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('');

/** A case's text as the file, after a manifest's first key, under a key and as a sequence item at several depths. */
function placements(yaml: string): Array<[string, string]> {
  const [first, ...rest] = yaml.split('\n');
  const out: Array<[string, string]> = [
    ['the whole file', yaml],
    ['after client_name', MANIFEST + yaml],
  ];
  for (const depth of [1, 2, 3]) {
    const pad = '  '.repeat(depth);
    out.push([`under a key at depth ${depth}`, MANIFEST + keysDown(depth) + indent(yaml, pad)]);
    // Compact: the case's first line right after `- `, as people write a mapping in a list.
    const item = '  '.repeat(depth - 1);
    out.push([
      `as a sequence item at depth ${depth}`,
      MANIFEST + keysDown(depth) + `${item}- ${first}\n` + indent(rest.join('\n'), item + '  '),
    ]);
  }
  out.push(['as a sequence item on its own lines', MANIFEST + 'k0:\n-\n' + indent(yaml, '  ')]);
  return out;
}

/**
 * Cases the full reader refuses although YAML reads them: what a manifest cannot be, by decision (SPEC §3
 * parse-error). Every id here must be refused, and no other case that is not an error case.
 */
// prettier-ignore
const REFUSED_BY_DESIGN: Record<string, string[]> = {
  'several documents: a manifest is one': [
    '35KP', '5TYM', '6WLZ', '6XDY', '6ZKB', '7Z25', '9DXL', '9KAX', '9WXW', 'JHB9', 'KSS4', 'L383', 'M7A3', 'NKF9',
    'PUW8', 'RZT7', 'U9NS', 'UT92', 'W4TN',
  ],
  'a tag that is not plain JSON data (!!set, !!binary, !!omap, local and global tags)': [
    '2XXW', '565N', '6CK3', '7FWL', 'C4HZ', 'CC74', 'CUP7', 'J7PZ', 'M5C3', 'P76L', 'UGM3', 'Z67P', 'Z9M4',
  ],
  'a collection used as a mapping key: manifest keys are strings': [
    '4FJ6', '6BFJ', '6PBE', '9MMW', 'KK5P', 'LX3P', 'M2N8-00', 'M2N8-01', 'M5DY', 'Q9WF', 'RZP5', 'SBG9', 'V9D5',
    'X38W', 'XW4D',
  ],
  'no document at all, only comments or nothing': ['8G76', '98YD', 'AVM7'],
};
const refusedByDesign = new Set(Object.values(REFUSED_BY_DESIGN).flat());

/**
 * Where `yaml` 2.x (the full reader's parser) reads a case otherwise than the suite, harmlessly for a manifest: the
 * value it gives instead. A lone document-end marker is no document to the suite (its JSON is empty) and one empty
 * document (null) to `yaml`; null is not a manifest either.
 */
const LIBRARY_READS: Record<string, unknown> = { HWV9: null, QT73: null };

describe('the vendored YAML test suite', () => {
  test('is the whole suite at the commit the README names', () => {
    const readme = readFileSync(path.join(fixtures, 'README.md'), 'utf8');
    expect(readme).toContain(suite.commit);
    expect(suite.cases).toHaveLength(402);
    expect(suite.cases.filter((c) => c.error)).toHaveLength(94);
    for (const id of refusedByDesign) expect(suite.cases.some((c) => c.id === id && !c.error)).toBe(true);
  });
});

describe('one verdict: the fast path and the full reader agree on every case, wherever it is placed', () => {
  let placed = 0;
  let fast = 0;
  test.each(suite.cases.map((c) => [`${c.id} ${c.name}`, c] as const))('%s', (_, c) => {
    for (const [, text] of placements(c.yaml)) {
      placed++;
      if (expectOneVerdict(text)) fast++;
    }
  });
  afterAll(() => {
    // Not vacuous: a good share of the placed cases is read by the fast path (454 of 3,618 when written).
    expect(placed).toBe(suite.cases.length * 9);
    expect(fast).toBeGreaterThan(300);
  });
});

describe('the full reader against the suite', () => {
  test.each(suite.cases.filter((c) => c.error).map((c) => [`${c.id} ${c.name}`, c] as const))(
    'error case %s is a parse error through either reader',
    (_, c) => {
      expect(parseYaml('x.yaml', c.yaml, defaultParseLimits).ok).toBe(false);
      expect(parseYamlFully('x.yaml', c.yaml, defaultParseLimits).ok).toBe(false);
    },
  );

  test.each(suite.cases.filter((c) => !c.error).map((c) => [`${c.id} ${c.name}`, c] as const))(
    '%s is read as the suite expects, or refused by design',
    (_, c) => {
      const outcome = parseYamlFully('x.yaml', c.yaml, defaultParseLimits);
      expect(outcome.ok).toBe(!refusedByDesign.has(c.id));
      if (!outcome.ok || c.json === undefined) return;
      if (c.id in LIBRARY_READS) {
        expect(c.json).toBe('');
        expect(outcome.document.value).toEqual(LIBRARY_READS[c.id]);
        return;
      }
      expect(outcome.problems.filter((p) => p.ruleId === 'parse-error')).toEqual([]);
      // The suite's JSON is one value per document; a refused case aside, every case read here is one document.
      // Key order is not compared: the suite writes RR7F's keys in another order than its YAML.
      expect(outcome.document.value).toEqual(JSON.parse(c.json));
    },
  );
});
