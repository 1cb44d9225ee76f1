import type { Finding, Severity } from './types.js';

export type FailOn = Severity | 'never';

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** Whether any unsuppressed finding is at or above the `fail-on` level. */
export function exceedsFailOn(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]);
}
