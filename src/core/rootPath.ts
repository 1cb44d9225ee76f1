import path from 'node:path';

/** Whether `candidate` is `root` or lies below it (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  // The common case, decided by a prefix test; path.relative (which normalises both paths on every call, once per
  // file opened) only for the rest.
  if (candidate === root) return true;
  if (candidate.startsWith(root) && candidate.charAt(root.length) === path.sep && !candidate.includes(`${path.sep}..`))
    return true;
  const relative = path.relative(root, candidate);
  return relative === '' || !leavesRoot(relative);
}

/** A root-relative path with `/` separators, as reports show it. */
export function toReportPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/**
 * Whether a path relative to the root leaves it: `..`, `../…` or absolute (another drive). A name that only begins
 * with two dots (`..apps`) is inside.
 */
export function leavesRoot(relative: string): boolean {
  return (
    relative === '..' || relative.startsWith('../') || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  );
}
