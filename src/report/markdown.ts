import type { Finding } from '../core/types.js';
import type { Formatter } from './types.js';
import { plural, summarize } from './summary.js';

/**
 * Manifest text rendered inert in markdown: no HTML, no table breaks, no links or images, no @-mentions or
 * #-references that would notify people, no forged comment markers.
 */
export function inertMarkdown(text: string): string {
  // Most messages hold none of it: one test instead of five replacements for each row of a long report.
  if (!MARKUP.test(text)) return text;
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|<>&~]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/(www)\./gi, '$1&#46;');
}

/** Whatever inertMarkdown replaces. */
const MARKUP = /[\r\n\\`*_{}[\]()#+\-!|<>&~@]|:\/\/|www\./i;

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** A heading, the counts, and one table per file; cut to `maxLength` with a count of what was left out. */
export const toMarkdown: Formatter = (result, context) => {
  const summary = summarize(result);
  const head: string[] = [...(context.header ? [context.header] : []), `## ${context.tool.name}`, ''];
  const problems = summary.errors + summary.warnings + summary.notices;
  head.push(
    problems === 0
      ? `✅ ${plural(summary.manifests, 'manifest')} checked, no problems.`
      : `**${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}** in ${plural(summary.manifests, 'manifest')}.`,
  );
  if (summary.suppressed > 0) head.push('', `${summary.suppressed} suppressed (inline comments or baseline).`);
  for (const note of context.notes ?? []) head.push('', note);

  // Sizes are counted in UTF-8 bytes: the job summary's limit is in bytes, and a byte count is never below the
  // character count the comment's limit uses.
  const size = (text: string) => Buffer.byteLength(text);
  const budget = (context.maxLength ?? Infinity) - 200;
  const tail: string[] = [];
  if (result.skipped.length > 0) {
    // The skipped list may use at most a quarter of the budget; findings come first.
    const tailBudget = budget / 4;
    tail.push('', '<details><summary>Skipped</summary>', '');
    let tailSize = size(tail.join('\n'));
    let listed = 0;
    for (const s of result.skipped) {
      const line = `- ${inertMarkdown(s.file ?? s.ruleId)}: ${inertMarkdown(s.reason)}`;
      if (tailSize + size(line) + 1 > tailBudget) break;
      tail.push(line);
      tailSize += size(line) + 1;
      listed++;
    }
    if (listed < result.skipped.length)
      tail.push(`- … and ${result.skipped.length - listed} more (the JSON report lists them all)`);
    tail.push('', '</details>');
  }

  let used = size([...head, ...tail].join('\n'));
  const body: string[] = [];
  let shown = 0;
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  outer: for (const [file, findings] of byFile) {
    const heading = [
      '',
      `### ${inertMarkdown(file)}`,
      '',
      '| Line | Severity | Rule | Message |',
      '|---:|---|---|---|',
    ];
    const headingSize = size(heading.join('\n')) + 1;
    let started = false;
    for (const f of findings) {
      const row = rowOf(f, context);
      const rowSize = size(row);
      if (used + rowSize + 1 + (started ? 0 : headingSize) > budget) break outer;
      if (!started) {
        body.push(...heading);
        used += headingSize;
        started = true;
      }
      body.push(row);
      used += rowSize + 1;
      shown++;
    }
  }
  const omitted = result.findings.length - shown;
  if (omitted > 0)
    body.push(
      '',
      `… and ${plural(omitted, 'more finding')} not shown here (the annotations and the JSON report have them all).`,
    );
  return [...head, ...body, ...tail].join('\n') + '\n';
};

function rowOf(f: Finding, context: Parameters<Formatter>[1]): string {
  const url = context.docsUrl(f.ruleId);
  const rule = url ? `[${f.ruleId}](${url})` : `\`${f.ruleId}\``;
  const severity = f.suppressed
    ? `suppressed (${inertMarkdown(f.suppressed.reason)})`
    : `${ICON[f.severity]} ${f.severity}`;
  const position = `${f.line}:${f.column}`;
  const line = context.lineUrl ? `[${position}](${context.lineUrl(f.file, f.line)})` : position;
  return `| ${line} | ${severity} | ${rule} | ${inertMarkdown(f.message)} |`;
}
