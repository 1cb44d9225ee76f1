import { readSync } from 'node:fs';
import { closeQuietly, openInside } from '../files/readInside.js';
import type { FileRoot } from '../files/fileRoot.js';
import { mayBeManifest } from './manifestSniff.js';

/** A manifest names its client near the top; the scan of a huge file stops here so time and memory stay bounded. */
const SCAN_LIMIT = 16 * 1024 * 1024;
const CHUNK = 1 << 16;

/**
 * Whether a file too large to parse may be a manifest (the candidate filter of manifestSniff.ts, on its first 16 MiB):
 * a huge manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened by
 * openInside, as every file is.
 */
export function containsManifestMarker(root: FileRoot, file: string): boolean {
  const opened = openInside(root, file);
  if (!opened.ok) return false;
  try {
    const chunks: Buffer[] = [];
    for (let scanned = 0; scanned < SCAN_LIMIT;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, SCAN_LIMIT - scanned));
      const bytesRead = readSync(opened.fd, chunk, 0, chunk.length, scanned);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      scanned += bytesRead;
    }
    return mayBeManifest(Buffer.concat(chunks));
  } catch {
    return false;
  } finally {
    closeQuietly(opened.fd);
  }
}
