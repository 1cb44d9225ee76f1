import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { isInside } from '../core/rootPath.js';
import { InputError } from './inputs.js';

/**
 * Writes a file the workflow names (`sarif-file`) inside the workspace without following a symlink out of it: the
 * workspace is the pull request's checkout, so any directory or file on the way may be a symlink it committed.
 * Each directory is checked (and created) one level at a time, and the file is opened with O_NOFOLLOW.
 */
export async function writeInside(root: string, target: string, text: string): Promise<string> {
  const realRoot = await fs.realpath(root);
  const lexical = path.resolve(root, target);
  if (!isInside(path.resolve(root), lexical) || lexical === path.resolve(root)) {
    throw new InputError(`sarif-file ${target} must be a file inside the workspace`);
  }
  let current = realRoot;
  for (const part of path
    .relative(path.resolve(root), path.dirname(lexical))
    .split(path.sep)
    .filter((p) => p !== '')) {
    const next = path.join(current, part);
    const stat = await fs.lstat(next).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (stat === undefined) {
      await fs.mkdir(next);
      current = next;
    } else if (stat.isSymbolicLink()) {
      const real = await fs.realpath(next);
      if (!isInside(realRoot, real))
        throw new InputError(`sarif-file ${target}: ${part} is a symlink out of the workspace; not written`);
      current = real;
    } else if (stat.isDirectory()) {
      current = next;
    } else {
      throw new InputError(`sarif-file ${target}: ${part} is not a directory`);
    }
  }
  const file = path.join(current, path.basename(lexical));
  let handle;
  try {
    handle = await fs.open(
      file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new InputError(`sarif-file ${target} is a symlink; not written`);
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new InputError(`sarif-file ${target} is not a regular file; not written`);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  return file;
}
