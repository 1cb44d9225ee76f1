import { describe, expect, test } from '@jest/globals';
import type { Finding, ManifestFormat, Rule } from '../../src/core/types.js';
import type { EffectivePolicy, RuleSetting } from '../../src/policy/types.js';
import { evaluate, type ParsedFile } from '../../src/engine/evaluate.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { dedent } from '../support/dedent.js';

/** Where a finding is, as every report gives it: `endColumn` is the column just after the last character. */
export interface ExpectedFinding {
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Defaults to the rule's default severity. */
  severity?: Finding['severity'];
  /** A substring or pattern the message must match. */
  message?: string | RegExp;
  /** For cross-file rules. */
  file?: string;
}

export interface RuleCase {
  name: string;
  /** One manifest (JSON when it opens with `{`, else YAML), or several files for cross-file rules. */
  text?: string;
  files?: Record<string, string>;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends RuleCase {
  expected: ExpectedFinding[];
}

/** Runs one rule through the real engine (parser, positions, severities) with every other rule off. */
export async function runRule(rule: Rule, testCase: RuleCase): Promise<Finding[]> {
  const sources = testCase.files ?? { [defaultName(testCase.text!)]: testCase.text! };
  const files: ParsedFile[] = Object.entries(sources).map(([file, text]) => {
    const format: ManifestFormat = file.endsWith('.json') ? 'json' : 'yaml';
    return {
      file,
      format,
      explicit: false,
      outcome: parseSource(file, new TextEncoder().encode(dedent(text)), format),
    };
  });
  const setting: RuleSetting = {
    severity: rule.meta.defaultSeverity,
    options: { ...(rule.meta.defaultOptions ?? {}), ...(testCase.options ?? {}) },
  };
  const policy: EffectivePolicy = {
    source: 'test',
    custom: [],
    isIgnored: () => false,
    rulesFor: () => new Map([[rule.meta.id, setting]]),
  };
  const result = await evaluate({ files, rules: [rule], policy });
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function defaultName(text: string): string {
  return text.trimStart().startsWith('{') ? 'manifest.json' : 'manifest.yaml';
}

/** ESLint's RuleTester, for manifests: valid cases give no finding, invalid ones exactly the expected findings. */
export function ruleTable(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    if (cases.valid.length > 0) {
      test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', async (_name, testCase) => {
        expect(await runRule(rule, testCase)).toEqual([]);
      });
    }
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', async (_name, testCase) => {
      const findings = await runRule(rule, testCase);
      const defaultFile = testCase.files ? undefined : defaultName(testCase.text!);
      expect(
        findings.map((f) => ({
          file: f.file,
          pointer: f.pointer,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          severity: f.severity,
        })),
      ).toEqual(
        testCase.expected.map((e) => ({
          file: e.file ?? defaultFile,
          pointer: e.pointer,
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
          severity: e.severity ?? rule.meta.defaultSeverity,
        })),
      );
      testCase.expected.forEach((e, i) => {
        if (e.message !== undefined) expect(findings[i].message).toMatch(e.message);
      });
    });
  });
}
