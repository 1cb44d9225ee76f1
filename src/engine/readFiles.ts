import type { ManifestFormat } from '../core/types.js';
import type { ParsedFile } from './evaluate.js';
import type { Candidate, SkippedFile } from '../discover/findCandidates.js';
import { mayBeManifest } from '../discover/manifestSniff.js';
import { fileRoot } from '../files/fileRoot.js';
import { readAhead } from '../discover/readAhead.js';
import { containsManifestMarker } from '../discover/sniffLargeFile.js';
import { parseSource, type ParseLimits } from '../parse/parseSource.js';
import { formatOf } from '../parse/formats.js';

/**
 * Reads and parses the candidates, and gives them in their order; `onFile` has each as soon as it is parsed, with its
 * index among the candidates. A file that does not look like a manifest is left out unless it was named explicitly;
 * one that cannot be read is a parse-error finding when it matters, else a skipped file.
 *
 * The reads are synchronous (readCandidate.ts says why) and, in a large run, shared with a worker thread that reads
 * ahead (readAhead.ts); files come in the order they are ready and are put back in order at the end. A file over the size
 * limit is scanned here, for the sniff that decides whether it is reported.
 */
export async function readFiles(
  root: string,
  candidates: readonly Candidate[],
  limits: ParseLimits,
  onProgress?: (done: number, total: number) => void,
  onFile?: (file: ParsedFile, index: number) => void,
  contents?: ReadonlyMap<string, string>,
): Promise<{ files: ParsedFile[]; skipped: SkippedFile[] }> {
  // By candidate index; the holes of files left out vanish in the filters below.
  const files = new Array<ParsedFile | undefined>(candidates.length);
  const skipped = new Array<SkippedFile | undefined>(candidates.length);
  // One root for the run: its real path and each directory's are resolved once.
  const confined = fileRoot(root);
  const reader = readAhead(
    confined,
    candidates.map((c) => c.file),
    limits,
  );
  let done = 0;
  try {
    for (;;) {
      const pending = reader.next();
      const item = pending instanceof Promise ? await pending : pending;
      if (!item) break;
      const { index } = item;
      const candidate = candidates[index];
      // A text the fix loop has not written yet stands for the file (the read-ahead's YAML value is of the old bytes).
      const replaced = contents?.get(candidate.file);
      const read: typeof item.outcome =
        replaced === undefined ? item.outcome : { ok: true, bytes: new TextEncoder().encode(replaced) };
      const declared = formatOf(candidate.file);
      if (!read.ok) {
        const tooLarge = read.code === 'too-large';
        if (tooLarge && (candidate.explicit || containsManifestMarker(confined, candidate.file))) {
          files[index] = failed(candidate, declared ?? 'json', read.reason);
        } else if (!tooLarge && candidate.explicit) {
          files[index] = failed(candidate, declared ?? 'json', read.reason);
        } else if (!tooLarge) {
          skipped[index] = { file: candidate.file, reason: read.reason };
        }
      } else if (candidate.explicit || mayBeManifest(read.bytes)) {
        const format = declared ?? guessFormat(read.bytes);
        files[index] = {
          file: candidate.file,
          format,
          explicit: candidate.explicit,
          outcome: parseSource(candidate.file, read.bytes, format, limits, read.yaml),
        };
      }
      const file = files[index];
      if (file && onFile) onFile(file, index);
      onProgress?.(++done, candidates.length);
    }
  } finally {
    reader.close();
  }
  return { files: files.filter((f) => f !== undefined), skipped: skipped.filter((s) => s !== undefined) };
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
