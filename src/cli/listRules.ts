import type { RuleMeta } from '../core/types.js';

export interface ListedRule {
  id: string;
  description: string;
  defaultSeverity: string;
  /** Some findings carry a fix that --fix applies. */
  fixable: boolean;
  /** Some findings carry suggestions, offered and never applied. */
  hasSuggestions: boolean;
  docsUrl: string | null;
}

/** --list-rules: every rule a run knows (built-in, then the policy's custom rules), from the rules' own metadata. */
export function listRules(rules: readonly RuleMeta[], docsUrl: (ruleId: string) => string | undefined): ListedRule[] {
  return rules.map((meta) => ({
    id: meta.id,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable === true,
    hasSuggestions: meta.hasSuggestions === true,
    docsUrl: docsUrl(meta.id) ?? null,
  }));
}

/** A table of id, default severity, fixable and docs URL, one rule a line. */
export function rulesTable(rules: readonly ListedRule[]): string {
  const rows = [
    ['RULE', 'DEFAULT', 'FIXABLE', 'DOCS'],
    ...rules.map((r) => [r.id, r.defaultSeverity, fixableWords(r), r.docsUrl ?? '']),
  ];
  const widths = [0, 1, 2].map((column) => rows.reduce((width, row) => Math.max(width, row[column]?.length ?? 0), 0));
  return rows
    .map((row) =>
      row
        // The last column has no width: it is not padded.
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

function fixableWords(rule: ListedRule): string {
  if (rule.fixable && rule.hasSuggestions) return 'fix, suggestions';
  if (rule.fixable) return 'fix';
  if (rule.hasSuggestions) return 'suggestions';
  return '-';
}
