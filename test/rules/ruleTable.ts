import { describe, expect, test } from '@jest/globals';
import type { Finding, ManifestFormat, Rule } from '../../src/core/types.js';
import type { EffectivePolicy, RuleSetting } from '../../src/policy/types.js';
import { evaluate, type ParsedFile } from '../../src/engine/evaluate.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { dedent } from '../support/dedent.js';
import { applyEdits } from '../../src/core/textEdit.js';

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
  /** The file once the finding's fix is applied (dedented like `text`); null: the finding has no fix. */
  fix?: string | null;
  /** Each suggestion offered: its description and the file once its edits are applied. */
  suggestions?: Array<{ description: string | RegExp; output: string }>;
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
  const sources = sourcesOf(testCase);
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

function sourcesOf(testCase: RuleCase): Record<string, string> {
  return testCase.files ?? { [defaultName(testCase.text!)]: testCase.text! };
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
      const sources = sourcesOf(testCase);
      testCase.expected.forEach((e, i) => {
        const finding = findings[i];
        if (e.message !== undefined) expect(finding.message).toMatch(e.message);
        const source = dedent(sources[finding.file]);
        if (e.fix !== undefined)
          expect(finding.fix ? applyEdits(source, finding.fix.edits) : null).toBe(
            e.fix === null ? null : dedent(e.fix),
          );
        if (e.suggestions !== undefined) {
          const offered = finding.suggestions ?? [];
          expect(offered.map((s) => applyEdits(source, s.edits))).toEqual(e.suggestions.map((s) => dedent(s.output)));
          e.suggestions.forEach((s, j) => expect(offered[j].description).toMatch(s.description));
        }
        // Whatever a rule offers is real: edits inside the file, their ranges those of their offsets.
        for (const edits of [finding.fix?.edits ?? [], ...(finding.suggestions ?? []).map((s) => s.edits)])
          for (const edit of edits) expect(source.slice(0, edit.start).split('\n').length).toBe(edit.line);
      });
    });
  });
}
