import type { Finding, RuleMeta } from '../core/types.js';
import { fingerprints } from './fingerprint.js';
import type { Formatter } from './types.js';

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** An error of a security rule ranks above other errors, as SARIF's security-severity does on GitHub. */
function severityOf(f: Finding, meta: RuleMeta | undefined): CodeQualitySeverity {
  if (f.severity === 'notice') return 'info';
  if (f.severity === 'warning') return 'minor';
  return meta?.security ? 'critical' : 'major';
}

/**
 * GitLab Code Quality (`artifacts: reports: codequality`), the fields GitLab documents for its merge request widget.
 * The fingerprint is SARIF's (rule, file, pointer): GitLab matches issues between the source and target branches by
 * it, so a finding keeps its identity when lines move. Suppressed findings are left out: the report has no way to
 * say a finding was accepted.
 */
export const toGitlab: Formatter = (result, context) => {
  const meta = new Map(context.rules.map((r) => [r.id, r]));
  const prints = fingerprints(result.findings);
  const issues = [];
  for (const [index, f] of result.findings.entries()) {
    if (f.suppressed) continue;
    issues.push({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: prints[index],
      severity: severityOf(f, meta.get(f.ruleId)),
      location: { path: f.file, lines: { begin: f.line } },
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
