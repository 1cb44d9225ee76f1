import type { LoadedPolicy } from '../policy/types.js';

/** What --print-config prints: ESLint's shape, each rule as `[severity]` or `[severity, options]`. */
export interface PrintedConfig {
  /** Root-relative, as reports and policy overrides name it. */
  file: string;
  /** Where the policy came from: a file relative to the root, a github: reference, or `built-in recommended`. */
  policy: string;
  /** Matched by the policy's `ignore`: a run does not check it at all. */
  ignored: boolean;
  rules: Record<string, [string] | [string, Record<string, unknown>]>;
}

/** The rules, severities and options that apply to `file` after extends, overrides and central policies. */
export function printConfig(policy: LoadedPolicy, file: string): PrintedConfig {
  const rules: PrintedConfig['rules'] = {};
  for (const [id, setting] of policy.rulesFor(file)) {
    rules[id] = Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : [setting.severity];
  }
  return { file, policy: policy.source, ignored: policy.isIgnored(file), rules };
}
