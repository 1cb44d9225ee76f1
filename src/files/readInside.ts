import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../core/rootPath.js';
import { fileRoot, realDirectory, type FileRoot } from './fileRoot.js';
import { notRegular, outside, refusalOf, refuse, type Refusal } from './refusal.js';

export type ReadOutcome = { ok: true; bytes: Uint8Array } | Refusal;

/** An open regular file: the descriptor is the caller's to close. */
export type Opened = { ok: true; fd: number; size: number } | Refusal;

const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/**
 * Opens a file of the root for reading: the one place the tool opens a file it reads (manifests, policies and what
 * they extend, baselines, .gitignore files). Only a regular file whose real path stays inside the root is opened,
 * checked on the opened handle, and opened non-blocking so a FIFO or a device cannot hang the run. `file` is
 * root-relative or absolute; a path outside the root is refused before anything of it is looked at.
 *
 * The system calls are synchronous on purpose. A manifest is a few kilobytes, so each call takes microseconds, while
 * the promise API pays a thread-pool round trip for each of realpath, open, fstat, read and close, about ten times the
 * cost of the reads on the 10,000-manifest benchmark (bench/RESULTS.md). The real path of
 * each directory is resolved once per root (fileRoot.ts); the file itself is opened with O_NOFOLLOW, and only a file
 * that is a symlink (ELOOP) has its own real path resolved.
 */
export function openInside(root: FileRoot, file: string): Opened {
  const absolute = path.resolve(root.path, file);
  if (absolute === root.path) return notRegular('read', 'a directory');
  if (!isInside(root.path, absolute)) return outside('read', false);
  let real: string;
  let realRoot: string;
  try {
    realRoot = realDirectory(root, root.path);
    const directory = realDirectory(root, path.dirname(absolute));
    if (!isInside(realRoot, directory)) return outside('read', true);
    real = path.join(directory, path.basename(absolute));
  } catch (error) {
    return refusalOf(error, 'read');
  }
  let fd: number | undefined;
  try {
    try {
      fd = openSync(real, READ_FLAGS);
    } catch (error) {
      // ELOOP under O_NOFOLLOW: the file is a symlink. Follow it only to a real path inside the root.
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
      real = realpathSync.native(real);
      if (!isInside(realRoot, real)) return outside('read', true);
      fd = openSync(real, READ_FLAGS);
    }
    const stat = fstatSync(fd);
    if (!stat.isFile()) return notRegular('read', stat);
    const opened: Opened = { ok: true, fd, size: stat.size };
    fd = undefined;
    return opened;
  } catch (error) {
    return refusalOf(error, 'read');
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** A file of the root (openInside's checks), never more than `maxBytes`: a larger file is refused as too large. */
export function readInside(root: FileRoot, file: string, maxBytes: number): ReadOutcome {
  const opened = openInside(root, file);
  return opened.ok ? readOpened(opened, maxBytes) : opened;
}

/**
 * A file the user named on the command line from outside the root (a policy of their own): not confined to a
 * directory, since choosing it was theirs, but every other check holds: a regular file, opened non-blocking, capped.
 */
export function readChosenFile(file: string, maxBytes: number): ReadOutcome {
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch (error) {
    return refusalOf(error, 'read');
  }
  return readInside(fileRoot(path.dirname(real)), real, maxBytes);
}

/** Reads an opened file to its end and closes it; reads at most maxBytes + 1 bytes, so a file growing meanwhile is caught. */
function readOpened(opened: { fd: number; size: number }, maxBytes: number): ReadOutcome {
  const { fd, size } = opened;
  try {
    if (size > maxBytes) return tooLarge(`${size} bytes (the limit is ${maxBytes})`);
    const buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge(`more than ${maxBytes} bytes`);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return refusalOf(error, 'read');
  } finally {
    closeQuietly(fd);
  }
}

/** The bytes read as UTF-8 text (policy files, baselines, .gitignore), without copying them. */
export function asText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** The one wording of a file over its cap, for files and streams alike. */
export function tooLarge(size: string): Refusal {
  return refuse('too-large', `file is too large: ${size}`);
}

export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    /* nothing more to do with it */
  }
}
