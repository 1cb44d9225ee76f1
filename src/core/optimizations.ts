/**
 * Each optimization that adds code is named here and can be turned off, so that `npm run bench` measures what it
 * buys on the 10,000-manifest run (bench/RESULTS.md) and a regression in it can be told from one elsewhere:
 * `LP_APP_MANIFEST_CHECK_WITHOUT=yaml-fast-path,json-key-count`. Turned off, each gives the same reports, only slower
 * (tests hold both paths to the same verdicts).
 */
export const OPTIMIZATIONS = [
  'yaml-fast-path',
  'yaml-fast-positions',
  'yaml-fast-render',
  'yaml-one-pass',
  'json-key-count',
  'precompiled-schema',
  'keys-listed-once',
] as const;
export type Optimization = (typeof OPTIMIZATIONS)[number];

let given: string | undefined;
let off = new Set<string>();

export function optimized(name: Optimization): boolean {
  // Read on each call (a string comparison) so that a test may set the variable after loading the module.
  const value = process.env.LP_APP_MANIFEST_CHECK_WITHOUT ?? '';
  if (value !== given) {
    given = value;
    off = new Set(
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    );
  }
  return !off.has(name);
}
