import type { ManifestRule, SeverityLevel } from '../engine/types.js';

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
