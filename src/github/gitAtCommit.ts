import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The most of a file at the base commit that is read: a policy or baseline is far smaller. */
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * A file's text at a commit of the local clone, or undefined only when git says the commit has nothing at that path.
 * Anything else throws: a directory, a symlink or a submodule where the file should be, a file over 8 MiB, a git that
 * fails. A caller that falls back on absence (the base policy) must never fall back because a read went wrong.
 */
export async function readAtCommit(root: string, sha: string, file: string): Promise<string | undefined> {
  // Literal: a name with `*` or `?` is that name, not a pattern.
  const { stdout: listed } = await run('git', ['--literal-pathspecs', 'ls-tree', '-z', sha, '--', file], { cwd: root });
  if (listed === '') return undefined;
  const entry = /^(\d+) (\w+) ([0-9a-f]+)\t([^\0]*)\0$/.exec(listed);
  if (!entry || entry[4] !== file) throw new Error(`git listed ${file} at ${sha.slice(0, 12)} as something else`);
  const [, mode, type, object] = entry;
  if (type !== 'blob' || mode === '120000') {
    const what = type === 'tree' ? 'a directory' : type === 'commit' ? 'a submodule' : 'a symlink';
    throw new Error(`${file} is ${what} in the commit ${sha.slice(0, 12)}, not a file`);
  }
  try {
    const { stdout } = await run('git', ['cat-file', 'blob', object!], { cwd: root, maxBuffer: MAX_BYTES });
    return stdout;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
      throw new Error(`${file} is over ${MAX_BYTES} bytes in the commit ${sha.slice(0, 12)}`);
    throw error;
  }
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
