import type { Rule, Severity } from '../core/types.js';
import { docsBaseUrl, toolInformationUri, toolName, toolVersion } from '../core/tool.js';
import { builtinRules } from '../rules/index.js';
import type { ReportContext } from '../report/types.js';

const builtinIds = new Set(builtinRules.map((r) => r.meta.id));

export function reportContext(
  rules: readonly Rule[],
  options: { color?: boolean; failOn?: Severity | 'never' } = {},
): ReportContext {
  return {
    tool: { name: toolName, version: toolVersion, informationUri: toolInformationUri },
    rules: rules.map((r) => r.meta),
    docsUrl: (ruleId) => (builtinIds.has(ruleId) ? `${docsBaseUrl}${ruleId}.md` : undefined),
    color: options.color,
    failOn: options.failOn,
  };
}
