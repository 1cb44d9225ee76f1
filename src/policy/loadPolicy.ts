import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../core/types.js';
import type { EffectivePolicy, LoadedPolicy, LoadPolicyOptions, RuleSetting } from './types.js';
import { isBuiltinPolicy } from './builtinPolicies.js';
import { isRemoteReference } from './remotePolicy.js';

export { PolicyError } from './policyError.js';
export type { LoadedPolicy, LoadPolicyOptions } from './types.js';

/** The default policy file, looked for under the root when no --policy is given. */
export const DEFAULT_POLICY_FILE = '.github/lp-app-policy.yml';

/**
 * What `--policy` / the `policy` input names: a `github:` reference or a built-in name as they are, else a path
 * resolved against `cwd`. A built-in name is always the built-in, never a file of that name: in a pull request the
 * working tree is the pull request's, and a file named `strict` must not replace the built-in strict policy (write
 * `./strict` for such a file).
 */
export function policyReference(value: string, cwd: string): string {
  if (isRemoteReference(value) || isBuiltinPolicy(value)) return value;
  return path.resolve(cwd, value);
}

/**
 * Loads `--policy FILE` (or a built-in name, or a `github:` reference), else `.github/lp-app-policy.yml` under the
 * root, else the built-in `recommended`.
 */
export async function loadPolicy(options: LoadPolicyOptions): Promise<LoadedPolicy> {
  const root = path.resolve(options.root);
  let entry: string;
  if (options.policyPath !== undefined) {
    entry =
      isRemoteReference(options.policyPath) || isBuiltinPolicy(options.policyPath)
        ? options.policyPath
        : path.resolve(root, options.policyPath);
  } else if (options.lookForDefaultFile !== false && present(path.join(root, DEFAULT_POLICY_FILE))) {
    entry = path.join(root, DEFAULT_POLICY_FILE);
  } else {
    // The built-in recommended policy is every rule at its catalog default (a test holds policies/recommended.yml
    // to exactly that), so a repository without a policy file needs no YAML read and no schema compiled.
    return defaultPolicy(options.rules);
  }
  // Reading a policy file (YAML, ajv, extends, overrides) is its own module: the implicit recommended policy above
  // does not load it.
  const { loadPolicyFile } = await import('./policyFile.js');
  return loadPolicyFile(options, root, entry);
}

/**
 * Anything at that name, a dangling symlink or a directory included, is the policy: it is read, or refused with the
 * reason, never silently replaced by the built-in recommended policy.
 */
function present(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    // ENOTDIR, EACCES…: something is in the way, and reading it will say what.
    return true;
  }
}

/** Every rule at its default severity and options: the built-in `recommended` without reading a file. */
export function defaultPolicy(rules: readonly Rule[]): EffectivePolicy {
  const settings = new Map<string, RuleSetting>(
    rules.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: { ...(r.meta.defaultOptions ?? {}) } }]),
  );
  return { source: 'built-in recommended', custom: [], isIgnored: () => false, rulesFor: () => settings };
}
