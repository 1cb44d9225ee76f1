/**
 * A file read at the pull request's base commit from the local clone is absent only when git says the commit has
 * nothing at that path. Every other outcome (a directory, a symlink or a submodule in its place, a file over the cap,
 * a git that fails) is an error: the base policy falls back to the built-in one only on a certain absence
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
  symlinkSync('lp-app-policy.yml', path.join(root, '.github/link.yml'));
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
  ])('%s: %p', async (_, file, expected) => {
    await expect(readAtCommit(root, sha, file)).resolves.toBe(expected);
  });

  test.each([
    ['a directory', '.github/dir.yml', /is a directory in the commit/],
    ['a symlink', '.github/link.yml', /is a symlink in the commit/],
    ['a submodule', '.github/module.yml', /is a submodule in the commit/],
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

  test.each(['.github/dir.yml', '.github/link.yml', '.github/module.yml', '.github/large.yml'])(
    '%s fails the read, and is not taken for an absence',
    async (file) => {
      const error = await read(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(NotAtBase);
      expect((error as Error).message).toContain(`${file} could not be read at the base commit ${sha.slice(0, 12)}`);
    },
  );
});
