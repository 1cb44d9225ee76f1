import type { ManifestFormat } from '../core/types.js';
import type { Candidate } from '../discover/findCandidates.js';
import { mayBeManifest } from '../discover/manifestSniff.js';
import { readCandidate, type ReadOutcome } from '../discover/readCandidate.js';
import { containsManifestMarker } from '../discover/sniffLargeFile.js';
import type { FileRoot } from '../files/fileRoot.js';
import { formatOf } from '../parse/formats.js';
import { parseSource, type ParseLimits, type ParseOutcome } from '../parse/parseSource.js';

/** What one candidate comes to: a parsed (or failed) manifest, a file skipped with a reason, or not a manifest. */
export type Loaded =
  | { kind: 'parsed'; format: ManifestFormat; outcome: ParseOutcome }
  | { kind: 'skipped'; reason: string }
  | { kind: 'not-a-manifest' };

/**
 * Reads and parses one candidate. A file that does not look like a manifest is left out unless it was named; one that
 * cannot be read is a parse-error when it matters (named, or too large and holding a manifest's marker), else a
 * skipped file with the reason.
 */
export function loadCandidate(root: FileRoot, candidate: Candidate, limits: ParseLimits): Loaded {
  const read = readCandidate(root, candidate.file, limits.maxBytes);
  return loadRead(candidate, read, limits, () => containsManifestMarker(root, candidate.file));
}

/**
 * What a candidate's read comes to, wherever its bytes came from (the disk, or stdin under its --stdin-filename).
 * `hasMarker` scans a file too large to read for a manifest's marker.
 */
export function loadRead(
  candidate: Candidate,
  read: ReadOutcome,
  limits: ParseLimits,
  hasMarker: () => boolean = () => false,
): Loaded {
  const declared = formatOf(candidate.file);
  if (!read.ok) {
    const tooLarge = read.code === 'too-large';
    if (candidate.explicit || (tooLarge && hasMarker()))
      return { kind: 'parsed', format: declared ?? 'json', outcome: failed(read.reason) };
    return tooLarge ? { kind: 'not-a-manifest' } : { kind: 'skipped', reason: read.reason };
  }
  if (!candidate.explicit && !mayBeManifest(read.bytes)) return { kind: 'not-a-manifest' };
  const format = declared ?? guessFormat(read.bytes);
  return { kind: 'parsed', format, outcome: parseSource(candidate.file, read.bytes, format, limits) };
}

function failed(reason: string): ParseOutcome {
  return {
    ok: false,
    problems: [
      {
        ruleId: 'parse-error',
        problem: { pointer: '', message: reason, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
      },
    ],
  };
}

/** The format a file is read in: its extension's, else (named explicitly) what its bytes open like. */
export function formatOfRead(file: string, bytes: Uint8Array): ManifestFormat {
  return formatOf(file) ?? guessFormat(bytes);
}

/** A file named explicitly with an unknown extension: JSON if it opens like JSON, else YAML. */
function guessFormat(bytes: Uint8Array): ManifestFormat {
  for (const byte of bytes) {
    // Blanks and a UTF-8 byte order mark.
    if (
      byte === 0x20 ||
      byte === 0x09 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf
    )
      continue;
    return byte === 0x7b || byte === 0x5b ? 'json' : 'yaml';
  }
  return 'yaml';
}
