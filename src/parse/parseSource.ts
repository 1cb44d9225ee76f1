import type { ManifestFormat } from '../core/types.js';
import type { ParseLimits, ParseOutcome } from './types.js';
import { decodeUtf8 } from '../core/utf8.js';
import { parseErrorAt } from './parseError.js';
import { parseJson } from './json.js';
import { parseYaml } from './yaml.js';
import { defaultParseLimits } from './formats.js';

export { defaultParseLimits, formatOf } from './formats.js';
export type { ParseLimits, ParseOutcome, ParseProblem, SourceDocument } from './types.js';

/** Bytes to a document with positions, or parse-error problems; never throws. */
export function parseSource(
  file: string,
  bytes: Uint8Array,
  format: ManifestFormat,
  limits: Partial<ParseLimits> = {},
): ParseOutcome {
  const effective: ParseLimits = { ...defaultParseLimits, ...limits };
  if (bytes.length > effective.maxBytes) {
    return parseErrorAt('', 0, `file is too large: ${bytes.length} bytes (the limit is ${effective.maxBytes})`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const prefix = decodeUtf8(bytes.subarray(0, decoded.offset));
    const failed = parseErrorAt(prefix.ok ? prefix.text : '', Number.MAX_SAFE_INTEGER, decoded.reason);
    // The credential scan reads the whole file, the invalid bytes replaced.
    return { ...failed, text: new TextDecoder('utf-8').decode(bytes) };
  }
  return parseText(file, decoded.text, format, effective);
}

/**
 * Decoded text (byte order mark removed) to a document, as parseSource gives it: the same text gives the same outcome,
 * so the engine may drop a document it will likely not need and parse its text again if it does.
 */
export function parseText(
  file: string,
  text: string,
  format: ManifestFormat,
  limits: Partial<ParseLimits> = {},
): ParseOutcome {
  const effective: ParseLimits = { ...defaultParseLimits, ...limits };
  if (text.trim() === '') return parseErrorAt(text, 0, 'file is empty');
  try {
    return format === 'json' ? parseJson(file, text, effective) : parseYaml(file, text, effective);
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? `nesting is deeper than ${effective.maxDepth} levels`
        : 'could not be parsed (an internal error of the parser)';
    return parseErrorAt(text, 0, reason);
  }
}
