import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * A directory that files are confined to, with the real paths resolved during one run: the root's once and each
 * directory's once, rather than once per file (a run over 10,000 manifests in a few hundred directories resolves a few
 * hundred paths).
 */
export interface FileRoot {
  /** Absolute, as given (not resolved through symlinks). */
  readonly path: string;
  /** Real path by absolute directory, filled as directories are met. */
  readonly realPaths: Map<string, string>;
}

export function fileRoot(directory: string): FileRoot {
  return { path: path.resolve(directory), realPaths: new Map() };
}

/** The real path of a directory, resolved once per root; throws the system error (ENOENT, ELOOP…) as realpath does. */
export function realDirectory(root: FileRoot, directory: string): string {
  let real = root.realPaths.get(directory);
  if (real === undefined) root.realPaths.set(directory, (real = realpathSync.native(directory)));
  return real;
}
