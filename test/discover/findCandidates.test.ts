import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findCandidates } from '../../src/discover/findCandidates.js';
import { readCandidate as readIn } from '../../src/discover/readCandidate.js';
import { mayBeManifest } from '../../src/discover/manifestSniff.js';
import { fileRoot } from '../../src/files/fileRoot.js';

let root: string;
let outside: string;
const readCandidate = (root: string, file: string, max: number) => readIn(fileRoot(root), file, max);

async function write(file: string, text = '{"client_name": "x"}'): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), text);
}

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-discover-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lp-outside-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

const files = (d: { candidates: Array<{ file: string; explicit: boolean }> }) =>
  d.candidates.map((c) => (c.explicit ? `${c.file} (explicit)` : c.file));

describe('inside a git work tree', () => {
  beforeEach(async () => {
    await write('apps/a.json');
    await write('apps/b.YAML', 'client_name: b');
    await write('apps/c.yml', 'client_name: c');
    await write('apps/notes.txt');
    await write('ignored/x.json');
    await write('node_modules/pkg/m.json');
    await write('.gitignore', 'ignored/\n');
    await write('deleted.json');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'init');
    await fs.rm(path.join(root, 'deleted.json'));
    await write('new/untracked.json');
  });

  test('tracked and untracked-not-ignored manifests; never ignored files, node_modules or deleted files', async () => {
    expect(files(await findCandidates({ root, paths: [] }))).toEqual([
      'apps/a.json',
      'apps/b.YAML',
      'apps/c.yml',
      'new/untracked.json',
    ]);
  });

  test('a directory, a glob and an explicit file of any extension', async () => {
    const found = await findCandidates({ root, paths: ['apps', 'new/*.json', 'apps/notes.txt'] });
    expect(files(found)).toEqual([
      'apps/a.json',
      'apps/b.YAML',
      'apps/c.yml',
      'apps/notes.txt (explicit)',
      'new/untracked.json',
    ]);
  });

  test('globs with ** and excludes relative to the root', async () => {
    const found = await findCandidates({ root, paths: ['**/*.json'], exclude: ['new/**', '*.yml'] });
    expect(files(found)).toEqual(['apps/a.json']);
  });

  test('paths relative to a working directory below the root', async () => {
    const found = await findCandidates({ root, cwd: path.join(root, 'apps'), paths: ['./a.json', '../new'] });
    expect(files(found)).toEqual(['apps/a.json (explicit)', 'new/untracked.json']);
  });

  test('an excluded or ignored explicit file is listed as skipped, not dropped', async () => {
    const found = await findCandidates({
      root,
      paths: ['apps/a.json', 'apps/c.yml'],
      exclude: ['apps/a.json'],
      isIgnored: (f) => f === 'apps/c.yml',
    });
    expect(found.candidates).toEqual([]);
    expect(found.skipped).toEqual([
      { file: 'apps/a.json', reason: 'excluded by --exclude' },
      { file: 'apps/c.yml', reason: 'ignored by the policy' },
    ]);
  });

  test('paths that do not exist or lie outside the root are missing', async () => {
    const found = await findCandidates({ root, paths: ['nope.json', outside, '../x.json'] });
    expect(found.missing).toEqual(['nope.json', outside, '../x.json']);
  });
});

describe('outside git: a walk that honours every .gitignore', () => {
  test('nested .gitignore files, negations, node_modules and .git never entered', async () => {
    await write('a.json');
    await write('.gitignore', '*.tmp.json\nbuild/\n');
    await write('x.tmp.json');
    await write('build/out.json');
    await write('sub/.gitignore', 'private.json\n!keep.tmp.json\n');
    await write('sub/private.json');
    await write('sub/keep.tmp.json');
    await write('sub/ok.yaml', 'client_name: y');
    await write('node_modules/m.json');
    await write('.git/config.json');
    expect(files(await findCandidates({ root, paths: ['.'] }))).toEqual(['a.json', 'sub/keep.tmp.json', 'sub/ok.yaml']);
  });
});

describe('reading safely', () => {
  test('a regular file is read; the sniff looks for client_name', async () => {
    await write('a.json', '{"client_name": "x"}');
    const read = readCandidate(root, 'a.json', 1000);
    expect(read.ok && mayBeManifest(read.bytes)).toBe(true);
    expect(mayBeManifest(new TextEncoder().encode('{"name": "x"}'))).toBe(false);
  });

  test('a symlink inside the root is followed; one outside, a loop and a dangling one are refused', async () => {
    await write('real.json');
    await fs.writeFile(path.join(outside, 'secret.json'), '{"client_name": "outside"}');
    await fs.symlink(path.join(root, 'real.json'), path.join(root, 'inside.json'));
    await fs.symlink(path.join(outside, 'secret.json'), path.join(root, 'escape.json'));
    await fs.symlink(path.join(root, 'loop-b.json'), path.join(root, 'loop-a.json'));
    await fs.symlink(path.join(root, 'loop-a.json'), path.join(root, 'loop-b.json'));
    await fs.symlink(outside, path.join(root, 'dirlink'));
    expect(readCandidate(root, 'inside.json', 1000).ok).toBe(true);
    expect(readCandidate(root, 'escape.json', 1000)).toEqual({
      ok: false,
      code: 'outside',
      reason: 'symlink points outside the root; not read',
    });
    expect(readCandidate(root, 'loop-a.json', 1000)).toEqual({
      ok: false,
      code: 'loop',
      reason: 'symlink loop; not read',
    });
    expect(readCandidate(root, 'dirlink/secret.json', 1000)).toEqual({
      ok: false,
      code: 'outside',
      reason: 'symlink points outside the root; not read',
    });
  });

  test('a FIFO is refused without blocking', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.json')]);
    expect(readCandidate(root, 'pipe.json', 1000)).toEqual({
      ok: false,
      code: 'not-regular',
      reason: 'not a regular file (a FIFO); not read',
    });
  });

  test('a directory named like a manifest is walked, not read', async () => {
    await write('weird.json/inner.json');
    expect(files(await findCandidates({ root, paths: [] }))).toEqual(['weird.json/inner.json']);
    expect(readCandidate(root, 'weird.json', 1000)).toEqual({
      ok: false,
      code: 'not-regular',
      reason: 'not a regular file (a directory); not read',
    });
  });

  test('a file that vanished after listing, and one over the size limit', async () => {
    await write('big.json', 'x'.repeat(2000));
    expect(readCandidate(root, 'gone.json', 1000)).toEqual({
      ok: false,
      code: 'missing',
      reason: 'file vanished before it could be read',
    });
    expect(readCandidate(root, 'big.json', 1000)).toEqual({
      ok: false,
      code: 'too-large',
      reason: 'file is too large: 2000 bytes (the limit is 1000)',
    });
  });
});
