/**
 * src/files on its own: random trees of files, directories, FIFOs and symlinks (inside the root, out of it, to
 * /dev/zero, in loops) read and written at random paths. readInside must give exactly what an independent oracle built
 * on realpath and stat says; writeInside may refuse, but whatever it writes is inside the root and nothing outside
 * changes. escapes.test.ts drives every caller through the same escapes by name.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileRoot } from '../../src/files/fileRoot.js';
import { readChosenFile, readInside } from '../../src/files/readInside.js';
import { writeInside, writeNamedFile } from '../../src/files/writeInside.js';
import type { RefusalCode } from '../../src/files/refusal.js';

const CAP = 20;
const SEGMENTS = ['a', 'b', 'c'] as const;

type Entry =
  | { where: 'root' | 'outside'; at: string; type: 'file'; size: number }
  | { where: 'root' | 'outside'; at: string; type: 'dir' | 'fifo' }
  | { where: 'root' | 'outside'; at: string; type: 'symlink'; target: string };

const at = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
/** A symlink's target: relative (up and out of the root included), absolute into either tree, or a device. */
const target = fc.oneof(
  fc.constantFrom('@outside', '@outside/a', '@outside/c', '../outside', '../outside/c', '/dev/zero'),
  fc.constantFrom('@root/a', '@root/b/c', 'a', 'b/c', '..', '.', 'c/../..'),
  fc
    .array(fc.constantFrom('a', 'b', 'c', '..', 'outside', 'root'), { minLength: 1, maxLength: 4 })
    .map((s) => s.join('/')),
);
const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ where: fc.constantFrom('root', 'outside'), at, type: fc.constant('file'), size: fc.nat(2 * CAP) }),
  fc.record({ where: fc.constantFrom('root', 'outside'), at, type: fc.constantFrom('dir', 'fifo') }),
  fc.record({ where: fc.constantFrom('root', 'outside'), at, type: fc.constant('symlink'), target }),
);
/** A path as a policy or a flag could name it: relative to the root, with `..` and `.`, or absolute. */
const anyPath = fc.oneof(
  fc
    .array(fc.constantFrom('a', 'b', 'c', '..', '.', 'outside', 'root'), { minLength: 1, maxLength: 4 })
    .map((s) => s.join('/')),
  fc.constantFrom('/dev/zero', '@outside/a', '@root/a'),
);
/** A tree and a path in it: often an entry of the root itself, or a name below it, where the symlinks are. */
const tree = (queries: number) =>
  fc.array(entry, { maxLength: 12 }).chain((entries) => {
    const inRoot = entries.filter((e) => e.where === 'root').flatMap((e) => [e.at, `${e.at}/a`, `${e.at}/c/a`]);
    const path = inRoot.length > 0 ? fc.oneof(anyPath, fc.constantFrom(...inRoot)) : anyPath;
    return fc.tuple(fc.constant(entries), fc.array(path, { minLength: 1, maxLength: queries }));
  });

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'lp-files-prop-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

let run = 0;
/** A fresh root and outside directory, side by side, holding the entries (those that cannot be made are left out). */
function build(entries: readonly Entry[]): { root: string; outside: string; resolve: (p: string) => string } {
  const base = path.join(temp, String(run++));
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside);
  const resolve = (p: string) => p.replace(/^@root/, root).replace(/^@outside/, outside);
  // Regular files outside at names the symlinks and queries use, so that a way out, when there is one, leads somewhere.
  const always: Entry[] = [
    { where: 'outside', at: 'a', type: 'file', size: 3 },
    { where: 'outside', at: 'c/a', type: 'file', size: 4 },
  ];
  for (const e of [...always, ...entries]) {
    const file = path.join(e.where === 'root' ? root : outside, e.at);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // Exclusively: writing where a FIFO already is would wait for a reader.
      if (e.type === 'file') writeFileSync(file, 'x'.repeat(e.size), { flag: 'wx' });
      else if (e.type === 'symlink') symlinkSync(resolve(e.target), file);
      else if (e.type === 'dir') mkdirSync(file);
      else execFileSync('mkfifo', [file], { stdio: 'ignore' });
    } catch {
      // Already there, or a parent is a file: this tree simply lacks it.
    }
  }
  return { root, outside, resolve };
}

/**
 * What reading `file` under `root` must give, decided from realpath and stat alone: the real path of its directory,
 * then its own (a directory that is a symlink out is refused as such, whatever lies beyond it).
 */
