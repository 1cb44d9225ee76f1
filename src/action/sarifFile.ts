import { fileRoot } from '../files/fileRoot.js';
import { writeInside } from '../files/writeInside.js';
import { InputError } from './inputs.js';

/**
 * Writes the `sarif-file` the workflow names inside the workspace, through src/files: the workspace is the pull
 * request's checkout, so any directory or file on the way may be a symlink it committed. Returns the path written.
 */
export function writeSarifFile(root: string, target: string, text: string): string {
  const written = writeInside(fileRoot(root), target, text);
  if (!written.ok) throw new InputError(`sarif-file ${target}: ${written.reason}`);
  return written.path;
}
