import { marked } from '../core/quoted.js';

/** `# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>`, a whole-line YAML comment. */
const DIRECTIVE = /^[ \t]*#[ \t]*lp-app-manifest-check-disable-next-line\b(.*)$/;
const WELL_FORMED = /^[ \t]+([a-z0-9][a-z0-9._/-]*)[ \t]+--[ \t]+(\S.*?)[ \t]*$/;

export interface InlineSuppression {
  ruleId: string;
  reason: string;
}

export interface InlineSuppressions {
  /** Suppressions by the 1-based line they apply to: the next line that is neither blank nor a comment. */
  byLine: Map<number, InlineSuppression[]>;
  /** Directives that suppress nothing because they are malformed (no rule id, no reason). */
  problems: Array<{ line: number; column: number; message: string }>;
}

export function findInlineSuppressions(text: string): InlineSuppressions {
  const byLine = new Map<number, InlineSuppression[]>();
  const problems: InlineSuppressions['problems'] = [];
  const lines = text.split(/\r?\n/);
  let pending: Array<InlineSuppression & { line: number }> = [];
  lines.forEach((content, index) => {
    const line = index + 1;
    const directive = DIRECTIVE.exec(content);
    if (directive) {
      // DIRECTIVE's and WELL_FORMED's groups are not optional: a match has them all.
      const parts = WELL_FORMED.exec(directive[1]!);
      if (parts) {
        pending.push({ ruleId: parts[1]!, reason: parts[2]!, line });
      } else {
        problems.push({
          line,
          column: content.indexOf('#') + 1,
          message:
            'a suppression needs a rule id and a reason: "# lp-app-manifest-check-disable-next-line <rule-id> -- <reason>"',
        });
      }
      return;
    }
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    if (pending.length > 0) {
      byLine.set(line, [...(byLine.get(line) ?? []), ...pending.map(({ ruleId, reason }) => ({ ruleId, reason }))]);
      pending = [];
    }
  });
  for (const orphan of pending) {
    problems.push({
      line: orphan.line,
      column: 1,
      message: `suppression of ${marked(orphan.ruleId)} has no line after it to apply to`,
    });
  }
  return { byLine, problems };
}
