import { readSync } from 'node:fs';
import { closeQuietly, openInside } from '../files/readInside.js';
import type { FileRoot } from '../files/fileRoot.js';

const MARKER = Buffer.from('client_name');
/** A manifest names its client near the top; the scan of a huge file stops here so time stays bounded too. */
const SCAN_LIMIT = 16 * 1024 * 1024;
const CHUNK = 1 << 16;

/**
 * Whether a file too large to parse mentions `client_name`, read a chunk at a time so memory stays bounded: a huge
 * manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened by openInside,
 * as every file is.
 */
export function containsManifestMarker(root: FileRoot, file: string): boolean {
  const opened = openInside(root, file);
  if (!opened.ok) return false;
  try {
    // Each chunk is read after the last MARKER.length - 1 bytes of the one before, so a marker across two is found.
    const buffer = Buffer.allocUnsafe(MARKER.length - 1 + CHUNK);
    let carried = 0;
    for (let scanned = 0; scanned < SCAN_LIMIT;) {
      const bytesRead = readSync(opened.fd, buffer, carried, CHUNK, scanned);
      if (bytesRead === 0) return false;
      const window = buffer.subarray(0, carried + bytesRead);
      if (window.includes(MARKER)) return true;
      carried = Math.min(MARKER.length - 1, window.length);
      window.copy(buffer, 0, window.length - carried);
      scanned += bytesRead;
    }
    return false;
  } catch {
    return false;
  } finally {
    closeQuietly(opened.fd);
  }
}
