import { isNearClientName, MANIFEST_ONLY_KEYS, MANIFEST_ONLY_QUORUM } from '../core/manifestKeys.js';

const MARKER = Buffer.from('client_name');
const BACKSLASH = 0x5c;

/**
 * The candidate filter of discovery (SPEC §4): whether a searched JSON or YAML file may be a manifest, so that it is
 * parsed. It may be loose (the parsed top level decides), never blind: a file whose parsed top level has a
 * `client_name` key, however the source spells it (JSON `\u005f`, YAML `\x5f`, `\U0000005f`, an escaped line
 * break in a double-quoted key), or that the client-name-missing rule would report, always passes.
 */
export function mayBeManifest(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Nearly every manifest names its client plainly: one fast search decides.
  if (buffer.includes(MARKER)) return true;
  let text = buffer.toString('latin1');
  if (buffer.includes(BACKSLASH)) {
    text = unescapeAscii(text);
    if (text.includes('client_name')) return true;
  }
  return mayBeNearMiss(text);
}

/**
 * The escapes JSON and YAML double-quoted scalars have for ASCII characters, decoded; an escaped line break (YAML:
 * `\` at the end of a line joins it to the next without a space) removed with the next line's indentation.
 */
export function unescapeAscii(text: string): string {
  return text
    .replace(
      /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8}))/g,
      (whole, u: string | undefined, x: string | undefined, big: string) => {
        const code = parseInt(u ?? x ?? big, 16);
        return code < 0x80 ? String.fromCharCode(code) : whole;
      },
    )
    .replace(/\\\r?\n[ \t]*/g, '');
}

/** Key-like tokens (a word and a colon) that are misspellings of client_name, or the keys only manifests have. */
function mayBeNearMiss(text: string): boolean {
  let own = 0;
  for (const key of MANIFEST_ONLY_KEYS) if (text.includes(key) && ++own >= MANIFEST_ONLY_QUORUM) return true;
  const keyLike = /([A-Za-z][A-Za-z0-9 _.-]{5,15})["']?\s*:/g;
  for (let match = keyLike.exec(text); match; match = keyLike.exec(text)) {
    if (isNearClientName(match[1]!.trim())) return true;
  }
  return false;
}
