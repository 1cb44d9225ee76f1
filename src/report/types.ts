import type { CheckResult, RuleMeta, Severity } from '../engine/types.js';

export interface ReportContext {
  tool: { name: string; version: string; informationUri: string };
  /** Every rule known to the run: built-in and the policy's custom rules. */
  rules: readonly RuleMeta[];
  /** Link to the rule's documentation page, for built-in rules. */
  docsUrl(ruleId: string): string | undefined;
  /** Text format only: ANSI colour (the CLI decides: TTY, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
  failOn?: Severity | 'never';
}

/** Every output format is one pure function of the same findings (Spectral's formatters). */
export type Formatter = (result: CheckResult, context: ReportContext) => string;
