import { expect } from '@jest/globals';
import { inspect } from 'node:util';
import type { ParseOutcome } from '../../src/parse/types.js';
import { parseYaml, parseYamlFully } from '../../src/parse/yaml.js';
import { fastYamlValue } from '../../src/parse/yamlFast.js';
import { defaultParseLimits } from '../../src/parse/parseSource.js';

/**
 * What a reader decided about a text: parse error or not, the findings (duplicate keys, parse errors with their
 * positions) and the value, written out with key order, `-0` and prototypes visible (toEqual would let `{a, b}` equal
 * `{b, a}`, and `-0` equal `0`).
 */
export function verdictOf(outcome: ParseOutcome): unknown {
  const problems = outcome.problems.map(({ ruleId, problem }) => ({ ruleId, ...problem }));
  if (!outcome.ok) return { ok: false, problems };
  const value = inspect(outcome.document.value, {
    depth: Infinity,
    breakLength: Infinity,
    maxArrayLength: Infinity,
    maxStringLength: Infinity,
  });
  return { ok: true, problems, value };
}

/**
 * The reader a manifest meets (`parseYaml`, fast path first) gives the verdict of the full reader. Returns whether the
 * fast path took the text, so that a test can show it is not vacuous.
 */
export function expectOneVerdict(text: string): boolean {
  const met = verdictOf(parseYaml('x.yaml', text, defaultParseLimits));
  const full = verdictOf(parseYamlFully('x.yaml', text, defaultParseLimits));
  // The text rides along so that a failure shows what was read.
  expect({ text, verdict: met }).toEqual({ text, verdict: full });
  return fastYamlValue(text, defaultParseLimits.maxDepth) !== undefined;
}
