import path from 'node:path';

/** Whether `candidate` is `root` or lies below it (both absolute, already resolved). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative));
}

/** A root-relative path with `/` separators, as reports show it. */
export function toReportPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}
