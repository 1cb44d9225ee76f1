import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A file's text at a commit, when that commit is in the local clone; undefined when it is not there. */
export async function readAtCommit(root: string, sha: string, file: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['show', `${sha}:${file}`], { cwd: root, maxBuffer: 8 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
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
