import type { ParsedFile } from './evaluate.js';
import type { Candidate, SkippedFile } from '../discover/findCandidates.js';
import { fileRoot } from '../files/fileRoot.js';
import type { ParseLimits } from '../parse/parseSource.js';
import { loadAll } from './parsePool.js';

/**
 * Reads and parses the candidates (loadCandidate.ts), and gives them in their order; `onFile` has each as soon as it
 * is parsed, with its index among the candidates. In a large run a pool of workers parses beside the main thread
 * (parsePool.ts): files come in the order they are ready and are put back in order at the end.
 */
export async function readFiles(
  root: string,
  candidates: readonly Candidate[],
  limits: ParseLimits,
  onProgress?: (done: number, total: number) => void,
  onFile?: (file: ParsedFile, index: number) => void,
): Promise<{ files: ParsedFile[]; skipped: SkippedFile[] }> {
  // By candidate index; the holes of files left out vanish in the filters below.
  const files = new Array<ParsedFile | undefined>(candidates.length);
  const skipped = new Array<SkippedFile | undefined>(candidates.length);
  // One root for the run: its real path and each directory's are resolved once.
  const loader = loadAll(fileRoot(root), candidates, limits);
  let done = 0;
  try {
    for (;;) {
      const pending = loader.next();
      const item = pending instanceof Promise ? await pending : pending;
      if (!item) break;
      const { index, loaded } = item;
      const { file, explicit } = candidates[index];
      if (loaded.kind === 'parsed') {
        const parsed: ParsedFile = { file, format: loaded.format, explicit, outcome: loaded.outcome };
        files[index] = parsed;
        onFile?.(parsed, index);
      } else if (loaded.kind === 'skipped') {
        skipped[index] = { file, reason: loaded.reason };
      }
      onProgress?.(++done, candidates.length);
    }
  } finally {
    loader.close();
  }
  return { files: files.filter((f) => f !== undefined), skipped: skipped.filter((s) => s !== undefined) };
}
