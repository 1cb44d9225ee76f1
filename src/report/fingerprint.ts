import { sha256 } from '../core/sha256.js';
import type { Finding } from '../core/types.js';

/**
 * A fingerprint that survives lines moving: the rule, the file and the JSON pointer (plus the occurrence index for
 * identical triples, so no two findings of a run share one), for code scanning and GitLab Code Quality to keep
 * tracking a finding when lines are added above it.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.pointer}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return sha256(`${key}\u0000${occurrence}`).slice(0, 32);
  });
}
