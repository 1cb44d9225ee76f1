import type { ManifestFormat } from './types.js';
import type { ParsedFile } from './evaluate.js';
import type { Candidate, SkippedFile } from '../discover/findCandidates.js';
import { newRealPaths, looksLikeManifest } from '../discover/readCandidate.js';
import { readAhead } from '../discover/readAhead.js';
import { containsManifestMarker } from '../discover/sniffLargeFile.js';
import { parseSource, type ParseLimits } from '../parse/parseSource.js';
import { formatOf } from '../parse/formats.js';

/**
 * Reads and parses the candidates, in their order. A file that does not look like a manifest is left out unless it
 * was named explicitly; one that cannot be read is a parse-error finding when it matters, else a skipped file.
 *
 * One file after another, in order: the reads are synchronous (readCandidate.ts says why) and, in a large run, done
 * ahead on a worker thread (readAhead.ts). Only a file over the size limit is awaited here, for the sniff that
 * decides whether it is reported.
 */
export async function readFiles(
  root: string,
  candidates: readonly Candidate[],
  limits: ParseLimits,
  onProgress?: (done: number, total: number) => void,
): Promise<{ files: ParsedFile[]; skipped: SkippedFile[] }> {
  const skipped: SkippedFile[] = [];
  const files: ParsedFile[] = [];
  const reader = readAhead(root, candidates.map((c) => c.file), limits.maxBytes, newRealPaths());
  try {
    for (let index = 0; index < candidates.length; index++) {
      const candidate = candidates[index];
      const pending = reader.read(index);
      const read = pending instanceof Promise ? await pending : pending;
      const declared = formatOf(candidate.file);
      if (!read.ok) {
        if (read.tooLarge && (candidate.explicit || (await containsManifestMarker(root, candidate.file)))) {
          files.push(failed(candidate, declared ?? 'json', read.reason));
        } else if (!read.tooLarge && candidate.explicit) {
          files.push(failed(candidate, declared ?? 'json', read.reason));
        } else if (!read.tooLarge) {
          skipped.push({ file: candidate.file, reason: read.reason });
        }
      } else if (candidate.explicit || looksLikeManifest(read.bytes)) {
        const format = declared ?? guessFormat(read.bytes);
        files.push({ file: candidate.file, format, explicit: candidate.explicit, outcome: parseSource(candidate.file, read.bytes, format, limits) });
      }
      onProgress?.(index + 1, candidates.length);
    }
  } finally {
    reader.close();
  }
  return { files, skipped };
}

function failed(candidate: Candidate, format: ManifestFormat, reason: string): ParsedFile {
  return {
    file: candidate.file,
    format,
    explicit: candidate.explicit,
    outcome: {
      ok: false,
      problems: [
        {
          ruleId: 'parse-error',
          problem: { pointer: '', message: reason, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
        },
      ],
    },
  };
}

/** A file named explicitly with an unknown extension: JSON if it opens like JSON, else YAML. */
function guessFormat(bytes: Uint8Array): ManifestFormat {
  for (const byte of bytes) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    return byte === 0x7b || byte === 0x5b ? 'json' : 'yaml';
  }
  return 'yaml';
}
