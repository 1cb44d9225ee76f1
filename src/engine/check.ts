import type { CheckResult, ManifestFormat, NetworkServices, Rule } from './types.js';
import type { EffectivePolicy } from '../policy/types.js';
import { evaluate, type ParsedFile } from './evaluate.js';
import { findCandidates, type Candidate } from '../discover/findCandidates.js';
import { newRealPaths, readCandidate, looksLikeManifest } from '../discover/readCandidate.js';
import { containsManifestMarker } from '../discover/sniffLargeFile.js';
import type { ParseLimits } from '../parse/parseSource.js';
import { defaultParseLimits, formatOf } from '../parse/formats.js';

export interface CheckOptions {
  /** Absolute path; report paths are relative to it. */
  root: string;
  /** Files, directories or globs; empty means the root. */
  paths: readonly string[];
  /** Where relative `paths` are resolved from (default: root). */
  cwd?: string;
  exclude?: readonly string[];
  rules: readonly Rule[];
  policy: EffectivePolicy;
  /** Absent: offline. */
  network?: NetworkServices;
  reportFile?: (file: string) => boolean;
  limits?: Partial<ParseLimits>;
  /** Files named in `paths` are checked only when their content is a manifest (pre-commit passes every staged file). */
  sniffExplicit?: boolean;
  /** Called as candidate files are read and parsed. */
  onProgress?: (done: number, total: number) => void;
}

export interface CheckRun {
  result: CheckResult;
  /** Explicit paths that do not exist or lie outside the root: a usage error for the caller. */
  missing: string[];
  /** The parsed files, for baselines and suppressions that need the values and texts. */
  files: ParsedFile[];
}

/** Files read at once: enough to hide disk latency, few enough to bound memory and descriptors. */
const READ_CONCURRENCY = 32;

/** discover → read → parse → evaluate. */
export async function check(options: CheckOptions): Promise<CheckRun> {
  const limits: ParseLimits = { ...defaultParseLimits, ...options.limits };
  const discovery = await findCandidates({
    root: options.root,
    paths: options.paths,
    cwd: options.cwd,
    exclude: options.exclude,
    isIgnored: (file) => options.policy.isIgnored(file),
  });
  if (options.sniffExplicit) for (const candidate of discovery.candidates) candidate.explicit = false;
  const skippedFiles = [...discovery.skipped];
  const realPaths = newRealPaths();
  const parsed: Array<ParsedFile | undefined> = new Array(discovery.candidates.length);

  // The parsers (yaml, js-yaml, jsonc-parser) load only when there is something to parse: a run with nothing to
  // check starts without them (start-up is measured against a bare `node -e ''` by npm run bench).
  const { parseSource } = discovery.candidates.length > 0 ? await import('../parse/parseSource.js') : { parseSource: undefined };
  const readOne = async (candidate: Candidate, index: number): Promise<void> => {
    const read = await readCandidate(options.root, candidate.file, limits.maxBytes, realPaths);
    const declared = formatOf(candidate.file);
    if (!read.ok) {
      if (read.tooLarge && (candidate.explicit || (await containsManifestMarker(options.root, candidate.file)))) {
        parsed[index] = failed(candidate, declared ?? 'json', read.reason);
      } else if (!read.tooLarge && candidate.explicit) {
        parsed[index] = failed(candidate, declared ?? 'json', read.reason);
      } else if (!read.tooLarge) {
        skippedFiles.push({ file: candidate.file, reason: read.reason });
      }
      return;
    }
    if (!candidate.explicit && !looksLikeManifest(read.bytes)) return;
    const format = declared ?? guessFormat(read.bytes);
    parsed[index] = {
      file: candidate.file,
      format,
      explicit: candidate.explicit,
      outcome: parseSource!(candidate.file, read.bytes, format, limits),
    };
  };

  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < discovery.candidates.length) {
      const index = next++;
      await readOne(discovery.candidates[index], index);
      options.onProgress?.(++done, discovery.candidates.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, discovery.candidates.length) }, worker));

  const files = parsed.filter((p): p is ParsedFile => p !== undefined);
  const result = await evaluate({
    files,
    rules: options.rules,
    policy: options.policy,
    network: options.network,
    reportFile: options.reportFile,
    skippedFiles: skippedFiles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  });
  return { result, missing: discovery.missing, files };
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
