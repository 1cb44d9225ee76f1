/**
 * A file read at the pull request's base commit from the local clone is absent only when git says the commit has
 * nothing at that path; a symlink is followed to a file inside the repository, as in the checkout. Every other outcome
 * (a directory or a submodule in its place, a symlink out, to nothing or in a loop, a file over the cap, a git that
 * fails) is an error: the base policy falls back to the built-in one only on a certain absence
 * (SECURITY.md), so a read that went wrong must never pass for "no policy".
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAtCommit } from '../../src/github/gitAtCommit.js';
import { baseCommitReader, NotAtBase } from '../../src/github/basePolicy.js';
import type { PullRequest } from '../../src/github/pullRequest.js';

let root: string;
let sha: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim();

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'base-reader-'));
  git('init', '-q');
  mkdirSync(path.join(root, '.github/dir.yml'), { recursive: true });
  writeFileSync(path.join(root, '.github/dir.yml/inner'), 'x');
  writeFileSync(path.join(root, '.github/lp-app-policy.yml'), 'extends: strict\n');
  writeFileSync(path.join(root, '.github/a*b.yml'), 'extends: recommended\n');
  writeFileSync(path.join(root, '.github/large.yml'), `# ${'x'.repeat(8 * 1024 * 1024)}\n`);
  // Symlinks in the commit: followed to a file inside the repository, as the checkout's reader follows them.
  symlinkSync('lp-app-policy.yml', path.join(root, '.github/link.yml'));
  symlinkSync('link.yml', path.join(root, '.github/link-to-link.yml'));
  mkdirSync(path.join(root, 'config/deep'), { recursive: true });
  symlinkSync('../../.github/lp-app-policy.yml', path.join(root, 'config/deep/up.yml'));
  symlinkSync('../../outside.yml', path.join(root, '.github/out.yml'));
  symlinkSync('/etc/passwd', path.join(root, '.github/absolute.yml'));
  symlinkSync('none.yml', path.join(root, '.github/dangling.yml'));
  symlinkSync('loop-b.yml', path.join(root, '.github/loop-a.yml'));
  symlinkSync('loop-a.yml', path.join(root, '.github/loop-b.yml'));
  symlinkSync('dir.yml', path.join(root, '.github/to-dir.yml'));
  git('add', '-A');
  // A submodule entry (a gitlink) where a file could be.
  git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},.github/module.yml`);
  git('commit', '-q', '-m', 'base');
  sha = git('rev-parse', 'HEAD');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readAtCommit', () => {
  test.each([
    ['a file', '.github/lp-app-policy.yml', 'extends: strict\n'],
    ['a name with * read literally', '.github/a*b.yml', 'extends: recommended\n'],
    ['a name that only matches as a pattern', '.github/a?b.yml', undefined],
    ['nothing at the path', '.github/none.yml', undefined],
    ['a path under a file', '.github/lp-app-policy.yml/x', undefined],
    ['a symlink to a file beside it', '.github/link.yml', 'extends: strict\n'],
    ['a symlink to a symlink to a file', '.github/link-to-link.yml', 'extends: strict\n'],
    ['a symlink up and across the repository', 'config/deep/up.yml', 'extends: strict\n'],
  ])('%s: %p', async (_, file, expected) => {
    await expect(readAtCommit(root, sha, file)).resolves.toBe(expected);
  });

  test.each([
    ['a directory', '.github/dir.yml', /is a directory in the commit/],
    ['a submodule', '.github/module.yml', /is a submodule in the commit/],
    ['a symlink out of the repository', '.github/out.yml', /out\.yml is a symlink out of the repository in the commit/],
    ['an absolute symlink', '.github/absolute.yml', /absolute\.yml is a symlink out of the repository/],
    ['a symlink to nothing', '.github/dangling.yml', /dangling\.yml is a symlink to nothing in the commit/],
    ['a symlink loop', '.github/loop-a.yml', /is a symlink loop in the commit/],
    ['a symlink to a directory', '.github/to-dir.yml', /is a directory in the commit/],
    ['a file over 8 MiB', '.github/large.yml', /is over 8388608 bytes/],
  ])('%s is an error, not an absence', async (_, file, message) => {
    await expect(readAtCommit(root, sha, file)).rejects.toThrow(message);
  });

  test('a commit git does not have is an error, not an absence', async () => {
    await expect(readAtCommit(root, 'f'.repeat(40), '.github/lp-app-policy.yml')).rejects.toThrow();
  });
});

describe('baseCommitReader from the local clone', () => {
  const pr = (): PullRequest => ({ owner: 'acme', repo: 'apps', number: 1, baseSha: sha, headSha: sha });
  const read = (file: string) => baseCommitReader(root, pr(), undefined)(path.join(root, file));

  test('a file is read; only a path git has nothing at is NotAtBase', async () => {
    await expect(read('.github/lp-app-policy.yml')).resolves.toBe('extends: strict\n');
    await expect(read('.github/none.yml')).rejects.toBeInstanceOf(NotAtBase);
  });

  test('a symlink is read through to the file it points to inside the repository', async () => {
    await expect(read('.github/link.yml')).resolves.toBe('extends: strict\n');
  });

  test.each(['.github/dir.yml', '.github/out.yml', '.github/dangling.yml', '.github/module.yml', '.github/large.yml'])(
    '%s fails the read, and is not taken for an absence',
    async (file) => {
      const error = await read(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(NotAtBase);
      expect((error as Error).message).toContain(`${file} could not be read at the base commit ${sha.slice(0, 12)}`);
    },
  );
});
