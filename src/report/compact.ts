import type { Formatter } from './types.js';
import { footer, inert } from './text.js';

/**
 * `file:line:col: severity message [rule-id]`, one line per unsuppressed finding: the form compilers print, which
 * terminals, editors and problem matchers turn into links. The text format's summary and skipped lines follow.
 */
export const toCompact: Formatter = (result) => {
  const lines: string[] = [];
  for (const f of result.findings) {
    if (!f.suppressed)
      lines.push(`${inert(f.file)}:${f.line}:${f.column}: ${f.severity} ${inert(f.message)} [${f.ruleId}]`);
  }
  if (lines.length > 0) lines.push('');
  for (const line of footer(result)) lines.push(line);
  return lines.join('\n') + '\n';
};
