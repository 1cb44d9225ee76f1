/**
 * Each optimization that adds code is named here and can be turned off, so that `npm run bench` measures what it
 * buys on the 10,000-manifest run (bench/RESULTS.md) and a regression in it can be told from one elsewhere:
 * `LP_APP_MANIFEST_CHECK_WITHOUT=read-ahead,yaml-fast-path`. Turned off, each gives the same reports, only slower
 * (tests hold both paths to the same verdicts).
 */
export const OPTIMIZATIONS = ['read-ahead', 'yaml-fast-path', 'json-key-count', 'precompiled-schema'] as const;
export type Optimization = (typeof OPTIMIZATIONS)[number];

const off = new Set(
  (process.env.LP_APP_MANIFEST_CHECK_WITHOUT ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== ''),
);

export function optimized(name: Optimization): boolean {
  return !off.has(name);
}
