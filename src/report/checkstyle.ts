import type { Severity } from '../core/types.js';
import type { Formatter } from './types.js';
import { findingsByFile } from './summary.js';
import { xmlAttribute as attr } from './xmlEscape.js';

/** Checkstyle's own levels (its SeverityLevel): `notice` is `info`. */
const SEVERITY: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', notice: 'info' };

/**
 * Checkstyle XML, the input of reviewdog (`-f=checkstyle`) and of many CI plugins: a `file` element per manifest, an
 * `error` per unsuppressed finding with the rule id as its `source`. Suppressed findings are left out, as in the
 * GitHub annotations: checkstyle has no way to say a finding was accepted.
 */
export const toCheckstyle: Formatter = (result) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [file, findings] of findingsByFile(result, { everyManifest: true })) {
    const shown = findings.filter((f) => !f.suppressed);
    if (shown.length === 0) {
      lines.push(`  <file name="${attr(file)}"/>`);
      continue;
    }
    lines.push(`  <file name="${attr(file)}">`);
    for (const f of shown) {
      lines.push(
        `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${attr(f.message)}" source="${attr(f.ruleId)}"/>`,
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>', '');
  return lines.join('\n');
};
