import { createReadStream } from 'node:fs';
import path from 'node:path';

const MARKER = Buffer.from('client_name');

/**
 * Whether a file too large to parse mentions `client_name`, read as a stream so memory stays bounded: a huge
 * manifest must be reported as too large, a huge unrelated JSON file (a lock file) must not be.
 */
export async function containsManifestMarker(root: string, file: string): Promise<boolean> {
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path.join(root, file), { highWaterMark: 1 << 16 })) {
      const window = Buffer.concat([carry, chunk as Buffer]);
      if (window.includes(MARKER)) return true;
      carry = window.subarray(Math.max(0, window.length - MARKER.length + 1));
    }
  } catch {
    return false;
  }
  return false;
}
