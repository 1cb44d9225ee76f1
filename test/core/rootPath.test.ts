import { expect, test } from '@jest/globals';
import path from 'node:path';
import { leavesRoot } from '../../src/core/rootPath.js';

test.each<[string, boolean]>([
  ['..', true],
  ['../x', true],
  [`..${path.sep}x`, true],
  ['/etc/passwd', true],
  ['', false],
  ['..apps', false],
  ['..apps/x', false],
  ['...', false],
  ['a/../b', false],
  ['x/..', false],
])('leavesRoot(%p) is %p', (relative, leaves) => {
  expect(leavesRoot(relative)).toBe(leaves);
});
