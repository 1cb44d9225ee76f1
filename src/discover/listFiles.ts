import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { fileRoot } from '../files/fileRoot.js';
import { asText, readInside } from '../files/readInside.js';
import { FILE_LIMITS } from '../files/limits.js';

/** Never entered, whatever .gitignore says. */
const NEVER_ENTERED = new Set(['node_modules', '.git']);

export function isNeverEntered(file: string): boolean {
  return file.split('/').some((segment) => NEVER_ENTERED.has(segment));
}

/**
 * Every file of the root as the repository sees it, root-relative with `/`: inside a git work tree the files git
 * knows (tracked, plus untracked ones that are not ignored, so a new manifest is not missed before `git add`);
 * elsewhere a walk that honours every .gitignore on the way down.
 */
export async function listFiles(root: string): Promise<string[]> {
  const fromGit = listGitFiles(root);
  const files = fromGit ?? (await walk(root));
  return files.filter((file) => !isNeverEntered(file));
}

function listGitFiles(root: string): string[] | undefined {
  // Outside a work tree (or inside .git) git exits non-zero, and the caller walks instead.
  // One git process, not two (`--cached --others` then `--deleted`): -t tags each entry, and a tracked file
  // deleted in the work tree comes back both as cached (H) and as removed (R). A second spawn is a visible part of
  // the CLI's start-up (bench/run.mjs, start-up), which a pre-commit hook pays on every commit.
  // Synchronous: nothing else runs while the files are listed, and spawnSync skips the streams and sockets an async
  // child needs.
  const git = spawnSync('git', ['ls-files', '-z', '-t', '--cached', '--deleted', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (git.status !== 0 || git.error) return undefined;
  const listed = new Set<string>();
  const gone = new Set<string>();
  for (const entry of git.stdout.split('\0')) {
    if (entry.length < 3) continue;
    (entry[0] === 'R' ? gone : listed).add(entry.slice(2));
  }
  return [...listed].filter((f) => !gone.has(f));
}

interface Level {
  /** Directory of the .gitignore, root-relative, '' for the root, else ending in '/'. */
  base: string;
  rules: Ignore;
}

/** As git decides: the deepest .gitignore with a matching pattern wins, so a nested `!pattern` re-includes. */
function isIgnoredBy(levels: readonly Level[], file: string, isDir: boolean): boolean {
  for (const level of levels.toReversed()) {
    const verdict = level.rules.test(file.slice(level.base.length) + (isDir ? '/' : ''));
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

async function walk(root: string): Promise<string[]> {
  // Loaded here: inside a git work tree (the usual case) git applies .gitignore, and start-up does not pay for it.
  const { default: ignore } = await import('ignore');
  const confined = fileRoot(root);
  const files: string[] = [];
  const stack: Array<{ dir: string; levels: Level[] }> = [{ dir: '', levels: [] }];
  while (stack.length > 0) {
    const { dir, levels: inherited } = stack.pop()!;
    const absolute = path.join(root, dir);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(absolute, { withFileTypes: true });
    } catch {
      continue;
    }
    let levels = inherited;
    // Read as every file is (src/files): a .gitignore that is a FIFO, a device or a symlink out is not read, and its
    // patterns do not apply, so more files are checked, never fewer.
    const gitignore = readInside(confined, dir + '.gitignore', FILE_LIMITS.gitignore);
    if (gitignore.ok) levels = [...inherited, { base: dir, rules: ignore().add(asText(gitignore.bytes)) }];
    for (const entry of entries) {
      if (NEVER_ENTERED.has(entry.name)) continue;
      const file = dir + entry.name;
      const isDir = entry.isDirectory();
      if (isIgnoredBy(levels, file, isDir)) continue;
      // Symlinked directories are not followed: a walk must end, and nothing outside the root is read.
      if (isDir) stack.push({ dir: file + '/', levels });
      else files.push(file);
    }
  }
  return files;
}
