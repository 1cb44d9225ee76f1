import type { Finding } from '../engine/types.js';
import type { Formatter } from './types.js';
import { plural, summarize } from './summary.js';

/**
 * Manifest text rendered inert in markdown: no HTML, no table breaks, no links or images, no @-mentions or
 * #-references that would notify people, no forged comment markers.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':&#47;&#47;');
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** A heading, the counts, and one table per file. */
export const toMarkdown: Formatter = (result, context) => {
  const summary = summarize(result);
  const out: string[] = [`## ${context.tool.name}`, ''];
  const problems = summary.errors + summary.warnings + summary.notices;
  out.push(
    problems === 0
      ? `✅ ${plural(summary.manifests, 'manifest')} checked, no problems.`
      : `**${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}** in ${plural(summary.manifests, 'manifest')}.`,
  );
  if (summary.suppressed > 0) out.push('', `${summary.suppressed} suppressed (inline comments or baseline).`);
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const [file, findings] of byFile) {
    out.push('', `### ${inertMarkdown(file)}`, '', '| Line | Severity | Rule | Message |', '|---:|---|---|---|');
    for (const f of findings) {
      const url = context.docsUrl(f.ruleId);
      const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
      const severity = f.suppressed ? `suppressed (${inertMarkdown(f.suppressed.reason)})` : `${ICON[f.severity]} ${f.severity}`;
      out.push(`| ${f.line}:${f.column} | ${severity} | ${rule} | ${inertMarkdown(f.message)} |`);
    }
  }
  const skipped = result.skipped;
  if (skipped.length > 0) {
    out.push('', '<details><summary>Skipped</summary>', '');
    for (const s of skipped) out.push(`- ${inertMarkdown(s.file ?? s.ruleId)}: ${inertMarkdown(s.reason)}`);
    out.push('', '</details>');
  }
  return out.join('\n') + '\n';
};
