import type { ManifestFormat } from './types.js';
import type { ParsedFile } from './evaluate.js';
import type { Candidate, SkippedFile } from '../discover/findCandidates.js';
import { newRealPaths, readCandidate, looksLikeManifest } from '../discover/readCandidate.js';
import { containsManifestMarker } from '../discover/sniffLargeFile.js';
import { parseSource, type ParseLimits } from '../parse/parseSource.js';
import { formatOf } from '../parse/formats.js';

/** Files read at once: enough to hide disk latency, few enough to bound memory and descriptors. */
const READ_CONCURRENCY = 32;

/**
 * Reads and parses the candidates, in their order. A file that does not look like a manifest is left out unless it
 * was named explicitly; one that cannot be read is a parse-error finding when it matters, else a skipped file.
 */
export async function readFiles(
  root: string,
  candidates: readonly Candidate[],
  limits: ParseLimits,
  onProgress?: (done: number, total: number) => void,
): Promise<{ files: ParsedFile[]; skipped: SkippedFile[] }> {
  const skipped: SkippedFile[] = [];
  const realPaths = newRealPaths();
  const parsed: Array<ParsedFile | undefined> = new Array(candidates.length);

  const readOne = async (candidate: Candidate, index: number): Promise<void> => {
    const read = await readCandidate(root, candidate.file, limits.maxBytes, realPaths);
    const declared = formatOf(candidate.file);
    if (!read.ok) {
      if (read.tooLarge && (candidate.explicit || (await containsManifestMarker(root, candidate.file)))) {
        parsed[index] = failed(candidate, declared ?? 'json', read.reason);
      } else if (!read.tooLarge && candidate.explicit) {
        parsed[index] = failed(candidate, declared ?? 'json', read.reason);
      } else if (!read.tooLarge) {
        skipped.push({ file: candidate.file, reason: read.reason });
      }
      return;
    }
    if (!candidate.explicit && !looksLikeManifest(read.bytes)) return;
    const format = declared ?? guessFormat(read.bytes);
    parsed[index] = {
      file: candidate.file,
      format,
      explicit: candidate.explicit,
      outcome: parseSource(candidate.file, read.bytes, format, limits),
    };
  };

  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const index = next++;
      await readOne(candidates[index], index);
      onProgress?.(++done, candidates.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));

  return { files: parsed.filter((p): p is ParsedFile => p !== undefined), skipped };
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
