import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

const MARKER = Buffer.from('client_name');
/** A manifest names its client near the top; the scan of a huge file stops here so time stays bounded too. */
const SCAN_LIMIT = 16 * 1024 * 1024;

/**
 * Whether a file too large to parse mentions `client_name`, read as a stream so memory stays bounded: a huge
 * manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened as
 * readCandidate opens files: non-blocking, not through a final symlink, and only a regular file is read.
 */
export async function containsManifestMarker(root: string, file: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path.join(root, file), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    if (!(await handle.stat()).isFile()) return false;
    let carry = Buffer.alloc(0);
    let scanned = 0;
    for await (const chunk of handle.createReadStream({
      highWaterMark: 1 << 16,
      end: SCAN_LIMIT - 1,
      autoClose: false,
    })) {
      const window = Buffer.concat([carry, chunk as Buffer]);
      if (window.includes(MARKER)) return true;
      carry = window.subarray(Math.max(0, window.length - MARKER.length + 1));
      scanned += (chunk as Buffer).length;
      if (scanned >= SCAN_LIMIT) break;
    }
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return false;
}
