import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The most of a file at the base commit that is read: a policy or baseline is far smaller. */
const MAX_BYTES = 8 * 1024 * 1024;
/** Symlinks followed from one path before it is a loop. */
const MAX_LINKS = 8;

/**
 * A file's text at a commit of the local clone, or undefined only when git says the commit has nothing at that path.
 * A symlink is followed to a file inside the repository, as the checkout's reader follows one (files/readInside.ts) and
 * the contents API does. Anything else throws: a directory or a submodule where the file should be, a symlink out of
 * the repository, to nothing or in a loop, a file over 8 MiB, a git that fails. A caller that falls back on absence
 * (the base policy) must never fall back because a read went wrong.
 */
export async function readAtCommit(root: string, sha: string, file: string, links = 0): Promise<string | undefined> {
  const at = sha.slice(0, 12);
  // Literal: a name with `*` or `?` is that name, not a pattern.
  const { stdout: listed } = await run('git', ['--literal-pathspecs', 'ls-tree', '-z', sha, '--', file], { cwd: root });
  if (listed === '') return undefined;
  const entry = /^(\d+) (\w+) ([0-9a-f]+)\t([^\0]*)\0$/.exec(listed);
  if (!entry || entry[4] !== file) throw new Error(`git listed ${file} at ${at} as something else`);
  const [, mode, type, object] = entry;
  if (type !== 'blob') {
    throw new Error(`${file} is ${type === 'tree' ? 'a directory' : 'a submodule'} in the commit ${at}, not a file`);
  }
  let text: string;
  try {
    ({ stdout: text } = await run('git', ['cat-file', 'blob', object!], { cwd: root, maxBuffer: MAX_BYTES }));
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
      throw new Error(`${file} is over ${MAX_BYTES} bytes in the commit ${at}`);
    throw error;
  }
  if (mode !== '120000') return text;
  // A symlink's blob is where it points, relative to its directory.
  if (links >= MAX_LINKS) throw new Error(`${file} is a symlink loop in the commit ${at}`);
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), text));
  if (path.posix.isAbsolute(text) || target === '..' || target.startsWith('../') || target === '.')
    throw new Error(`${file} is a symlink out of the repository in the commit ${at}`);
  const followed = await readAtCommit(root, sha, target, links + 1);
  if (followed === undefined) throw new Error(`${file} is a symlink to nothing in the commit ${at}`);
  return followed;
}

export async function hasCommit(root: string, sha: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

/** Paths changed between two commits of the local clone (root-relative, `/`), or undefined when either is missing. */
export async function changedBetween(root: string, base: string, head: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await run('git', ['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.split('\0').filter((f) => f !== '');
  } catch {
    return undefined;
  }
}
