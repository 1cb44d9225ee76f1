import type { Formatter } from './types.js';
import { summarize } from './summary.js';
import type { TextEdit } from '../core/types.js';

/** An edit in a fixed order of fields: offsets, then where that is, then the text. */
function edit(e: TextEdit) {
  return {
    start: e.start,
    end: e.end,
    line: e.line,
    column: e.column,
    endLine: e.endLine,
    endColumn: e.endColumn,
    text: e.text,
  };
}

/**
 * Report version 2 (SPEC §5; schemas/report.schema.json; docs/fixes.md): version 1 with each finding's `fix` and
 * `suggestions`, fields a version 1 reader passes over.
 */
export const toJson: Formatter = (result, context) => {
  const summary = summarize(result);
  const report = {
    version: 2,
    tool: { name: context.tool.name, version: context.tool.version },
    manifests: result.manifests.map(({ file, format }) => ({ file, format })),
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      pointer: f.pointer,
      ...(f.keyword !== undefined ? { keyword: f.keyword } : {}),
      ...(f.suppressed ? { suppressed: f.suppressed } : {}),
      ...(f.fix ? { fix: { edits: f.fix.edits.map(edit) } } : {}),
      ...(f.suggestions
        ? { suggestions: f.suggestions.map((s) => ({ description: s.description, edits: s.edits.map(edit) })) }
        : {}),
    })),
    skipped: result.skipped.map((s) =>
      s.file !== undefined
        ? { ruleId: s.ruleId, file: s.file, reason: s.reason }
        : { ruleId: s.ruleId, reason: s.reason },
    ),
    summary: {
      manifests: summary.manifests,
      errors: summary.errors,
      warnings: summary.warnings,
      notices: summary.notices,
      ...(summary.suppressed > 0 ? { suppressed: summary.suppressed } : {}),
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
};