function oracle(root: string, file: string): { code: RefusalCode } | { bytes: string } {
  const absolute = path.resolve(root, file);
  const inside = (r: string, p: string) => p === r || p.startsWith(r + path.sep);
  const realRoot = realpathSync(root);
  if (absolute === root) return { code: 'not-regular' };
  if (!inside(root, absolute)) return { code: 'outside' };
  let real: string;
  try {
    if (!inside(realRoot, realpathSync(path.dirname(absolute)))) return { code: 'outside' };
    real = realpathSync(absolute);
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'missing' };
  }
  if (!inside(realRoot, real)) return { code: 'outside' };
  let stat;
  try {
    stat = statSync(real);
  } catch (error) {
    // realpath (Node's own walk) can resolve a name that stat, asking the kernel, finds under a non-directory.
    return { code: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'missing' };
  }
  if (!stat.isFile()) return { code: 'not-regular' };
  if (stat.size > CAP) return { code: 'too-large' };
  return { bytes: readFileSync(real, 'utf8') };
}

/**
 * Every entry under `dir` with its content or kind, symlinks as their targets and never followed (readdir's own
 * recursion follows them): what a write outside the root must leave as it was.
 */
function snapshot(dir: string, entries: Record<string, string> = {}, prefix = ''): Record<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) entries[prefix + name] = `-> ${readlinkSync(file)}`;
    else if (stat.isFile()) entries[prefix + name] = readFileSync(file, 'utf8');
    else if (stat.isDirectory()) {
      entries[prefix + name] = 'directory';
      snapshot(file, entries, `${prefix}${name}/`);
    } else entries[prefix + name] = 'special';
  }
  return entries;
}

describe('readInside', () => {
  test('gives exactly what realpath and stat say: the bytes of a regular file inside the root, else the refusal', () => {
    fc.assert(
      fc.property(tree(6), ([entries, queries]) => {
        const { root, resolve } = build(entries);
        const confined = fileRoot(root);
        for (const q of queries) {
          const file = resolve(q);
          const read = readInside(confined, file, CAP);
          const expected = oracle(root, file);
          const got = read.ok ? { bytes: Buffer.from(read.bytes).toString('utf8') } : { code: read.code };
          expect({ file: q, ...got }).toEqual({ file: q, ...expected });
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a device is refused as one, in a root that holds devices and when named as the user’s own file', () => {
    expect(readInside(fileRoot('/dev'), 'zero', CAP)).toEqual({
      ok: false,
      code: 'not-regular',
      reason: 'not a regular file (a device); not read',
    });
    expect(readChosenFile('/dev/zero', CAP)).toEqual({
      ok: false,
      code: 'not-regular',
      reason: 'not a regular file (a device); not read',
    });
    expect(readInside(fileRoot('/dev'), '/dev', CAP)).toMatchObject({ code: 'not-regular' });
  });
});

describe('writeInside', () => {
  test('writes only inside the root, never through a final symlink, and changes nothing outside it', () => {
    fc.assert(
      fc.property(tree(1), ([entries, [q]]) => {
        const { root, outside, resolve } = build(entries);
        const before = snapshot(outside);
        const rootFiles = () =>
          Object.fromEntries(Object.entries(snapshot(root)).filter(([, content]) => content !== 'directory'));
        const filesBefore = rootFiles();
        const file = resolve(q);
        const written = writeInside(fileRoot(root), file, 'written');
        expect(snapshot(outside)).toEqual(before);
        if (written.ok) {
          const real = realpathSync(written.path);
          expect(real.startsWith(realpathSync(root) + path.sep)).toBe(true);
          expect(lstatSync(written.path).isFile()).toBe(true);
          expect(readFileSync(path.resolve(root, file), 'utf8')).toBe('written');
        } else {
          // A refusal may leave directories it created on the way, never a changed file.
          expect(rootFiles()).toEqual(filesBefore);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('a device is never opened for writing as if it were a file, and the root itself is no file', () => {
    expect(writeInside(fileRoot('/dev'), 'null', 'x')).toEqual({
      ok: false,
      code: 'not-regular',
      reason: 'not a regular file (a device); not written',
    });
    expect(writeInside(fileRoot(temp), temp, 'x')).toMatchObject({ code: 'not-regular' });
  });

  test('--output outside the root is the user’s own choice; inside it, it is confined', () => {
    const { root, outside } = build([]);
    expect(writeNamedFile(fileRoot(root), path.join(outside, 'report.txt'), 'r')).toEqual({
      ok: true,
      path: path.join(outside, 'report.txt'),
    });
    symlinkSync(path.join(outside, 'report.txt'), path.join(root, 'report.txt'));
    expect(writeNamedFile(fileRoot(root), 'report.txt', 'changed')).toEqual({
      ok: false,
      code: 'symlink',
      reason: 'the file is a symlink; not written',
    });
    expect(readFileSync(path.join(outside, 'report.txt'), 'utf8')).toBe('r');
  });
});
