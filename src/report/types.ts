import type { CheckResult, RuleMeta, Severity } from '../core/types.js';

export interface ReportContext {
  tool: { name: string; version: string; informationUri: string };
  /** Every rule known to the run: built-in and the policy's custom rules. */
  rules: readonly RuleMeta[];
  /** Link to the rule's documentation page, for built-in rules. */
  docsUrl: (ruleId: string) => string | undefined;
  /** Text format only: ANSI colour (the CLI decides: TTY, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
  failOn?: Severity | 'never';
  /** Markdown: a link to a line of a file (the job summary and PR comment link to the head commit). */
  lineUrl?(file: string, line: number): string;
  /** Markdown: the most characters the output may have (a PR comment holds 65,536); rows past it are counted, not shown. */
  maxLength?: number;
  /** Markdown: lines added under the counts (e.g. how many annotations the runner did not show). */
  notes?: readonly string[];
  /** Markdown: the first line, such as the sticky-comment marker. */
  header?: string;
}

/** Every output format is one pure function of the same findings (Spectral's formatters). */
export type Formatter = (result: CheckResult, context: ReportContext) => string;
