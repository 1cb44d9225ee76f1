import {
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { isInside } from '../core/rootPath.js';
import { realDirectory, type FileRoot } from './fileRoot.js';
import { closeQuietly } from './readInside.js';
import { notRegular, outside, refusalOf, refuse, type Refusal } from './refusal.js';

export type WriteOutcome = { ok: true; path: string } | Refusal;

export interface WriteOptions {
  /** Never replace an existing file (init's starter files): an existing one is refused with code `exists`. */
  exclusive?: boolean;
}

const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Writes a file inside the root: the one place the tool writes a file of the repository (sarif-file, a baseline,
 * init's starter files, --output inside the root). Any directory or file on the way may be a symlink the checkout committed, so each directory
 * is checked (and created) one level at a time and must stay inside the root; the file itself is opened with
 * O_NOFOLLOW (a final symlink is refused, wherever it points) and O_NONBLOCK (a FIFO cannot hang the run), and is
 * truncated and written only once fstat says it is a regular file. `file` is root-relative or absolute.
 */
export function writeInside(
  root: FileRoot,
  file: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): WriteOutcome {
  const absolute = path.resolve(root.path, file);
  if (absolute === root.path) return notRegular('written', 'a directory');
  if (!isInside(root.path, absolute)) return outside('written', false);
  let directory: string;
  try {
    const realRoot = realDirectory(root, root.path);
    directory = realRoot;
    for (const part of path.relative(root.path, path.dirname(absolute)).split(path.sep)) {
      if (part === '') continue;
      const next = path.join(directory, part);
      const stat = lstatSync(next, { throwIfNoEntry: false });
      if (stat === undefined) {
        mkdirSync(next, 0o755);
        directory = next;
      } else if (stat.isSymbolicLink()) {
        const real = realpathSync.native(next);
        if (!isInside(realRoot, real)) return outside('written', true);
        if (!lstatSync(real).isDirectory()) return refuse('not-regular', 'a parent is not a directory; not written');
        directory = real;
      } else if (stat.isDirectory()) {
        directory = next;
      } else {
        return refuse('not-regular', 'a parent is not a directory; not written');
      }
    }
  } catch (error) {
    return refusalOf(error, 'written');
  }
  const target = path.join(directory, path.basename(absolute));
  let fd: number | undefined;
  try {
    fd = openSync(target, WRITE_FLAGS | (options.exclusive ? constants.O_EXCL : 0), 0o644);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return notRegular('written', stat);
    ftruncateSync(fd);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    return { ok: true, path: target };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP under O_NOFOLLOW: the file is a symlink, which a write never follows.
    if (code === 'ELOOP') return refuse('symlink', 'the file is a symlink; not written');
    // ENXIO: a FIFO no one reads (O_NONBLOCK refuses to wait for a reader) or a socket; say which.
    if (code === 'ENXIO') return notRegular('written', statOf(target));
    return refusalOf(error, 'written');
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/**
 * A file the user named for output (`--output`): inside the root it is written as writeInside writes, since the
 * checkout may have committed a symlink at that name; outside the root it is the user's own choice (a path under
 * $RUNNER_TEMP, /dev/stdout) and is written as named.
 */
export function writeNamedFile(root: FileRoot, file: string, data: string | Uint8Array): WriteOutcome {
  const absolute = path.resolve(root.path, file);
  if (isInside(root.path, absolute)) return writeInside(root, absolute, data);
  try {
    writeFileSync(absolute, data);
    return { ok: true, path: absolute };
  } catch (error) {
    return refusalOf(error, 'written');
  }
}

function statOf(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
