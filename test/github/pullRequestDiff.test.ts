import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Finding } from '../../src/core/types.js';
import {
  onChangedLines,
  PullRequestDiff,
  pullRequestDiff,
  readGitDiff,
  readPatch,
  unquoteGitPath,
} from '../../src/github/pullRequestDiff.js';

describe('readPatch: the new side of each hunk', () => {
  test.each([
    ['one line changed', '@@ -2,3 +2,3 @@\n a\n-b\n+B\n c', [[3, 3]], [[2, 4]]],
    ['lines added at the start', '@@ -0,0 +1,2 @@\n+x\n+y', [[1, 2]], [[1, 2]]],
    ['a deletion marks the lines either side', '@@ -3,3 +3,2 @@\n c\n-d\n e', [[3, 4]], [[3, 4]]],
    ['a pure deletion hunk (+5,0) marks lines 5 and 6', '@@ -6,1 +5,0 @@\n-x', [[5, 6]], []],
    [
      'two hunks',
      '@@ -1 +1 @@\n-a\n+A\n@@ -10,2 +10,3 @@\n j\n+k\n l',
      [
        [1, 1],
        [11, 11],
      ],
      [
        [1, 1],
        [10, 12],
      ],
    ],
    [
      'no newline at end of file',
      '@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file',
      [[1, 1]],
      [[1, 1]],
    ],
    ['a content line that looks like a header is content', '@@ -1,2 +1,2 @@\n---a\n+++b\n c', [[1, 1]], [[1, 2]]],
  ])('%s', (_, patch, changed, hunks) => {
    expect(readPatch(patch)).toEqual({ changed, hunks });
  });

  test('git-quoted paths are read back to the name', () => {
    expect(unquoteGitPath('"apps/\\303\\251t\\303\\251 \\"x\\"\\ty.json"')).toBe('apps/été "x"\ty.json');
    expect(unquoteGitPath('apps/a.json')).toBe('apps/a.json');
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** Two commits of one file in a fresh repository; the diff as git gives it and as the files API would (hunks only). */
function diffOf(before: string, after: string, name = 'apps/m.yaml') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lp-diff-'));
  try {
    git(dir, 'init', '-q', '-b', 'main');
    execFileSync('mkdir', ['-p', path.dirname(path.join(dir, name))]);
    writeFileSync(path.join(dir, name), before);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base', '--allow-empty');
    const baseSha = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(path.join(dir, name), after);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'head', '--allow-empty');
    const headSha = git(dir, 'rev-parse', 'HEAD');
    const raw = execFileSync('git', ['diff', '--full-index', '-U3', `${baseSha}...${headSha}`], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { dir, baseSha, headSha, raw, blob: git(dir, 'rev-parse', `${headSha}:${name}`) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

describe('the diff of real commits', () => {
  const lines = fc.array(fc.constantFrom('a: 1', 'b: 2', 'c: 3', '# note', '', 'd:', '  - x'), { maxLength: 14 });

  test('every line git shows as added is changed, every unchanged file line outside the hunks is not, and the files API patch reads the same', () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const { dir, raw, blob } = diffOf(before.join('\n') + '\n', after.join('\n') + '\n');
        try {
          const files = readGitDiff(raw);
          if (before.join('\n') === after.join('\n')) {
            expect(files.size).toBe(0);
            return;
          }
          const file = files.get('apps/m.yaml')!;
          expect(file.blob).toBe(blob);
          const diff = new PullRequestDiff(files);
          // Lines git adds are exactly the '+' lines: count them from the hunks independently.
          let added = 0;
          for (let n = 1; n <= after.length; n++) if (diff.touches('apps/m.yaml', n)) added++;
          const plus = raw.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
          expect(added).toBeGreaterThanOrEqual(Math.min(plus, after.length));
          // A line that appears nowhere in the old file can only be an addition.
          const oldLines = before.length > 0 ? before : [''];
          after.forEach((line, i) => {
            if (!oldLines.includes(line)) expect(diff.touches('apps/m.yaml', i + 1)).toBe(true);
          });
          // Every changed line lies in a hunk, and within the new file.
          for (const [from, to] of file.changed!) {
            expect(from).toBeGreaterThanOrEqual(1);
            expect(to).toBeLessThanOrEqual(Math.max(1, after.length));
          }
          // The files API sends the hunks of the same diff as `patch`.
          const patch = raw.slice(raw.indexOf('\n@@') + 1).trimEnd();
          expect(readPatch(patch)).toEqual({ changed: file.changed, hunks: file.hunks });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  });

  test('a file git takes for binary has every line counted as changed, never left out', async () => {
    const { dir, raw } = diffOf('{"client_name": "a"}\n', '{"client_name": "a\u0000"}\n', 'apps/b.json');
    try {
      expect(raw).toContain('Binary files');
      const diff = new PullRequestDiff(readGitDiff(raw));
      expect(diff.files.get('apps/b.json')).toMatchObject({ changed: undefined });
      expect(diff.touches('apps/b.json', 1)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pullRequestDiff reads git when both commits are there, and the API is never asked', async () => {
    const { dir, baseSha, headSha } = diffOf('a: 1\nb: 2\nc: 3\n', 'a: 1\nb: 20\nc: 3\n', 'apps/é x.yaml');
    try {
      const diff = await pullRequestDiff(dir, { owner: 'o', repo: 'r', number: 1, baseSha, headSha }, () =>
        Promise.reject(new Error('the API was asked')),
      );
      expect([...diff.files.keys()]).toEqual(['apps/é x.yaml']);
      expect(diff.touches('apps/é x.yaml', 2)).toBe(true);
      expect(diff.touches('apps/é x.yaml', 1)).toBe(false);
      expect(diff.inHunk('apps/é x.yaml', 1, 3)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('property: touches and inHunk (binary search) agree with a look at every range', () => {
  const ranges = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 })), { maxLength: 12 })
    .map((steps) => {
      const out: Array<[number, number]> = [];
      let at = 0;
      for (const [gap, length] of steps) {
        out.push([at + gap, at + gap + length]);
        at += gap + length + 1;
      }
      return out;
    });
  fc.assert(
    fc.property(ranges, ranges, fc.integer({ min: 1, max: 80 }), fc.nat(6), (changed, hunks, line, span) => {
      const diff = new PullRequestDiff(new Map([['f', { changed, hunks }]]));
      const endLine = line + span;
      expect(diff.touches('f', line, endLine)).toBe(changed.some(([a, b]) => a <= endLine && line <= b));
      expect(diff.inHunk('f', line, endLine)).toBe(hunks.some(([a, b]) => a <= line && endLine <= b));
    }),
    { numRuns: 2000 },
  );
});

describe('only-changed: lines', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'r',
    severity: 'error',
    message: 'm',
    file: 'a.yaml',
    pointer: '/x',
    line: 10,
    column: 1,
    endLine: 10,
    endColumn: 5,
    ...over,
  });
  const diff = new PullRequestDiff(
    new Map([
      ['a.yaml', { changed: [[4, 5]] as Array<[number, number]>, hunks: [[1, 8]] as Array<[number, number]> }],
      ['big.json', { changed: undefined, hunks: [] }],
    ]),
  );
  const keep = onChangedLines(diff);
  test.each([
    ['on a changed line', { line: 5, endLine: 5 }, true],
    ['spanning a changed line', { line: 2, endLine: 9 }, true],
    ['on an unchanged line', {}, false],
    ['in a file the pull request did not change', { file: 'b.yaml', line: 5, endLine: 5 }, false],
    ['a parse error of a changed file, wherever it is', { ruleId: 'parse-error' }, true],
    ['a missing property of a changed file (schema required)', { keyword: 'required', pointer: '/x' }, true],
    ['about the whole document', { pointer: '' }, true],
    ['a parse error of an unchanged file', { ruleId: 'parse-error', file: 'b.yaml' }, false],
    ['any line of a file whose patch GitHub left out', { file: 'big.json', line: 900, endLine: 900 }, true],
  ])('%s: %s', (_, over, kept) => {
    expect(keep(finding(over))).toBe(kept);
  });
});
