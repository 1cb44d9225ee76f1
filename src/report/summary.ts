import type { CheckResult, Finding } from '../core/types.js';

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

/**
 * Findings grouped by file, files in the order they first appear. With `everyManifest`, each manifest of the run has
 * its entry, a clean one empty, before the files only findings name (a file that failed to parse).
 */
export function findingsByFile(result: CheckResult, options: { everyManifest?: boolean } = {}): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  if (options.everyManifest) for (const { file } of result.manifests) byFile.set(file, []);
  for (const finding of result.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}
