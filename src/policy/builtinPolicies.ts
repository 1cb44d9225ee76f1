import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILTIN_POLICIES = ['recommended', 'strict'] as const;

let directory: string | undefined;

/**
 * The built-in policies ship as readable YAML files in `policies/` at the package root. The code finds them by
 * walking up from its own file, which works alike from src/ under Jest, from dist/index.js in an Action checkout
 * and from dist/cli/index.js in an npm install (package.json `files` ships policies/).
 */
function policiesDirectory(): string {
  if (directory) return directory;
  let current = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(current, 'policies');
    if (existsSync(path.join(candidate, 'recommended.yml'))) return (directory = candidate);
    const parent = path.dirname(current);
    if (parent === current)
      throw new Error('the built-in policies (policies/recommended.yml) are missing from the installation');
    current = parent;
  }
}

export function isBuiltinPolicy(name: string): boolean {
  return (BUILTIN_POLICIES as readonly string[]).includes(name);
}

export function builtinPolicyText(name: string): string {
  return readFileSync(path.join(policiesDirectory(), `${name}.yml`), 'utf8');
}
