import type { Finding } from '../core/types.js';
import type { Formatter } from './types.js';

/** Escaping of workflow-command data exactly as @actions/core's command.ts does, so a value cannot end the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties additionally escape the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const;

export function annotationOf(f: Finding): string {
  const properties = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ].join(',');
  return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}`;
}

/** One workflow-command annotation per unsuppressed finding. */
export const toGithub: Formatter = (result) =>
  result.findings
    .filter((f) => !f.suppressed)
    .map((f) => annotationOf(f) + '\n')
    .join('');
