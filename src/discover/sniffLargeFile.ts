import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { mayBeManifest } from './manifestSniff.js';

/** A manifest names its client near the top; the scan of a huge file stops here so time and memory stay bounded. */
const SCAN_LIMIT = 16 * 1024 * 1024;

/**
 * Whether a file too large to parse may be a manifest (the candidate filter of manifestSniff.ts, on its first 16 MiB):
 * a huge manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be. Opened as
 * readCandidate opens files: non-blocking, not through a final symlink, and only a regular file is read.
 */
export async function containsManifestMarker(root: string, file: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path.join(root, file), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    if (!(await handle.stat()).isFile()) return false;
    const chunks: Buffer[] = [];
    for await (const chunk of handle.createReadStream({
      highWaterMark: 1 << 16,
      end: SCAN_LIMIT - 1,
      autoClose: false,
    }))
      chunks.push(chunk as Buffer);
    return mayBeManifest(Buffer.concat(chunks));
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
