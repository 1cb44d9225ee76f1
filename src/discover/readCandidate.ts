import { readInside, type ReadOutcome } from '../files/readInside.js';
import type { FileRoot } from '../files/fileRoot.js';

export type { ReadOutcome };

/**
 * Reads one listed file of the root with every check of readInside (src/files). A file the listing named and the disk
 * no longer has is said to have vanished: it was there when the run began.
 */
export function readCandidate(root: FileRoot, file: string, maxBytes: number): ReadOutcome {
  const read = readInside(root, file, maxBytes);
  return read.ok || read.code !== 'missing' ? read : { ...read, reason: 'file vanished before it could be read' };
}
