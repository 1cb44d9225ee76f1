import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPTIMIZATIONS } from '../../src/core/optimizations.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('npm run bench measures every optimization that can be switched off, and RESULTS.md records each', async () => {
  const { SWITCHES } = (await import(path.join(root, 'bench/switches.mjs'))) as { SWITCHES: Record<string, string> };
  expect(Object.keys(SWITCHES).sort()).toEqual([...OPTIMIZATIONS].sort());
  const results = readFileSync(path.join(root, 'bench/RESULTS.md'), 'utf8');
  for (const name of OPTIMIZATIONS) expect(results).toContain(`\`${name}\``);
});
