const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; reason: string };

/**
 * Decodes strict UTF-8 and drops a UTF-8 BOM; other BOMs and invalid bytes are named with their byte offset. The one
 * decoding of a manifest: findings' offsets count this text, wherever their edits are applied or shown.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return {
      ok: false,
      offset: 0,
      reason: 'file is UTF-32 (it starts with a UTF-32 byte order mark); manifests must be UTF-8',
    };
  }
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe])) {
    return {
      ok: false,
      offset: 0,
      reason: 'file is UTF-16 (it starts with a UTF-16 byte order mark); manifests must be UTF-8',
    };
  }
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: decoder.decode(body) };
  } catch {
    const offset = firstInvalidByte(body);
    const byte = body[offset] ?? 0;
    const at = offset + (bytes.length - body.length);
    return {
      ok: false,
      offset: at,
      reason: `file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${at})`,
    };
  }
}

/** Whether the bytes open with a UTF-8 byte order mark (which decodeUtf8 drops, and a writer puts back). */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Only called once decoding failed, to say where: the first byte that starts no valid UTF-8 sequence (RFC 3629 §4). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
