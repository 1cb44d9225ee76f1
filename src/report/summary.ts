import type { CheckResult } from '../core/types.js';

export interface Summary {
  manifests: number;
  errors: number;
  warnings: number;
  notices: number;
  /** Findings an inline comment or a baseline suppressed: counted here, not in the three above. */
  suppressed: number;
}

export function summarize(result: CheckResult): Summary {
  const summary: Summary = { manifests: result.manifests.length, errors: 0, warnings: 0, notices: 0, suppressed: 0 };
  for (const finding of result.findings) {
    if (finding.suppressed) summary.suppressed++;
    else if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.notices++;
  }
  return summary;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
