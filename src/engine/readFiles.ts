import type { ParsedFile } from './evaluate.js';
import type { Candidate, SkippedFile } from '../discover/findCandidates.js';
import { fileRoot } from '../files/fileRoot.js';
import type { ParseLimits } from '../parse/parseSource.js';
import { loadCandidate, loadRead } from './loadCandidate.js';
import type { ReadOutcome } from '../discover/readCandidate.js';

/**
 * Reads and parses the candidates (loadCandidate.ts), and gives each to `onFile` as soon as it is parsed, with its
 * index among the candidates, so that it is checked before the next is read. The parsed files are not kept here: the
 * evaluation keeps what the end of the run needs of them.
 */
export function readFiles(
  root: string,
  candidates: readonly Candidate[],
  limits: ParseLimits,
  onProgress?: (done: number, total: number) => void,
  onFile?: (file: ParsedFile, index: number) => void,
  contents?: ReadonlyMap<string, string>,
): { skipped: SkippedFile[] } {
  // By candidate index; the holes of files left out vanish in the filter below.
  const skipped = new Array<SkippedFile | undefined>(candidates.length);
  // One root for the run: its real path and each directory's are resolved once.
  const confined = fileRoot(root);
  candidates.forEach((candidate, index) => {
    // A text the fix loop has not written yet stands for the file.
    const replaced = contents?.get(candidate.file);
    const loaded =
      replaced === undefined
        ? loadCandidate(confined, candidate, limits)
        : loadRead(candidate, { ok: true, bytes: new TextEncoder().encode(replaced) }, limits);
    if (loaded.kind === 'parsed') {
      const parsed: ParsedFile = { ...candidate, format: loaded.format, outcome: loaded.outcome };
      onFile?.(parsed, index);
    } else if (loaded.kind === 'skipped') {
      skipped[index] = { file: candidate.file, reason: loaded.reason };
    }
    onProgress?.(index + 1, candidates.length);
  });
  return { skipped: skipped.filter((s) => s !== undefined) };
}

/**
 * A file named explicitly (stdin under its --stdin-filename) is always checked: what could not be read, too large
 * included, is a parse-error finding on it.
 */
export function parseNamed(candidate: Candidate, read: ReadOutcome, limits: ParseLimits): ParsedFile {
  const loaded = loadRead({ ...candidate, explicit: true }, read, limits);
  if (loaded.kind !== 'parsed') throw new Error('internal: a named file is always parsed');
  return { ...candidate, format: loaded.format, outcome: loaded.outcome };
}
