import type { ManifestRule, Rule, SeverityLevel } from '../core/types.js';
import type { ReadRemotePolicy } from './remotePolicy.js';

/** How one rule is configured for one file, after `extends` and `overrides` are applied. */
export interface RuleSetting {
  severity: SeverityLevel;
  /** The rule's default options with the policy's options merged over them. */
  options: Record<string, unknown>;
}

/** A loaded, validated policy, ready for the engine. */
export interface EffectivePolicy {
  /** Where it came from, for messages: a file path relative to the root, or `built-in recommended`. */
  source: string;
  /** Settings for every known rule id (built-in and custom) as they apply to `file` (root-relative, `/`). */
  rulesFor(file: string): ReadonlyMap<string, RuleSetting>;
  /** Files matched by the policy's `ignore` globs are not checked at all. */
  isIgnored(file: string): boolean;
  /** Custom declarative rules, compiled once; the engine runs them like built-in manifest rules. */
  custom: readonly ManifestRule[];
}

export interface LoadedPolicy extends EffectivePolicy {
  /** Absolute path of the baseline the policy names, if any. */
  baselinePath?: string;
  /**
   * The directory that baseline must stay inside (read it with readBaseline(baselineRoot, baselinePath)): the
   * repository root, or the directory of a policy file named explicitly from outside the repository.
   */
  baselineRoot?: string;
}

export interface LoadPolicyOptions {
  root: string;
  policyPath?: string;
  rules: readonly Rule[];
  readText?: (absolutePath: string) => Promise<string>;
  /** Look for .github/lp-app-policy.yml in the working tree when no policyPath is given (default true). */
  lookForDefaultFile?: boolean;
  /** Reads `github:OWNER/REPO/PATH@REF` policies; absent, such a reference is an error naming it. */
  readRemote?: ReadRemotePolicy;
}
