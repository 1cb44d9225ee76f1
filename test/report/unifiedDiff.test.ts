import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { unifiedDiff } from '../../src/report/unifiedDiff.js';

test('one changed line with three lines of context', () => {
  const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
  const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
  expect(unifiedDiff('m.yaml', before, after)).toBe(
    '--- a/m.yaml\n+++ b/m.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
  );
});

test('no change, no diff', () => {
  expect(unifiedDiff('m.yaml', 'a\n', 'a\n')).toBe('');
});

/** git apply is the reader that matters: every diff applied to the old text gives the new one. */
test('git apply turns the old text into the new one, for random line edits', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unified-diff-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const line = fc.constantFrom('a', 'b', 'c', 'key: value', '', '  - item', '# note');
  const text = fc
    .tuple(fc.array(line, { maxLength: 30 }), fc.boolean())
    .map(([lines, newline]) => (lines.length === 0 ? '' : lines.join('\n') + (newline ? '\n' : '')));
  fc.assert(
    fc.property(text, text, fc.integer({ min: 0, max: 4 }), (before, after, context) => {
      const file = path.join(dir, 'f.txt');
      writeFileSync(file, before);
      const diff = unifiedDiff('f.txt', before, after, context);
      if (before === after) return diff === '';
      writeFileSync(path.join(dir, 'p.diff'), diff);
      execFileSync('git', ['apply', '--unidiff-zero', 'p.diff'], { cwd: dir });
      return execFileSync('cat', [file], { encoding: 'utf8' }) === after;
    }),
    { numRuns: 60 },
  );
});
